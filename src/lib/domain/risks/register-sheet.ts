/**
 * The risk register as a spreadsheet (XLSX/CSV, through the exports core in
 * domain/exports): one row per risk, with names instead of record ids and
 * labels instead of codes, so that it can be edited in a spreadsheet program
 * and imported back. Import validates every row first and reports each
 * problem with its row and column; only a file without problems is applied
 * (in one transaction, pb_hooks/risk-import.pb.js). Pure.
 */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import type { ReadRow } from '../exports/read';
import type { Localized } from '../sectors';
import { say } from './criteria';
import type { EvaluatedRisk, TreatmentOption } from './register';
import { TREATMENT_OPTIONS } from './register';
import { ITEM_KEY, RISK_LIMITS } from './forms';
import { RISK_CATEGORIES, RISK_CATEGORY_NAMES, threatLabel, threatValue, type RiskCategory } from './threat-catalogue';
import type { CriteriaVersion } from './versions';

const L = (ja: string, en: string): Localized => ({ ja, en });

export const registerSheet = defineSheet({
	name: L('リスク台帳', 'Risk register'),
	columns: [
		{ key: 'ref', header: L('番号', 'No.'), type: 'text', width: 9 },
		{ key: 'title', header: L('リスク', 'Risk'), type: 'text', width: 36 },
		{ key: 'category', header: L('脅威の種類', 'Threat category'), type: 'text', width: 18 },
		{ key: 'threat', header: L('脅威', 'Threat'), type: 'text', width: 20 },
		{ key: 'scenario', header: L('シナリオ', 'Scenario'), type: 'text', width: 50 },
		{ key: 'owner', header: L('リスク所有者', 'Risk owner'), type: 'text', width: 16 },
		{ key: 'services', header: L('重要インフラサービス', 'Critical services'), type: 'text', width: 24 },
		{ key: 'systems', header: L('重要システム', 'Important systems'), type: 'text', width: 24 },
		{ key: 'dependencies', header: L('依存先', 'Dependencies'), type: 'text', width: 24 },
		{ key: 'status', header: L('状態', 'Status'), type: 'text', width: 8 },
		{ key: 'closed_reason', header: L('終了の理由', 'Reason for closing'), type: 'text', width: 20 },
		{ key: 'criteria_version', header: L('リスク基準の版', 'Criteria version'), type: 'number', width: 10 },
		{ key: 'inherent_likelihood', header: L('固有リスク 起こりやすさ', 'Inherent likelihood'), type: 'number', width: 10 },
		{ key: 'inherent_impact', header: L('固有リスク 影響度', 'Inherent consequence'), type: 'number', width: 10 },
		{ key: 'current_likelihood', header: L('現在のリスク 起こりやすさ', 'Current likelihood'), type: 'number', width: 10 },
		{ key: 'current_impact', header: L('現在のリスク 影響度', 'Current consequence'), type: 'number', width: 10 },
		{ key: 'target_likelihood', header: L('残留リスク 起こりやすさ', 'Residual likelihood'), type: 'number', width: 10 },
		{ key: 'target_impact', header: L('残留リスク 影響度', 'Residual consequence'), type: 'number', width: 10 },
		{ key: 'current_level', header: L('現在のリスクレベル（参照用）', 'Current level (for reference)'), type: 'text', width: 14 },
		{ key: 'controls', header: L('今ある管理策', 'Existing controls'), type: 'text', width: 40 },
		{ key: 'control_items', header: L('自己検証の項目', 'Self-check items'), type: 'text', width: 30 },
		{ key: 'treatment', header: L('リスク対応', 'Treatment'), type: 'text', width: 12 },
		{ key: 'treatment_plan', header: L('リスク対応の計画', 'Treatment plan'), type: 'text', width: 40 },
		{ key: 'next_review', header: L('次回レビュー（参照用）', 'Next review (for reference)'), type: 'date', width: 12 }
	]
});
export type RegisterColumn = (typeof registerSheet.columns)[number]['key'];

export const STATUS_NAMES: Record<'open' | 'closed', Localized> = { open: L('対応中', 'Open'), closed: L('終了', 'Closed') };
export const TREATMENT_NAMES: Record<TreatmentOption, Localized> = {
	reduce: L('低減', 'Reduce'),
	avoid: L('回避', 'Avoid'),
	transfer: L('移転', 'Transfer'),
	accept: L('保有（受容）', 'Retain (accept)')
};

/** Names in a cell: separated by 、 , ; or line breaks. */
const SEPARATOR = /[、,;\n]+/;
const join = (names: string[], lang: SheetLanguage) => names.join(lang === 'ja' ? '、' : ', ');

