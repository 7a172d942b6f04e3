import { describe, expect, it } from 'vitest';
import { parsePlanContent, newPlanContent, type BcpContent, type ContingencyContent } from './content';
import { diffSections } from './diff';
import { gapText, isBodyEmpty, planGaps, type PlanContext } from './gaps';
import { planLines } from './lines';

const services = [
	{
		id: 'svc000000000001',
		name: '電力供給（送配電）',
		serviceLevel: '10万kW以上を10分以上止めない',
		maxOutageMinutes: 10,
		verificationExcluded: false
	},
	{ id: 'svc000000000002', name: '託送・需給調整', serviceLevel: '24時間以内に再開', maxOutageMinutes: 1440, verificationExcluded: true }
];
const dependencies = [{ key: 'dep:dep000000000001', label: { ja: '東和テレコム — 通信', en: 'Towa Telecom — Telecoms' }, alternative: '' }];
const ctx: PlanContext = { sector: 'electricity', services, dependencies, contactIds: new Set(['con000000000001']) };

describe('new plans from the template', () => {
	it('start a BCP with one BIA row per service and one row per dependency', () => {
		const content = newPlanContent('bcp', { lang: 'ja', services, dependencies }) as BcpContent;
		expect(content.bia.map((r) => r.serviceName)).toEqual(['電力供給（送配電）', '託送・需給調整']);
		expect(content.dependencies[0]).toMatchObject({ key: 'dep:dep000000000001', label: '東和テレコム — 通信', fallback: '' });
		const withFallback = newPlanContent('bcp', {
			lang: 'en',
			services,
			dependencies: [{ ...dependencies[0], alternative: '自営マイクロ波回線' }]
		}) as BcpContent;
		expect(withFallback.dependencies[0]).toMatchObject({ label: 'Towa Telecom — Telecoms', fallback: '自営マイクロ波回線' });
		expect(Object.keys(content.sections)).toEqual(['scope', 'bia', 'dependencies', 'strategies', 'roles', 'communication', 'resources']);
		expect(parsePlanContent(content)).toEqual({ ok: true, content });
	});

	it('start a contingency plan with a triage row per situation and every reporting case selected', () => {
		const content = newPlanContent('contingency', { lang: 'en', services, dependencies }) as ContingencyContent;
		expect(content.triage.map((t) => t.situation)).toEqual(['precursor', 'minor_failure', 'major_failure', 'attack_confirmed']);
		expect(content.reporting.casesCovered).toHaveLength(11);
		expect(content.sections.csirt.body).toContain('## Organisation');
		expect(parsePlanContent(content).ok).toBe(true);
	});
});

describe('parsePlanContent', () => {
	it('names the bad path of a malformed record', () => {
		const content = newPlanContent('bcp', { lang: 'ja', services, dependencies }) as BcpContent;
		const bad = { ...content, bia: [{ ...content.bia[0], rtoMinutes: -5 }] };
		const parsed = parsePlanContent(bad);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.problem).toMatch(/^bia\.0\.rtoMinutes: /);
		expect(parsePlanContent('not json').ok).toBe(false);
		expect(parsePlanContent({ ...content, sections: { ...content.sections, extra: { body: '' } } }).ok).toBe(false);
	});
});

describe('planGaps', () => {
	it('lists everything a fresh BCP lacks', () => {
		const content = newPlanContent('bcp', { lang: 'ja', services, dependencies });
		const codes = planGaps(content, ctx).map((g) => `${g.code}:${g.section}`);
		expect(codes).toEqual([
			'section_empty:scope',
			'section_empty:strategies',
			'section_empty:roles',
			'section_empty:communication',
			'section_empty:resources',
			'review_date:scope',
			'bia_value_missing:bia',
			'bia_value_missing:bia',
			'dependency_no_fallback:dependencies'
		]);
	});

	it('names a service missing from the BIA and what a row lacks', () => {
		const content = newPlanContent('bcp', { lang: 'ja', services, dependencies }) as BcpContent;
		content.bia = [{ ...content.bia[0], mtpdMinutes: 60, rtoMinutes: 30, rpoMinutes: 0, minimumServiceLevel: '' }];
		const gaps = planGaps(content, ctx).filter((g) => g.section === 'bia');
		expect(gaps.map((g) => gapText(g, 'bcp', 'ja'))).toEqual([
			'「電力供給（送配電）」の BIA に未記入の項目があります：最低限のサービスレベル。',
			'重要インフラサービス「託送・需給調整」の BIA がありません。'
		]);
	});

	it('lists the mandatory reporting fields and a contact removed from the register', () => {
		const content = newPlanContent('contingency', { lang: 'ja', services, dependencies }) as ContingencyContent;
		content.reporting.reporterContactId = 'gone00000000000';
		const codes = planGaps(content, ctx).map((g) => g.code);
		expect(codes).toContain('contact_means_missing');
		expect(codes).toContain('ministry_contact_missing');
		expect(codes).toContain('ceptoar_contact_missing');
		expect(codes).toContain('contact_deleted');
		expect(codes).not.toContain('reporter_missing');
		expect(planGaps(content, { ...ctx, sector: 'chemical' }).map((g) => g.code)).not.toContain('ceptoar_contact_missing');
	});

	it('treats an outline of headings as empty', () => {
		expect(isBodyEmpty('## 目的\n\n## 見直し\n')).toBe(true);
		expect(isBodyEmpty('## 目的\n停電時も監視を続ける。')).toBe(false);
	});
});

describe('version comparison', () => {
	it('shows the BIA row whose RTO changed side by side', () => {
		const v1 = newPlanContent('bcp', { lang: 'ja', services, dependencies }) as BcpContent;
		const v2: BcpContent = structuredClone(v1);
		v2.bia[0].rtoMinutes = 30;
		v2.sections.scope.body = v1.sections.scope.body + '停電時も監視を続ける。\n';
		const name = () => '';
		const diff = diffSections(planLines(v1, 'ja', name), planLines(v2, 'ja', name));
		expect(diff.filter((d) => d.changed).map((d) => d.key)).toEqual(['scope', 'bia']);
		const bia = diff.find((d) => d.key === 'bia');
		expect(bia?.rows[bia.rows.length - 2]).toMatchObject({ kind: 'changed' });
		expect(bia?.rows.find((r) => r.kind === 'changed')?.right).toContain('RTO 30分');
	});
});
