import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenItems } from '../flatten';
import { validateChecklist } from '../validate';
import { IMPORT_COLUMNS } from './columns';
import { importCsv } from './csv';
import { testMetadata } from '../fixtures/metadata';

const fixture = (name: string): string =>
	readFileSync(new URL(`../../../../../tests/fixtures/checklists/${name}`, import.meta.url), 'utf8');

const HEADER = IMPORT_COLUMNS.join(',');

describe('importCsv', () => {
	it('imports the good fixture into a valid checklist', () => {
		const result = importCsv(fixture('good.csv'), testMetadata());
		if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
		const { checklist } = result;
		expect(validateChecklist('x', checklist).ok).toBe(true);
		expect(checklist.id).toBe('imported-list');
		// Sections in order of first appearance; GOV-03 (row 6) joins GOV.
		expect(checklist.sections.map((s) => s.id)).toEqual(['GOV', 'BCP']);
		expect(flattenItems(checklist).map((f) => f.item.id)).toEqual(['GOV-01', 'GOV-02', 'GOV-03', 'BCP-01']);

		const [gov01, gov02] = checklist.sections[0].items;
		expect(gov01.classification).toBe('consider');
		expect(gov01.guidance.en).toBe('Keep a record of the approval.\r\nReview the policy once a year.');
		expect(gov01.evidence_examples).toEqual({ ja: ['取締役会議事録', '方針文書'], en: ['Board minutes', 'Policy document'] });
		expect(gov01.threats).toEqual(['intentional', 'unintentional']);
		expect(gov01.source).toEqual({ seed: '003', section: 'III' });
		expect(gov01.applicability).toBeUndefined();

		expect(gov02.classification).toBe('reference');
		expect(gov02.title.en).toBe('The operator takes part in an "ISAC"');
		expect(gov02.evidence_examples).toEqual({ ja: [], en: [] });
		expect(gov02.applicability).toEqual({ operator_classes: ['leading'] });

		const bcp01 = checklist.sections[1].items[0];
		expect(bcp01.guidance.en).toBe('Keep them consistent with the service level, and test them.');
		expect(bcp01.threats).toEqual(['disaster', 'spillover']);
		expect(bcp01.applicability).toEqual({ sectors: ['electricity'] });
		expect(bcp01.source).toEqual({ seed: '001' });
	});

	it('reports every bad row with its exact row number and column, and imports nothing', () => {
		const result = importCsv(fixture('bad-rows.csv'), testMetadata());
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(({ row, field }) => ({ row, field }))).toEqual([
			{ row: 3, field: 'classification' },
			{ row: 4, field: 'title_en' },
			{ row: 5, field: 'item_id' },
			{ row: 6, field: 'threats' },
			{ row: 6, field: 'stage' },
			{ row: 7, field: 'sectors' },
			{ row: 8, field: 'evidence_en' },
			{ row: 9, field: 'item_id' },
			{ row: 12, field: 'section_title_ja' }
		]);
		const byRow = (row: number) =>
			result.problems
				.filter((p) => p.row === row)
				.map((p) => p.message)
				.join(' / ');
		expect(byRow(3)).toContain('"must"');
		expect(byRow(5)).toContain('already used in row 2');
		expect(byRow(6)).toContain('"cyber"');
		expect(byRow(7)).toContain('"water"');
		expect(byRow(12)).toContain('row 11');
	});

	it('reports a missing column in the header (row 1), naming the columns it did not know', () => {
		const result = importCsv(fixture('bad-header.csv'), testMetadata());
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					row: 1,
					field: 'classification',
					message: expect.stringMatching(
						/^required column is missing \(the header also has columns mamori does not know: clasification\)/
					) as string
				}
			]
		});
	});

	it('reports a CSV syntax error with its row', () => {
		expect(importCsv(fixture('unclosed-quote.csv'), testMetadata())).toMatchObject({
			ok: false,
			problems: [{ row: 3 }]
		});
	});

	it('reports a repeated column, an empty file and a header without rows', () => {
		expect(importCsv(`${HEADER},stage\r\n`, testMetadata())).toEqual({
			ok: false,
			problems: [{ row: 1, field: 'stage', message: `the column appears twice (cell ${IMPORT_COLUMNS.length + 1}: "stage")` }]
		});
		expect(importCsv('', testMetadata())).toMatchObject({ ok: false, problems: [{ row: 1 }] });
		expect(importCsv(`${HEADER}\r\n\r\n`, testMetadata())).toMatchObject({
			ok: false,
			problems: [{ message: 'no item rows below the header' }]
		});
	});

	it('accepts columns in any order, in any case, without the optional ones', () => {
		const text = [
			'Stage,Threats,Guidance_EN,Guidance_JA,Title_EN,Title_JA,Classification,Item_ID,Section_Title_EN,Section_Title_JA,Section_ID',
			'audit,unintentional,Keep the report.,報告を保管する。,Audit,監査,reference,AUD-01,Audit,監査,AUD'
		].join('\n');
		const result = importCsv(text, testMetadata());
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.checklist.sections[0].items[0]).toMatchObject({ id: 'AUD-01', stage: 'audit' });
	});

	it('reports bad checklist metadata without a row', () => {
		const text = `${HEADER}\nGOV,統治,Gov,GOV-01,consider,t,t,g,g,,,intentional,governance,,,,`;
		const result = importCsv(text, testMetadata({ id: 'Not Kebab', title: { ja: '', en: 'x' } }));
		expect(result).toMatchObject({
			ok: false,
			problems: [{ field: 'id' }, { field: 'title.ja', message: 'must not be empty' }]
		});
		if (!result.ok) expect(result.problems.every((p) => p.row === undefined)).toBe(true);
	});

	it('reports a section defined with a bad id or blank title at its row', () => {
		const text = `${HEADER}\r\nGOV,統治,Gov,GOV-01,consider,t,t,g,g,,,intentional,governance,,,,\r\ngov x,,,GOV-02,consider,t,t,g,g,,,intentional,governance,,,,`;
		expect(importCsv(text, testMetadata())).toMatchObject({
			ok: false,
			problems: [
				{ row: 3, field: 'section_id' },
				{ row: 3, field: 'section_title_ja' },
				{ row: 3, field: 'section_title_en' }
			]
		});
	});
});
