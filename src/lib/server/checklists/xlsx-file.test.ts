import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../domain/checklists/import/columns';
import { testMetadata } from '../../domain/checklists/fixtures/metadata';
import { importXlsxFile } from './xlsx-file';

const cells = (values: Record<string, string | number>): SheetData[number] => IMPORT_COLUMNS.map((column) => values[column] ?? null);

const good = {
	section_id: 'GOV',
	section_title_ja: '組織統治',
	section_title_en: 'Governance',
	item_id: 'GOV-01',
	classification: '要検討事項',
	title_ja: '経営層が方針を承認している',
	title_en: 'Executives approve the policy',
	guidance_ja: '承認の記録を残す。\n年に一度見直す。',
	guidance_en: 'Keep a record of the approval.\nReview it yearly.',
	evidence_ja: '議事録 | 方針文書',
	evidence_en: 'Minutes | Policy document',
	threats: 'intentional, unintentional',
	stage: 'governance',
	source_seed: 3,
	source_section: 'III'
};

async function xlsx(rows: SheetData): Promise<Buffer> {
	return writeXlsxFile(rows).toBuffer();
}

describe('importXlsxFile', () => {
	it('imports a good workbook (first worksheet)', async () => {
		const buffer = await xlsx([
			[...IMPORT_COLUMNS],
			cells(good),
			cells({ ...good, item_id: 'GOV-02', classification: '参考事項', operator_classes: 'leading', source_seed: '001' })
		]);
		const result = await importXlsxFile(buffer, testMetadata());
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const [gov01, gov02] = result.checklist.sections[0].items;
		expect(gov01).toEqual({
			id: 'GOV-01',
			classification: 'consider',
			title: { ja: good.title_ja, en: good.title_en },
			guidance: { ja: good.guidance_ja, en: good.guidance_en },
			evidence_examples: { ja: ['議事録', '方針文書'], en: ['Minutes', 'Policy document'] },
			threats: ['intentional', 'unintentional'],
			stage: 'governance',
			source: { seed: '003', section: 'III' }
		});
		expect(gov02).toMatchObject({ id: 'GOV-02', classification: 'reference', applicability: { operator_classes: ['leading'] } });
	});

	it('reports the exact rows of a bad workbook and imports nothing', async () => {
		const buffer = await xlsx([
			[...IMPORT_COLUMNS],
			cells(good),
			cells({ ...good, item_id: 'GOV-02', title_en: '' }),
			[],
			cells({ ...good, item_id: 'GOV-01', threats: 'earthquake' })
		]);
		const result = await importXlsxFile(buffer, testMetadata());
		expect(result).toEqual({
			ok: false,
			problems: [
				{ row: 3, field: 'title_en', message: 'must not be empty' },
				{ row: 5, field: 'threats', message: expect.stringContaining('"earthquake"') as string },
				{ row: 5, field: 'item_id', message: 'item id GOV-01 is already used in row 2' }
			]
		});
	});

	it('reports a missing column in the header', async () => {
		const buffer = await xlsx([IMPORT_COLUMNS.filter((c) => c !== 'stage'), cells(good)]);
		expect(await importXlsxFile(buffer, testMetadata())).toEqual({
			ok: false,
			problems: [{ row: 1, field: 'stage', message: expect.stringMatching(/^required column is missing; known columns: /) as string }]
		});
	});

	it('reports a file that is not an .xlsx', async () => {
		const result = await importXlsxFile(Buffer.from('section_id,item_id\n'), testMetadata());
		expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('.xlsx') as string }] });
	});
});
