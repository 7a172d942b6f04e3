// Tables as they arrive from outside: Shift_JIS CSV as Excel in Japan saves
// it, UTF-16 with and without a BOM, Japanese column names, a title row above
// the header, columns mamori does not use, full-width codes, an empty
// section_id under a merged cell, Japanese names for codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenItems } from '../flatten';
import { testMetadata } from '../fixtures/metadata';
import { importCsv } from './csv';
import { decodeText } from './decode';

const bytes = (name: string): Uint8Array => readFileSync(new URL(`../../../../../tests/fixtures/checklists/${name}`, import.meta.url));
const metadata = testMetadata({ applies_to: { sectors: 'all', operator_classes: ['leading', 'other'] } });

describe('a spreadsheet saved by Excel in Japan', () => {
	for (const [file, encoding] of [
		['excel-sjis.csv', 'Shift_JIS'],
		['utf16-bom.csv', 'UTF-16'],
		['utf16-nobom.csv', 'UTF-16']
	] as const) {
		it(`imports ${file} with every Japanese text intact and says how it was read`, () => {
			const result = importCsv(bytes(file), metadata);
			if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
			const items = flattenItems(result.checklist);
			expect(items.map((f) => [f.section.id, f.item.id, f.item.classification])).toEqual([
				['GOV', 'GOV-01', 'consider'],
				['GOV', 'GOV-02', 'reference'],
				['OPS', 'OPS-01', 'sector']
			]);
			const [gov01, gov02, ops01] = items.map((f) => f.item);
			expect(gov01.title.ja).toBe('経営層が基本方針を承認している');
			expect(gov01.guidance.ja).toBe('取締役会で承認します。');
			expect(gov01.threats).toEqual(['intentional', 'unintentional']);
			expect(result.checklist.sections[0].title).toEqual({ ja: '組織統治', en: 'Governance' });
			// ○ in 先導的取組 makes a leading-operator measure, asked of leading operators only
			expect(gov02).toMatchObject({ leading: true, applicability: { operator_classes: ['leading'] } });
			expect(ops01.guidance.ja).toBe('台帳を年１回見直します。');
			const notes = (result.notes ?? []).map((n) => n.en);
			expect(notes.some((n) => n.includes(encoding))).toBe(true);
			expect(notes).toContain('Row 3 was read as the header (the 2 rows above it as a title, skipped).');
			expect(notes).toContain('Columns mamori does not use were ignored: 備考');
			expect(notes).toContain('Column 14 had text but no header and was ignored.');
		});
	}

	it('says a file that is no text it knows looks like an encoding problem', () => {
		const result = importCsv(bytes('not-text.csv'), metadata);
		expect(result).toMatchObject({
			ok: false,
			problems: [{ field: 'file', message: expect.stringContaining('encoding problem') as string }]
		});
	});

	it('decodes UTF-8 with and without a BOM, and refuses a BOM followed by other bytes', () => {
		const text = 'section_id,項目\r\n';
		const utf8 = new TextEncoder().encode(text);
		expect(decodeText(utf8)).toEqual({ ok: true, text, encoding: 'utf-8', bom: false });
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text, encoding: 'utf-8', bom: true });
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x93, 0xfa]))).toMatchObject({ ok: false });
	});

	it('reads codes written in full width and an empty section_id as the section of the row above', () => {
		const text = [
			'項目群ID,項目群名,項目群名（英語）,項目ID,区分,項目,項目（英語）,解説,解説（英語）,脅威,段階,対象分野',
			'ＢＣＰ,事業継続,Continuity,ＢＣＰ－０１,要検討事項,計画がある,A plan exists,計画を定めます。,Define it.,災害や疾病,事業継続計画（BCP）,電力',
			',,,ＢＣＰ－０２,参考事項,訓練している,It is exercised,訓練します。,Exercise it.,他分野の障害からの波及,bcp,'
		].join('\n');
		const result = importCsv(text, metadata);
		if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
		expect(result.checklist.sections).toHaveLength(1);
		const [a, b] = result.checklist.sections[0].items;
		expect(a).toMatchObject({ id: 'BCP-01', threats: ['disaster'], stage: 'bcp', applicability: { sectors: ['electricity'] } });
		expect(b).toMatchObject({ id: 'BCP-02', threats: ['spillover'], stage: 'bcp' });
	});

	it('reports a leading cell it cannot read at its row', () => {
		const text = [
			'item_id,section_id,section_title_ja,section_title_en,classification,title_ja,title_en,guidance_ja,guidance_en,threats,stage,先導的取組',
			'A-01,A,甲,A,consider,t,t,g,g,intentional,audit,たぶん'
		].join('\n');
		expect(importCsv(text, metadata)).toMatchObject({ ok: false, problems: [{ row: 2, field: 'leading' }] });
	});
});
