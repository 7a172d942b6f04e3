/**
 * Risk treatment actions, improvement actions and risk acceptances as XLSX
 * or CSV (one sheet each; `?format=`, `?lang=` as every spreadsheet export),
 * read with the user's own token.
 */
import { error } from '@sveltejs/kit';
import {
	acceptanceRows,
	acceptancesSheet,
	improvementActionsSheet,
	improvementRows,
	treatmentActionRows,
	treatmentActionsSheet,
	type ImprovementInput
} from '$lib/domain/exports/action-sheets';
import { buildSheet, type Sheet, type SheetLanguage } from '$lib/domain/exports/sheet';
import { messagesFor } from '$lib/i18n';
import { now as serverNow } from '$lib/server/clock';
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import type { ActionRecord, ExerciseRecord } from '$lib/server/plans/exercise-records';
import type { IncidentRecord } from '$lib/server/plans/incident-records';
import { iso } from '$lib/server/risks/records';
import { loadRiskSnapshot } from '$lib/server/risks/report-snapshot';
import type PocketBase from 'pocketbase';
import type { RequestHandler } from './$types';

const KINDS = {
	'treatment-actions': { ja: 'リスク対応策', en: 'risk-treatment-actions' },
	'improvement-actions': { ja: '改善策', en: 'improvement-actions' },
	acceptances: { ja: 'リスク受容', en: 'risk-acceptances' }
} as const;
type Kind = keyof typeof KINDS;
const isKind = (k: string): k is Kind => Object.hasOwn(KINDS, k);

async function improvements(pb: PocketBase, org: string, lang: SheetLanguage): Promise<Sheet> {
	const filter = pb.filter('organisation = {:org}', { org });
	const [actions, exercises, incidents, now] = await Promise.all([
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter, sort: 'due_date,created' }),
		pb.collection('exercises').getFullList<ExerciseRecord>({ filter, fields: 'id,title' }),
		pb.collection('incidents').getFullList<IncidentRecord>({ filter, fields: 'id,title' }),
		serverNow()
	]);
	const titles = new Map([...exercises, ...incidents].map((r) => [r.id, r.title]));
	const input: ImprovementInput[] = actions.map((a) => ({
		source: a.source,
		origin: titles.get(a.source === 'incident' ? (a.incident ?? '') : a.exercise) ?? '',
		finding: a.finding,
		action: a.action,
		owner: a.owner,
		dueDate: a.due_date ? a.due_date.slice(0, 10) : null,
		status: a.status,
		closedAt: a.closed_at ? iso(a.closed_at) : null
	}));
	return buildSheet(improvementActionsSheet, improvementRows(input, now, lang), lang);
}

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	if (!isKind(params.kind)) error(404, messagesFor(locals.session.lang).common.notFound);
	const { format, lang } = sheetRequest(url);
	const { pb } = locals.session;
	let sheet: Sheet;
	if (params.kind === 'improvement-actions') sheet = await improvements(pb, params.org, lang);
	else {
		const snap = await loadRiskSnapshot(pb, params.org);
		sheet =
			params.kind === 'acceptances'
				? buildSheet(acceptancesSheet, acceptanceRows(snap, lang), lang)
				: buildSheet(treatmentActionsSheet, treatmentActionRows(snap, lang), lang);
	}
	const day = (await serverNow()).toISOString().slice(0, 10);
	const names = KINDS[params.kind];
	return sheetDownload([sheet], format, `${lang === 'ja' ? names.ja : names.en}-${day}`, `${names.en}-${day}`);
};
