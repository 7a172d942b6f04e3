/** The improvement actions as XLSX or CSV (every action, open or closed), read with the user's own token. */
import { actionsSheet, actionsSheetRows } from '$lib/domain/plans/actions-sheet';
import { buildSheet } from '$lib/domain/exports/sheet';
import { now } from '$lib/server/clock';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import { checklistItems, storedItemRefs } from '$lib/server/plans/actions';
import type { ActionRecord } from '$lib/server/plans/exercise-records';
import { riskOptions } from '$lib/server/plans/risk-options';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { pb } = locals.session;
	const { format, lang } = sheetRequest(url);
	const byOrg = pb.filter('organisation = {:org}', { org: params.org });
	const [actions, exercises, incidents, risks, items, today] = await Promise.all([
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: byOrg, sort: 'due_date,created' }),
		pb.collection('exercises').getFullList<{ id: string; title: string }>({ filter: byOrg, fields: 'id,title' }),
		pb.collection('incidents').getFullList<{ id: string; title: string }>({ filter: byOrg, fields: 'id,title' }),
		riskOptions(pb, params.org),
		checklistItems(pb, params.org, lang),
		now()
	]);
	const titles = new Map([...exercises, ...incidents].map((r) => [r.id, r.title]));
	const rows = actionsSheetRows(
		actions.map((a) => ({
			...a,
			origin: titles.get(a.exercise || a.incident || '') ?? '',
			risks: a.risks ?? [],
			items: storedItemRefs(a.checklist_items).map((ref) => (items.get(ref) ? `${ref} ${items.get(ref)}` : ref))
		})),
		risks,
		today,
		lang
	);
	const day = today.toISOString().slice(0, 10);
	return sheetDownload(
		[buildSheet(actionsSheet, rows, lang)],
		format,
		`${lang === 'ja' ? '改善措置' : 'improvement-actions'}-${day}`,
		`improvement-actions-${day}`
	);
};