export interface SheetRisk {
	ref: string;
	title: string;
	category: RiskCategory;
	threat: string;
	scenario: string;
	owner: string;
	services: string[];
	systems: string[];
	dependencies: string[];
	status: 'open' | 'closed';
	closed_reason: string;
	criteria: string;
	controls: string;
	control_items: string[];
	treatment: TreatmentOption | '';
	treatment_plan: string;
}

export interface SheetContext {
	versions: readonly CriteriaVersion[];
	names: Map<string, string>;
}

export function registerRows(
	risks: readonly (SheetRisk & { evaluated: EvaluatedRisk })[],
	ctx: SheetContext,
	lang: SheetLanguage
): SheetRow<RegisterColumn>[] {
	const names = (ids: string[]) =>
		join(
			ids.map((id) => ctx.names.get(id) ?? id),
			lang
		);
	return risks.map((r) => {
		const a = r.evaluated.analysis;
		const version = r.evaluated.levels.version;
		const level = r.evaluated.levels.current;
		return {
			ref: r.ref,
			title: r.title,
			category: RISK_CATEGORY_NAMES[r.category][lang],
			threat: threatLabel(r.threat, lang),
			scenario: r.scenario,
			owner: r.owner,
			services: names(r.services),
			systems: names(r.systems),
			dependencies: names(r.dependencies),
			status: STATUS_NAMES[r.status][lang],
			closed_reason: r.closed_reason,
			criteria_version: version?.version ?? null,
			inherent_likelihood: a.inherent?.likelihood ?? null,
			inherent_impact: a.inherent?.impact ?? null,
			current_likelihood: a.current?.likelihood ?? null,
			current_impact: a.current?.impact ?? null,
			target_likelihood: a.target?.likelihood ?? null,
			target_impact: a.target?.impact ?? null,
			current_level: version && level !== null ? say(version.content.bands[level].label, lang) : '',
			controls: r.controls,
			control_items: r.control_items.join(' '),
			treatment: r.treatment ? TREATMENT_NAMES[r.treatment][lang] : '',
			treatment_plan: r.treatment_plan,
			next_review: r.evaluated.review.due
		};
	});
}

export interface ImportProblem {
	row: number;
	column: string;
	message: Localized;
}

/** What an import does to one row: create a new risk, or update the one with that number. */
export interface ImportChange {
	row: number;
	/** The record id when updating. */
	id: string | null;
	fields: Record<string, unknown>;
}

export interface ImportInput {
	rows: ReadRow<RegisterColumn>[];
	lang: SheetLanguage;
	/** Existing risks by register number. */
	existing: Map<string, string>;
	services: { id: string; name: string }[];
	systems: { id: string; name: string }[];
	dependencies: { id: string; name: string }[];
	versions: readonly CriteriaVersion[];
}

const P = {
	required: L('入力してください。', 'Required.'),
	tooLong: (n: number) => L(`${n}文字以内にしてください。`, `At most ${n} characters.`),
	unknownRef: L(
		'この番号のリスクはありません。新しいリスクは番号を空欄にしてください。',
		'No risk has this number. Leave the number empty for a new risk.'
	),
	duplicateRef: L('同じ番号が2回あります。', 'This number appears twice.'),
	category: L(
		'脅威の種類は、サイバー攻撃をはじめとする意図的要因・非意図的要因・災害や疾病・他分野の障害からの波及・サプライチェーンのいずれかです。',
		'Use one of the five threat categories.'
	),
	status: L('状態は「対応中」か「終了」です。', 'Status is “Open” or “Closed”.'),
	closedReason: L('終了したリスクには終了の理由を書いてください。', 'A closed risk needs a reason.'),
	treatment: L(
		'リスク対応は 低減・回避・移転・保有（受容） のいずれか、または空欄です。',
		'Treatment is Reduce, Avoid, Transfer, Retain (accept) or empty.'
	),
	unknownName: (name: string) => L(`「${name}」は組織プロファイルにありません。`, `“${name}” is not in the profile.`),
	version: L('承認済みのリスク基準の版の番号を入れてください。', 'Give the number of an approved criteria version.'),
	noCriteria: L('評価を入れるには、承認済みのリスク基準が必要です。', 'Ratings need approved risk criteria.'),
	rating: (max: number) => L(`1〜${max}の整数を入れてください。`, `Give a whole number from 1 to ${max}.`),
	pair: L('起こりやすさと影響度は両方入れてください。', 'Give both likelihood and consequence.'),
	itemKey: (key: string) =>
		L(
			`「${key}」は自己検証の項目の形式（例: cross-sector:OT-03）ではありません。`,
			`“${key}” is not an item key (e.g. cross-sector:OT-03).`
		)
};

function enumValue<T extends string>(text: string, values: readonly T[], names: Record<T, Localized>): T | null {
	const t = text.trim();
	return values.find((v) => v === t || names[v].ja === t || names[v].en.toLowerCase() === t.toLowerCase()) ?? null;
}

