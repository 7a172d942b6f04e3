import { describe, expect, it } from 'vitest';
import { oscalProblems } from '../../../../../tests/oscal/validate';
import { syntheticSnapshot } from '../../reports/selfcheck/synthetic';
import { uuidV5 } from '$lib/server/exports/uuid';
import { assessmentResults } from './assessment-results';
import { poam } from './poam';

const at = '2026-12-01T03:00:00.000Z';
const last = syntheticSnapshot({ items: 60, sections: 5, signed: true, seed: 3, fiscalYear: 2025 });
const current = syntheticSnapshot({ items: 60, sections: 5, signed: false, seed: 4, fiscalYear: 2026 });
// the synthetic generator gives each snapshot its own organisation id; make them one organisation's
const snapshots = [last, { ...current, organisation: last.organisation }];

describe('OSCAL assessment-results', () => {
	it.each(['ja', 'en'] as const)('is valid OSCAL 1.1.2 (%s) with one result per self-check', (lang) => {
		const doc = assessmentResults(snapshots, lang, at, uuidV5);
		expect(oscalProblems('assessment-results', doc)).toEqual([]);
		const { results } = doc['assessment-results'];
		expect(results).toHaveLength(2);
		expect(results[0].observations).toHaveLength(last.items.length);
		expect(results[0].props).toContainEqual(expect.objectContaining({ name: 'signed-content-sha256', value: last.signoff?.contentSha256 }));
	});

	it('records each answer as an observation and a finding on the item (none for not applicable)', () => {
		const doc = assessmentResults([last], 'en', at, uuidV5);
		const [result] = doc['assessment-results'].results;
		const na = last.items.filter((i) => i.answer.status === 'not_applicable').length;
		expect(result.findings).toHaveLength(last.items.length - na);
		const implemented = last.items.find((i) => i.answer.status === 'implemented');
		const f = result.findings?.find((x) => x.target['target-id'] === implemented?.itemId);
		expect(f?.target.status).toEqual({ state: 'satisfied', reason: 'implemented' });
		const obs = result.observations?.find((o) => o.uuid === f?.['related-observations'][0]['observation-uuid']);
		expect(obs?.description).toMatch(/^Answer: Implemented/);
	});

	it('carries evidence as relevant evidence with its SHA-256', () => {
		const sha = 'a'.repeat(64);
		const withEvidence = {
			...last,
			items: last.items.map((i, k) =>
				k === 0
					? {
							...i,
							answer: {
								...i.answer,
								evidence: [
									{
										id: 'ev1',
										title: '議事録',
										kind: 'file' as const,
										period: { fiscalYear: 2026, from: '', to: '' },
										expiresOn: '',
										url: '',
										revision: { id: 'rev1', number: 1, name: 'minutes.pdf', size: 10, sha256: sha },
										review: 'pending' as const
									}
								]
							}
						}
					: i
			)
		};
		const doc = assessmentResults([withEvidence], 'ja', at, uuidV5);
		expect(oscalProblems('assessment-results', doc)).toEqual([]);
		expect(doc['assessment-results'].results[0].observations?.[0]['relevant-evidence']).toEqual([
			{
				description: '議事録',
				props: [expect.objectContaining({ name: 'evidence-id', value: 'ev1' }), expect.objectContaining({ name: 'sha256', value: sha })]
			}
		]);
	});

	it('is deterministic', () => {
		expect(JSON.stringify(assessmentResults(snapshots, 'ja', at, uuidV5))).toBe(
			JSON.stringify(assessmentResults(snapshots, 'ja', at, uuidV5))
		);
	});
});

describe('OSCAL plan of action and milestones', () => {
	it.each(['ja', 'en'] as const)('is valid OSCAL 1.1.2 (%s): one item per open gap, due on its target date', (lang) => {
		const doc = poam(last, lang, at, uuidV5);
		expect(doc).not.toBeNull();
		expect(oscalProblems('poam', doc)).toEqual([]);
		const gaps = last.items.filter((i) => i.answer.status === 'partial' || i.answer.status === 'not_implemented');
		const plan = doc?.['plan-of-action-and-milestones'];
		expect(plan?.['poam-items']).toHaveLength(gaps.length);
		const dated = gaps.find((g) => g.answer.targetDate);
		const risk = plan?.risks.find((r) => r.title.startsWith(`${dated?.itemId} `));
		expect(risk?.deadline).toBe(`${dated?.answer.targetDate}T00:00:00+09:00`);
		expect(risk?.props).toContainEqual(expect.objectContaining({ name: 'owner', value: dated?.answer.owner }));
	});

	it('is null when nothing is open (OSCAL needs at least one item)', () => {
		const closed = { ...last, items: last.items.map((i) => ({ ...i, answer: { ...i.answer, status: 'implemented' as const } })) };
		expect(poam(closed, 'ja', at, uuidV5)).toBeNull();
	});
});
