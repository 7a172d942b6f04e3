import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from './columns';
import { testMetadata } from '../fixtures/metadata';
import { cellText, importSheetRows } from './xlsx';

const row = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number], unknown>>): unknown[] =>
	IMPORT_COLUMNS.map((column) => values[column] ?? null);

const base = {
	section_id: 'GOV',
	section_title_ja: '組織統治',
	section_title_en: 'Governance',
	classification: 'consider',
	title_ja: '方針',
	title_en: 'Policy',
	guidance_ja: '説明',
	guidance_en: 'Guidance',
	threats: 'intentional',
	stage: 'governance'
};

describe('cellText', () => {
	it('turns spreadsheet cells into text', () => {
		expect(cellText(null)).toBe('');
		expect(cellText(undefined)).toBe('');
		expect(cellText('x')).toBe('x');
		expect(cellText(3)).toBe('3');
		expect(cellText(1.5)).toBe('1.5');
		expect(cellText(true)).toBe('true');
		expect(cellText(new Date('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
	});
});

describe('importSheetRows', () => {
	it('maps rows with non-text cells like the CSV importer', () => {
		const result = importSheetRows(
			[[...IMPORT_COLUMNS], row({ ...base, item_id: 'GOV-01', source_seed: 1, source_section: 'II-1' })],
			testMetadata()
		);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.checklist.sections[0].items[0].source).toEqual({ seed: '001', section: 'II-1' });
	});

	it('reports bad rows by spreadsheet row, counting empty rows', () => {
		const result = importSheetRows(
			[[...IMPORT_COLUMNS], row({ ...base, item_id: 'GOV-01' }), row({}), row({ ...base, item_id: 'GOV-02', stage: 42 })],
			testMetadata()
		);
		expect(result).toMatchObject({ ok: false, problems: [{ row: 4, field: 'stage' }] });
	});
});
