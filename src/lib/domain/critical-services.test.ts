import { describe, expect, it } from 'vitest';
import { SECTOR_REFERENCES } from './critical-services';
import { SECTORS } from './sectors';
import { VERIFICATION_LEVEL_SOURCE, VERIFICATION_LEVELS } from './verification-levels';

describe('what the 2009 plan says per sector (seed 001 別紙1/別紙2)', () => {
	it('covers exactly the ten sectors of the second action plan, with operators, failures and services', () => {
		for (const sector of SECTORS) {
			const ref = SECTOR_REFERENCES[sector.code];
			expect(ref !== undefined, sector.code).toBe(sector.inSecondActionPlan);
			expect(VERIFICATION_LEVELS[sector.code] !== undefined, sector.code).toBe(sector.inSecondActionPlan);
			if (!ref) continue;
			expect(ref.targetOperators.length).toBeGreaterThan(0);
			expect(ref.failureExamples.length).toBeGreaterThan(0);
			expect(ref.services.length).toBeGreaterThan(0);
			for (const s of ref.services) for (const text of [s.name, s.description]) expect(text.ja && text.en).toBeTruthy();
		}
	});

	it('keeps the wording of 別紙2 where the issue found drift', () => {
		expect(VERIFICATION_LEVELS.finance?.level.ja).toContain('融資承諾をした貸付');
		expect(VERIFICATION_LEVELS.finance?.level.ja).toContain('他のシステム・機器が速やかに交替');
		expect(VERIFICATION_LEVELS.logistics?.level.ja).toContain('紛失');
		expect(VERIFICATION_LEVELS.logistics?.level.ja).not.toContain('滅失');
		expect(VERIFICATION_LEVELS.telecom?.importantSystems.ja).toContain('編成・運行');
		expect(VERIFICATION_LEVELS.telecom?.importantSystems.ja).toContain('オペレーションサポート');
		expect(VERIFICATION_LEVELS.medical?.importantSystems.ja).toContain('管理システム');
		expect(VERIFICATION_LEVELS.aviation?.level.ja).toContain('貨客の運送に支障');
		expect(VERIFICATION_LEVELS.government?.level.ja).toContain('地方公共団体の行政サービス');
		expect(VERIFICATION_LEVEL_SOURCE.ja).toContain('2009年');
		expect(VERIFICATION_LEVEL_SOURCE.ja).toContain('重要インフラサービス障害');
	});

	it('names the legal bases 別紙2 gives', () => {
		const telecom = SECTOR_REFERENCES.telecom?.services.map((s) => s.legalBasis?.ja);
		expect(telecom).toEqual(['電気通信事業法 第2条', '放送法 第2条']);
		expect(SECTOR_REFERENCES.water?.services[0].legalBasis?.ja).toBe('水道法 第3条・第15条');
	});
});
