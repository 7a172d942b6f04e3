/**
 * The risk register as a spreadsheet, with the user's own token: the rows to
 * export, and an uploaded XLSX or CSV checked row by row and — only when
 * every row is valid — applied in one transaction by PocketBase
 * (pb_hooks/risk-import.pb.js), so nothing is ever half imported.
 */
import type PocketBase from 'pocketbase';
import type { Localized } from '$lib/domain/sectors';
import { buildSheet, type Sheet, type SheetLanguage } from '$lib/domain/exports/sheet';
import { readSheetRows } from '$lib/domain/exports/read';
import { planImport, registerRows, registerSheet, type ImportProblem } from '$lib/domain/risks/register-sheet';
import { prioritise } from '$lib/domain/risks/register';
import { actionRows, actionsSheet, actionsSummary, registerExportSheet, type SheetPlan } from '$lib/domain/risks/actions-sheet';
import type { ActionRecord } from './records';
import { readCsv } from '$lib/server/exports/csv';
import { readXlsx } from '$lib/server/exports/xlsx';
import { loadRegister } from './register';

/** What the register export reads once: the prioritised rows, the actions by risk and the plans they revise. */
async function registerExportInput(pb: PocketBase, org: string) {
	const [register, plans] = await Promise.all([
		loadRegister(pb, org),
		pb.collection('plans').getFullList<SheetPlan>({ filter: pb.filter('organisation = {:org}', { org }), fields: 'id,kind,title' })
	]);
	const byId = new Map(register.risks.map((r) => [r.id, r]));
	const rows = prioritise(register.rows).flatMap((evaluated) => {
		const r = byId.get(evaluated.id);
		return r ? [{ ...r, control_items: r.control_items ?? [], evaluated }] : [];
	});
	return { register, rows, plans: new Map(plans.map((p) => [p.id, p])) };
}
type RegisterExportInput = Awaited<ReturnType<typeof registerExportInput>>;

function actionsSheetOf({ register, rows, plans }: RegisterExportInput, lang: SheetLanguage): Sheet {
	const risks = new Map(rows.map((r) => [r.id, { ref: r.ref, title: r.title }]));
	return buildSheet(actionsSheet, actionRows(register.actions, { risks, plans, now: new Date(register.now) }, lang), lang);
}

/**
 * The register export: the register sheet (with each risk's actions in a
 * reference column) and, in XLSX, the actions sheet (one row per action with
 * the plans it revises). CSV holds the first sheet only.
 */
export async function registerWorkbook(pb: PocketBase, org: string, lang: SheetLanguage): Promise<Sheet[]> {
	const input = await registerExportInput(pb, org);
	const { register, rows, plans } = input;
	const names = new Map([...register.services, ...register.systems, ...register.dependencies].map((x) => [x.id, x.name]));
	const actionsOf = new Map<string, ActionRecord[]>();
	for (const a of register.actions) actionsOf.set(a.risk, [...(actionsOf.get(a.risk) ?? []), a]);
	const registerCells = registerRows(rows, { versions: register.versions, names }, lang).map((row, i) => ({
		...row,
		actions: actionsSummary(actionsOf.get(rows[i].id) ?? [], plans, lang)
	}));
	return [buildSheet(registerExportSheet, registerCells, lang), actionsSheetOf(input, lang)];
}

/** The treatment actions alone (the Exports page's download): the register export's actions sheet. */
export async function treatmentActionsSheet(pb: PocketBase, org: string, lang: SheetLanguage): Promise<Sheet> {
	return actionsSheetOf(await registerExportInput(pb, org), lang);
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const READ_MESSAGES: [RegExp, Localized][] = [
	[/number/, { ja: '数値を入れてください。', en: 'Enter a number.' }],
	[/YYYY-MM-DD HH/, { ja: '日時（YYYY-MM-DD HH:mm:ss）を入れてください。', en: 'Enter a date and time (YYYY-MM-DD HH:mm:ss).' }],
	[/YYYY-MM-DD/, { ja: '日付（YYYY-MM-DD）を入れてください。', en: 'Enter a date (YYYY-MM-DD).' }],
	[/TRUE or FALSE/, { ja: 'TRUE か FALSE を入れてください。', en: 'Enter TRUE or FALSE.' }],
	[/missing columns: (.*) \(/, { ja: '見出し行に次の列がありません: $1', en: 'The header row lacks these columns: $1' }]
];

function localise(message: string): Localized {
	for (const [pattern, text] of READ_MESSAGES) {
		const m = pattern.exec(message);
		if (m) return { ja: text.ja.replace('$1', m[1] ?? ''), en: text.en.replace('$1', m[1] ?? '') };
	}
	return { ja: message, en: message };
}

export type ImportOutcome = { ok: true; created: number; updated: number } | { ok: false; problems: ImportProblem[] };

const fileProblem = (ja: string, en: string): ImportOutcome => ({ ok: false, problems: [{ row: 0, column: '', message: { ja, en } }] });

export async function importRegister(pb: PocketBase, org: string, file: File): Promise<ImportOutcome> {
	if (file.size === 0) return fileProblem('ファイルを選んでください。', 'Choose a file.');
	if (file.size > MAX_IMPORT_BYTES) return fileProblem('ファイルが大きすぎます（5 MB まで）。', 'The file is too large (5 MB at most).');
	const bytes = Buffer.from(await file.arrayBuffer());
	let table: unknown[][];
	if (/\.csv$/i.test(file.name)) {
		const csv = readCsv(bytes);
		if (!csv.ok)
			return fileProblem(
				`CSV を読めません: ${csv.problems[0]?.message ?? ''}`,
				`The CSV cannot be read: ${csv.problems[0]?.message ?? ''}`
			);
		table = csv.rows;
	} else if (/\.xlsx$/i.test(file.name)) {
		try {
			const sheets = await readXlsx(bytes);
			table = (sheets.find((s) => s.name === registerSheet.name.ja || s.name === registerSheet.name.en) ?? sheets[0])?.rows ?? [];
		} catch {
			return fileProblem('XLSX ファイルとして読めません。', 'The file cannot be read as XLSX.');
		}
	} else {
		return fileProblem('XLSX か CSV のファイルを選んでください。', 'Choose an XLSX or CSV file.');
	}
	const read = readSheetRows(registerSheet, table);
	if (!read.ok)
		return { ok: false, problems: read.problems.map((p) => ({ row: p.row, column: p.column ?? '', message: localise(p.message) })) };
	if (read.rows.length === 0) return fileProblem('取り込む行がありません。', 'There are no rows to import.');
	const register = await loadRegister(pb, org);
	const plan = planImport({
		rows: read.rows,
		lang: read.lang,
		existing: new Map(register.risks.map((r) => [r.ref, r.id])),
		services: register.services,
		systems: register.systems,
		dependencies: register.dependencies,
		versions: register.versions
	});
	if (!plan.ok) return plan;
	try {
		const result = await pb.send<{ created: number; updated: number }>('/api/mamori/risks/import', {
			method: 'POST',
			body: { organisation: org, changes: plan.changes }
		});
		return { ok: true, ...result };
	} catch (error) {
		const data = (error as { response?: { message?: string; data?: { row?: { code?: string; message?: string } } } }).response;
		const row = Number(data?.data?.row?.code ?? 0);
		const message = data?.data?.row?.message ?? data?.message ?? '';
		return {
			ok: false,
			problems: [{ row, column: '', message: { ja: `保存できませんでした: ${message}`, en: `Could not save: ${message}` } }]
		};
	}
}
