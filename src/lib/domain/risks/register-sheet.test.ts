import { describe, expect, it } from 'vitest';
import { buildSheet, type Cell } from '../exports/sheet';
import { readSheetRows } from '../exports/read';
import { defaultCriteria } from './criteria-defaults';
import { evaluate } from './register';
import { planImport, registerRows, registerSheet, type SheetRisk } from './register-sheet';
import type { CriteriaVersion } from './versions';

const versions: CriteriaVersion[] = [{ id: 'critv1aaaaaaaaa', version: 1, status: 'signed', content: defaultCriteria() }];
const profile = {
	services: [{ id: 'svcaaaaaaaaaaaa', name: '電力供給（送配電）' }],
	systems: [{ id: 'sysaaaaaaaaaaaa', name: '変電所監視制御システム' }],
	dependencies: [{ id: 'depaaaaaaaaaaaa', name: '東和テレコム株式会社 専用線サービス' }]
};
const NOW = new Date('2026-12-02T03:00:00Z');

const risk: SheetRisk = {
	ref: 'R-001',
	title: '=専用線の途絶による変電所の遠方監視不能',
	category: 'spillover',
	threat: 'telecom_loss',
	scenario: '2ルートが同時に途絶する。',
	owner: '変電部長',
	services: ['svcaaaaaaaaaaaa'],
	systems: ['sysaaaaaaaaaaaa'],
	dependencies: ['depaaaaaaaaaaaa'],
	status: 'open',
	closed_reason: '',
	criteria: 'critv1aaaaaaaaa',
	controls: '自営マイクロ波回線',
	control_items: ['cross-sector:PE-04'],
	treatment: 'reduce',
	treatment_plan: '経路を分ける'
};

/** What reading a written sheet back gives: cells as a spreadsheet program keeps them. */
function table(lang: 'ja' | 'en'): unknown[][] {
	const evaluated = evaluate(
		{
			id: 'riskaaaaaaaaaaa',
			ref: 'R-001',
			title: risk.title,
			category: risk.category,
			status: 'open',
			treatment: 'reduce',
			analysis: {
				criteria: 'critv1aaaaaaaaa',
				inherent: { likelihood: 3, impact: 4 },
				current: { likelihood: 2, impact: 3 },
				target: null
			},
			created: '2026-06-01T00:00:00Z',
			reviewedAt: null
		},
		versions,
		NOW
	);
	const names = new Map([...profile.services, ...profile.systems, ...profile.dependencies].map((x) => [x.id, x.name]));
	const sheet = buildSheet(registerSheet, registerRows([{ ...risk, evaluated }], { versions, names }, lang), lang);
	const value = (c: Cell) => (c === null ? null : c.value);
	return [sheet.headers, ...sheet.rows.map((row) => row.map(value))];
}

describe('risk register sheet', () => {
	it('neutralises a title that would start a formula, and reads back to the same risk', () => {
		const written = table('ja');
		expect(written[1][1]).toBe("'=専用線の途絶による変電所の遠方監視不能");
		const read = readSheetRows(registerSheet, written);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		const plan = planImport({ rows: read.rows, lang: read.lang, existing: new Map([['R-001', 'riskaaaaaaaaaaa']]), versions, ...profile });
		if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
		expect(plan.changes).toEqual([
			{
				row: 2,
				id: 'riskaaaaaaaaaaa',
				fields: expect.objectContaining({
					title: risk.title,
					category: 'spillover',
					threat: 'telecom_loss',
					services: risk.services,
					systems: risk.systems,
					dependencies: risk.dependencies,
					criteria: 'critv1aaaaaaaaa',
					inherent_likelihood: 3,
					current_impact: 3,
					target_likelihood: 0,
					treatment: 'reduce',
					control_items: ['cross-sector:PE-04']
				})
			}
		]);
	});

	it('reads English headers and labels too', () => {
		const read = readSheetRows(registerSheet, table('en'));
		if (!read.ok) throw new Error('unreadable');
		expect(read.lang).toBe('en');
		const plan = planImport({ rows: read.rows, lang: 'en', existing: new Map([['R-001', 'riskaaaaaaaaaaa']]), versions, ...profile });
		expect(plan.ok && plan.changes[0].fields.category).toBe('spillover');
	});

	it('names every problem by row and column and plans nothing when any row is wrong', () => {
		const written = table('ja');
		const header = written[0] as string[];
		const col = (name: string) => header.indexOf(name);
		const bad = [...written[1]];
		bad[col('番号')] = 'R-404';
		bad[col('脅威の種類')] = '隕石';
		bad[col('重要システム')] = '存在しないシステム';
		bad[col('現在のリスク 影響度')] = 9;
		bad[col('状態')] = '終了';
		const missingTitle = [...written[1]];
		missingTitle[col('番号')] = null;
		missingTitle[col('リスク')] = null;
		missingTitle[col('現在のリスク 起こりやすさ')] = null;
		const read = readSheetRows(registerSheet, [header, written[1], bad, missingTitle]);
		if (!read.ok) throw new Error('unreadable');
		const plan = planImport({ rows: read.rows, lang: 'ja', existing: new Map([['R-001', 'riskaaaaaaaaaaa']]), versions, ...profile });
		expect(plan.ok).toBe(false);
		if (plan.ok) return;
		expect(plan.problems.map((p) => [p.row, p.column])).toEqual([
			[3, '番号'],
			[3, '脅威の種類'],
			[3, '終了の理由'],
			[3, '重要システム'],
			[3, '現在のリスク 影響度'],
			[4, 'リスク'],
			[4, '現在のリスク 起こりやすさ']
		]);
		expect(plan.problems[3].message.ja).toContain('存在しないシステム');
	});

	it('a header row in neither language is a problem of row 1', () => {
		const read = readSheetRows(registerSheet, [
			['A', 'B'],
			['1', '2']
		]);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems[0].row).toBe(1);
	});
});
