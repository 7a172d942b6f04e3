// The register export and import through the server code with a member's
// token: the XLSX holds the register (with each risk's actions for
// reference) and an actions sheet naming the plans an action revises; the
// same file, and its CSV, import back without changing anything but what
// was edited.
import { describe, beforeAll, expect, it } from 'vitest';
import { readXlsx } from '$lib/server/exports/xlsx';
import { writeCsv } from '$lib/server/exports/csv';
import { writeXlsx } from '$lib/server/exports/xlsx';
import { importRegister, registerWorkbook } from '$lib/server/risks/sheet';
import { planOf } from '../support/plans';
import { analysedRisk, pbDate } from '../support/risks';
import { createWorld, type World } from '../support/world';

describe('register export with treatment actions', () => {
	let world: World;
	let risk: string;
	let plan: string;

	beforeAll(async () => {
		world = await createWorld();
		risk = await analysedRisk(world, { title: '変電所の遠方監視不能', owner: '変電部長' });
		plan = await planOf(world, 'bcp');
		await world
			.client('security')
			.collection('risk_actions')
			.create({
				organisation: world.orgA,
				risk,
				title: '専用線の2ルート化',
				owner: '通信部',
				status: 'in_progress',
				due_date: pbDate(-2),
				plans: [plan]
			});
	});

	it('the XLSX has the register with each risk’s actions and an actions sheet; it imports back unchanged', async () => {
		const sheets = await registerWorkbook(world.client('auditor'), world.orgA, 'ja');
		expect(sheets.map((s) => s.name)).toEqual(['リスク台帳', 'リスク対応の措置']);
		const [register, actions] = sheets;
		const { title: planTitle } = await world.superuser.collection('plans').getOne(plan);
		const riskRow = register.rows.find((r) => r.some((c) => c?.value === '変電所の遠方監視不能'));
		const summary = riskRow?.[register.headers.indexOf('リスク対応の措置（参照用）')];
		expect(summary?.value).toContain('専用線の2ルート化');
		expect(summary?.value).toContain(`事業継続計画（BCP）「${planTitle}」`);
		const action = actions.rows.find((r) => r[actions.headers.indexOf('措置')]?.value === '専用線の2ルート化');
		expect(action?.[actions.headers.indexOf('見直す計画')]?.value).toContain(planTitle);
		expect(action?.[actions.headers.indexOf('期限超過')]?.value).toBe('超過');

		const xlsx = await writeXlsx(sheets);
		expect((await readXlsx(xlsx)).map((s) => s.name)).toEqual(['リスク台帳', 'リスク対応の措置']);
		const before = await world.superuser.collection('risks').getOne(risk);
		const outcome = await importRegister(world.client('security'), world.orgA, new File([new Uint8Array(xlsx)], 'register.xlsx'));
		expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
		const after = await world.superuser.collection('risks').getOne(risk);
		for (const field of ['title', 'owner', 'current_likelihood', 'current_impact', 'criteria', 'treatment'])
			expect(after[field]).toEqual(before[field]);
		// the action is still there, once
		const list = await world.superuser
			.collection('risk_actions')
			.getFullList({ filter: world.superuser.filter('risk = {:r}', { r: risk }) });
		expect(list).toHaveLength(1);
	});

	it('the CSV (register sheet only, actions column included) imports back too', async () => {
		const [register] = await registerWorkbook(world.client('security'), world.orgA, 'en');
		const csv = writeCsv(register);
		expect(csv.toString('utf8')).toContain('Treatment actions (for reference)');
		const outcome = await importRegister(world.client('security'), world.orgA, new File([new Uint8Array(csv)], 'register.csv'));
		expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
	});
});
