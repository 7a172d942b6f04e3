/** OSCAL plan of action and milestones from a self-check (`?assessment=<id>`, default the latest fiscal year). */
import { error } from '@sveltejs/kit';
import { poam } from '$lib/domain/exports/oscal/poam';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { orgAccess } from '$lib/server/exports/access';
import { sheetRequest } from '$lib/server/exports/download';
import { jsonDownload, snapshotsFor } from '$lib/server/exports/oscal';
import { uuidV5 } from '$lib/server/exports/uuid';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const m = messagesFor(locals.session.lang).exports.errors;
	const snapshots = await snapshotsFor(locals.session.pb, params.org, url.searchParams.get('assessment'), m.assessmentNotFound, true);
	const snap = snapshots[snapshots.length - 1];
	const at = (await now()).toISOString();
	const { lang } = sheetRequest(url);
	const doc = poam(snap, lang, at, uuidV5);
	if (!doc) error(409, m.noOpenGaps);
	return jsonDownload(doc, `oscal-poam-FY${snap.assessment.fiscalYear}-r${snap.assessment.revision}`);
};
