import { describe, expect, it } from 'vitest';
import { operatorClassLabel, operatorClassNote } from '../sectors';
import {
	ADOPTION_REASON_MAX_CHARS,
	ALL_ADOPTED,
	isAdopted,
	isCounted,
	parseAdoptionForm,
	splitByAdoption,
	type Adoption
} from './adoption';
import { groupOf } from './groups';

const items = [
	{ key: 'p:GOV-01', classification: 'consider' as const },
	{ key: 'p:GOV-08', classification: 'reference' as const },
	{ key: 'p:GOV-09', classification: 'reference' as const },
	{ key: 's:ELEC-01', classification: 'sector' as const }
];
const perItem = (entries: [string, boolean][]): Adoption => ({
	mode: 'per_item',
	decisions: new Map(entries.map(([key, adopted]) => [key, { adopted, reason: '', carriedOver: false }]))
});

function form(entries: [string, string][]) {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
}

describe('reference-item adoption', () => {
	it('asks and scores only adopted reference items; undecided means not adopted', () => {
		const { counted, notAdopted } = splitByAdoption(items, perItem([['p:GOV-08', true]]));
		expect(counted.map((i) => i.key)).toEqual(['p:GOV-01', 'p:GOV-08', 's:ELEC-01']);
		expect(notAdopted.map((i) => i.key)).toEqual(['p:GOV-09']);
		expect(isAdopted(perItem([['p:GOV-09', false]]), 'p:GOV-09')).toBe(false);
	});

	it('counts every reference item of a self-check started before adoption was recorded', () => {
		expect(items.every((i) => isCounted(i, ALL_ADOPTED))).toBe(true);
	});

	it('reads the form: ticked keys adopted, reasons trimmed, unknown keys and long reasons refused', () => {
		const known = new Set(['p:GOV-08', 'p:GOV-09']);
		const ok = parseAdoptionForm(
			form([
				['item', 'p:GOV-08'],
				['item', 'p:GOV-09'],
				['adopt', 'p:GOV-08'],
				['reason:p:GOV-09', '  優先度が低い  ']
			]),
			known
		);
		expect(ok).toEqual({
			ok: true,
			choices: [
				{ key: 'p:GOV-08', adopted: true, reason: '' },
				{ key: 'p:GOV-09', adopted: false, reason: '優先度が低い' }
			]
		});
		const bad = parseAdoptionForm(
			form([
				['item', 'p:GOV-01'],
				['item', 'p:GOV-09'],
				['reason:p:GOV-09', 'あ'.repeat(ADOPTION_REASON_MAX_CHARS + 1)]
			]),
			known
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.issues.map((i) => [i.key, i.message.en])).toEqual([
				['p:GOV-01', 'Not a reference item of this self-check.'],
				['p:GOV-09', 'Keep the reason to 2,000 characters or fewer.']
			]);
	});

	it('scores a leading-operator measure in its own group', () => {
		expect(groupOf({ classification: 'consider', leading: true })).toBe('leading');
		expect(groupOf({ classification: 'sector' })).toBe('sector');
	});
});

describe('leading operators (seed 000)', () => {
	it('names the examples where the seed defines them and calls it the operator’s own designation elsewhere', () => {
		expect(operatorClassNote('electricity').ja).toContain('一般送配電事業者等');
		expect(operatorClassNote('finance').ja).toContain('主要都市銀行等');
		expect(operatorClassNote('water').ja).toContain('自社の判断による位置づけ');
		expect(operatorClassLabel('leading', 'telecom').ja).toBe('先導的取組を行う事業者');
		expect(operatorClassLabel('leading', 'gas').ja).toContain('自社の判断');
		expect(operatorClassLabel('other', 'gas').ja).toBe('その他の事業者');
	});
});
