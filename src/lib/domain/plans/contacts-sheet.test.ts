import { describe, expect, it } from 'vitest';
import { buildSheet } from '../exports/sheet';
import { contactsSheet, contactsSheetRows, type ContactSheetInput } from './contacts-sheet';

const contact = (over: Partial<ContactSheetInput>): ContactSheetInput => ({
	id: 'c00000000000001',
	category: 'csirt',
	name: '',
	affiliation: '',
	role: '',
	phone: '',
	phone_alt: '',
	email: '',
	hours: '',
	deputy: '',
	notes: '',
	updated: '2026-12-02 01:00:00.000Z',
	...over
});

describe('contact register sheet', () => {
	const contacts = [
		contact({ id: 'c00000000000003', category: 'police', name: '警視庁 サイバー犯罪対策課', phone: '03-0000-0110' }),
		contact({ id: 'c00000000000001', name: '山田 太郎', role: 'CSIRT 責任者', deputy: 'c00000000000002', email: 'yamada@example.jp' }),
		contact({ id: 'c00000000000002', name: '佐藤 花子', role: 'CSIRT 副責任者', notes: '=HYPERLINK("x")' })
	];

	it('lists contacts by category as the register does, names the deputy and writes Japan time', () => {
		const rows = contactsSheetRows(contacts, 'ja');
		expect(rows.map((r) => r.name)).toEqual(['山田 太郎', '佐藤 花子', '警視庁 サイバー犯罪対策課']);
		expect(rows[0]).toMatchObject({ category: 'CSIRT', deputy: '佐藤 花子', email: 'yamada@example.jp' });
		expect(rows[2]).toMatchObject({ category: '警察', deputy: '' });
		const sheet = buildSheet(contactsSheet, rows, 'ja');
		expect(sheet.headers.slice(0, 3)).toEqual(['区分', '氏名・窓口名', '所属・組織']);
		const updated = contactsSheet.columns.findIndex((c) => c.key === 'updated');
		expect(sheet.rows[0][updated]).toEqual({ type: 'datetime', value: '2026-12-02 10:00:00' });
		// text that a spreadsheet would run as a formula is neutralised
		const notes = contactsSheet.columns.findIndex((c) => c.key === 'notes');
		expect(sheet.rows[1][notes]).toEqual({ type: 'text', value: `'=HYPERLINK("x")` });
	});

	it('uses English headers and category names in English, and leaves a deputy that is gone empty', () => {
		const rows = contactsSheetRows([contact({ name: 'Duty officer', deputy: 'gone00000000000' })], 'en');
		expect(rows[0]).toMatchObject({ category: 'CSIRT', deputy: '' });
		expect(buildSheet(contactsSheet, rows, 'en').headers[1]).toBe('Name or contact point');
		expect(contactsSheetRows([contact({ category: 'ministry', name: 'x' })], 'en')[0].category).toBe('Ministry');
	});
});