/** Validates every row; on any problem nothing is to be changed. */
export function planImport(input: ImportInput): { ok: true; changes: ImportChange[] } | { ok: false; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const header = (key: RegisterColumn) => registerSheet.columns.find((c) => c.key === key)?.header[input.lang] ?? key;
	const changes: ImportChange[] = [];
	const seen = new Set<string>();
	const approved = input.versions.filter((v) => v.status === 'signed' && v.content);
	const current = approved.reduce<CriteriaVersion | null>((best, v) => (!best || v.version > best.version ? v : best), null);
	input.rows.forEach((row, index) => {
		const line = index + 2;
		const add = (key: RegisterColumn, message: Localized) => problems.push({ row: line, column: header(key), message });
		const text = (key: RegisterColumn, max: number, required = false): string => {
			const value = typeof row[key] === 'string' ? (row[key] as string).trim() : row[key] === null ? '' : String(row[key]);
			if (required && !value) add(key, P.required);
			if (value.length > max) add(key, P.tooLong(max));
			return value;
		};
		const ref = text('ref', 12);
		let id: string | null = null;
		if (ref) {
			id = input.existing.get(ref) ?? null;
			if (!id) add('ref', P.unknownRef);
			if (seen.has(ref)) add('ref', P.duplicateRef);
			seen.add(ref);
		}
		const title = text('title', RISK_LIMITS.title, true);
		const category = enumValue(text('category', 100, true), RISK_CATEGORIES, RISK_CATEGORY_NAMES);
		if (!category && row.category) add('category', P.category);
		const statusText = text('status', 20);
		const status = statusText ? enumValue(statusText, ['open', 'closed'] as const, STATUS_NAMES) : 'open';
		if (!status) add('status', P.status);
		const closedReason = text('closed_reason', RISK_LIMITS.reason);
		if (status === 'closed' && !closedReason) add('closed_reason', P.closedReason);
		const treatmentText = text('treatment', 40);
		const treatment = treatmentText ? enumValue(treatmentText, TREATMENT_OPTIONS, TREATMENT_NAMES) : '';
		if (treatment === null) add('treatment', P.treatment);
		const refs = (key: 'services' | 'systems' | 'dependencies', list: { id: string; name: string }[]) =>
			text(key, 5000)
				.split(SEPARATOR)
				.map((n) => n.trim())
				.filter(Boolean)
				.flatMap((name) => {
					const found = list.find((x) => x.name === name);
					if (!found) add(key, P.unknownName(name));
					return found ? [found.id] : [];
				});
		const itemKeys = text('control_items', 20000)
			.split(/[\s、,;]+/)
			.filter(Boolean);
		for (const key of itemKeys) if (!ITEM_KEY.test(key)) add('control_items', P.itemKey(key));
		const fields: Record<string, unknown> = {
			title,
			category,
			threat: threatValue(text('threat', RISK_LIMITS.threat)),
			scenario: text('scenario', RISK_LIMITS.scenario),
			owner: text('owner', RISK_LIMITS.owner, true),
			services: refs('services', input.services),
			systems: refs('systems', input.systems),
			dependencies: refs('dependencies', input.dependencies),
			status,
			closed_reason: closedReason,
			controls: text('controls', RISK_LIMITS.controls),
			control_items: itemKeys,
			treatment: treatment ?? '',
			treatment_plan: text('treatment_plan', RISK_LIMITS.plan)
		};
		const stages = ['inherent', 'current', 'target'] as const;
		const rated = stages.some((s) => row[`${s}_likelihood`] !== null || row[`${s}_impact`] !== null);
		if (rated) {
			const versionNumber = row.criteria_version;
			const version = versionNumber === null ? current : (approved.find((v) => v.version === versionNumber) ?? null);
			if (!version?.content)
				add(versionNumber === null ? 'current_likelihood' : 'criteria_version', versionNumber === null ? P.noCriteria : P.version);
			else {
				fields.criteria = version.id;
				for (const stage of stages) {
					const l = row[`${stage}_likelihood`];
					const i = row[`${stage}_impact`];
					if ((l === null) !== (i === null)) add(l === null ? `${stage}_likelihood` : `${stage}_impact`, P.pair);
					const check = (key: RegisterColumn, value: unknown, max: number) => {
						if (value !== null && !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max))
							add(key, P.rating(max));
					};
					check(`${stage}_likelihood`, l, version.content.likelihood.length);
					check(`${stage}_impact`, i, version.content.impact.length);
					fields[`${stage}_likelihood`] = typeof l === 'number' ? l : 0;
					fields[`${stage}_impact`] = typeof i === 'number' ? i : 0;
				}
			}
		}
		changes.push({ row: line, id, fields });
	});
	return problems.length ? { ok: false, problems } : { ok: true, changes };
}
