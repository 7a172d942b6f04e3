import { describe, expect, it } from 'vitest';
import { buildSheet, type Cell } from '../exports/sheet';
import { readSheetRows } from '../exports/read';
import { actionRows, actionsSheet, actionsSummary, registerExportSheet, type SheetAction, type SheetPlan } from './actions-sheet';
import { defaultCriteria } from './criteria-defaults';
import { evaluate } from './register';
import { planImport, registerRows, registerSheet, type SheetRisk } from './register-sheet';
import type { CriteriaVersion } from './versions';

const NOW = new Date('2026-12-02T03:00:00Z');
const versions: CriteriaVersion[] = [{ id: 'critv1aaaaaaaaa', version: 1, status: 'signed', content: defaultCriteria() }];
const plans = new Map<string, SheetPlan>([
	['planbcpaaaaaaaa', { id: 'planbcpaaaaaaaa', kind: 'bcp', title: '送配電事業 BCP 2026' }],
	['plancpaaaaaaaaa', { id: 'plancpaaaaaaaaa', kind: 'contingency', title: '制御系サイバー攻撃時の対応計画' }]
]);
const actions: SheetAction[] = [
	{
		risk: 'riskaaaaaaaaaaa',
		title: '専用線の2ルート化',
		description: '=別経路の回線を契約する',
		owner: '通信部',
		due_date: '2027-03-31 00:00:00.000Z',
		status: 'in_progress',
		completed_on: '',
		checklist_items: ['cross-sector:PE-04'],
		plans: ['planbcpaaaaaaaa', 'plancpaaaaaaaaa']
	},
	{
		risk: 'riskaaaaaaaaaaa',
		title: '切替手順の訓練',
		description: '',
		owner: '変電部',
		due_date: '2026-11-30 00:00:00.000Z',
		status: 'planned',
		completed_on: '',
		checklist_items: null,
		plans: null
	},
	{
		risk: 'someoneelses000',
		title: '他の組織の措置',
		description: '',
		owner: '',
		due_date: '',
		status: 'planned',
		completed_on: '',
		checklist_items: null,
		plans: null
	}
];
const risk: SheetRisk = {
	ref: 'R-001',
	title: '専用線の途絶による変電所の遠方監視不能',
	category: 'spillover',
	threat: 'telecom_loss',
	scenario: '',
	owner: '変電部長',
	services: [],
	systems: [],
	dependencies: [],
	status: 'open',
	closed_reason: '',
	criteria: 'critv1aaaaaaaaa',
	controls: '',
	control_items: [],
	treatment: 'reduce',
	treatment_plan: ''
};
const evaluated = evaluate(
	{
		id: 'riskaaaaaaaaaaa',
		ref: 'R-001',
		title: risk.title,
		category: 'spillover',
		status: 'open',
		treatment: 'reduce',
		analysis: { criteria: 'critv1aaaaaaaaa', inherent: null, current: { likelihood: 2, impact: 3 }, target: null },
		created: '2026-06-01T00:00:00Z',
		reviewedAt: null
	},
	versions,
	NOW
);
const value = (c: Cell) => (c === null ? null : c.value);

describe('treatment actions in the register export', () => {
	it('the register sheet carries each risk’s actions for reference and still imports back unchanged', () => {
		const rows = registerRows([{ ...risk, evaluated }], { versions, names: new Map() }, 'ja').map((row) => ({
			...row,
			actions: actionsSummary(actions.slice(0, 2), plans, 'ja')
		}));
		const sheet = buildSheet(registerExportSheet, rows, 'ja');
		expect(sheet.headers.at(-1)).toBe('リスク対応の措置（参照用）');
		expect(value(sheet.rows[0].at(-1) ?? null)).toBe(
			'切替手順の訓練（期限 2026-11-30・予定）\n専用線の2ルート化（期限 2027-03-31・実施中・事業継続計画（BCP）「送配電事業 BCP 2026」・コンティンジェンシープラン「制御系サイバー攻撃時の対応計画」）'
		);
		const read = readSheetRows(registerSheet, [sheet.headers, ...sheet.rows.map((r) => r.map(value))]);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		const plan = planImport({
			rows: read.rows,
			lang: read.lang,
			existing: new Map([['R-001', 'riskaaaaaaaaaaa']]),
			versions,
			services: [],
			systems: [],
			dependencies: []
		});
		if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
		expect(plan.changes[0]).toMatchObject({
			id: 'riskaaaaaaaaaaa',
			fields: { title: risk.title, current_likelihood: 2, current_impact: 3 }
		});
		expect(Object.keys(plan.changes[0].fields)).not.toContain('actions');
	});

	it('the actions sheet has one row per action of a listed risk, by due date, with plans, overdue and neutralised text', () => {
		const risks = new Map([['riskaaaaaaaaaaa', { ref: 'R-001', title: risk.title }]]);
		const sheet = buildSheet(actionsSheet, actionRows(actions, { risks, plans, now: NOW }, 'ja'), 'ja');
		const table = sheet.rows.map((r) => r.map(value));
		expect(table).toHaveLength(2);
		const col = (name: string) => sheet.headers.indexOf(name);
		expect(table.map((r) => r[col('措置')])).toEqual(['切替手順の訓練', '専用線の2ルート化']);
		expect(table[0][col('期限超過')]).toBe('超過');
		expect(table[1][col('期限超過')]).toBeNull();
		expect(table[1][col('期限')]).toBe('2027-03-31');
		expect(table[1][col('状態')]).toBe('実施中');
		expect(table[1][col('見直す計画')]).toBe(
			'事業継続計画（BCP）「送配電事業 BCP 2026」、コンティンジェンシープラン「制御系サイバー攻撃時の対応計画」'
		);
		expect(table[1][col('内容')]).toBe("'=別経路の回線を契約する");
		expect(table[1][col('リスク番号')]).toBe('R-001');
		const en = buildSheet(actionsSheet, actionRows(actions, { risks, plans, now: NOW }, 'en'), 'en');
		expect(en.headers).toContain('Plans revised');
		expect(value(en.rows[0][en.headers.indexOf('Status')])).toBe('Planned');
	});
});
