import { describe, expect, it } from 'vitest';
import { SECTOR_CODES } from '../sectors';
import { caseLabel, CAUSE_CASES, casesOfGroup, groupOfCase } from './causes';
import { NO_CEPTOAR, NOT_IN_SEEDS, sectorReporting } from './reporting-routes';

describe('reporting routes (seed 001 別紙5)', () => {
	it('names the power sector’s legal route and ministry', () => {
		const r = sectorReporting('electricity');
		expect(r.ministry.ja).toBe('経済産業省');
		expect(r.legalRoutes[0].ja).toContain('電気関係報告規則');
		expect(r.ceptoars).toHaveLength(1);
	});

	it('names the finance CEPTOARs', () => {
		expect(sectorReporting('finance').ceptoars.map((c) => c.ja)).toEqual([
			'銀行等 CEPTOAR',
			'証券 CEPTOAR',
			'生命保険 CEPTOAR',
			'損害保険 CEPTOAR'
		]);
	});

	it('says plainly when the seeds do not cover a sector', () => {
		for (const sector of ['airports', 'chemical', 'credit', 'petroleum'] as const) {
			const r = sectorReporting(sector);
			expect(r).toMatchObject({ inSeeds: false, legalRoutes: [], ceptoars: [], emergency: NOT_IN_SEEDS });
			expect(r.ministry.ja).not.toBe('');
		}
		expect(NO_CEPTOAR.ja).toContain('記載がありません');
	});

	it('gives every sector a ministry', () => {
		for (const sector of SECTOR_CODES) expect(sectorReporting(sector).ministry.en).toMatch(/\(/);
	});
});

describe('cause groups and cases (seed 001 別添 3)', () => {
	it('has four groups with 4, 2, 3 and 2 cases', () => {
		expect(['intentional', 'unintentional', 'disaster', 'spillover'].map((g) => casesOfGroup(g as 'intentional').length)).toEqual([
			4, 2, 3, 2
		]);
		expect(CAUSE_CASES.every((c) => casesOfGroup(groupOfCase(c)).includes(c))).toBe(true);
	});

	it('labels a case with its group number and letter', () => {
		expect(caseLabel('intentional.attack_detected', 'ja')).toBe(
			'①サイバー攻撃をはじめとする意図的要因 イ）サイバー攻撃を検知した、または攻撃の予告があった'
		);
		expect(caseLabel('disaster.secondary_damage', 'en')).toBe(
			'3(b) Disasters and disease: Secondary damage is expected to cause a critical-service failure'
		);
	});
});
