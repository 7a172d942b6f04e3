/** OSCAL assessment-results: `?assessment=<id>` for one self-check, else every fiscal year's latest revision. */
import { assessmentResults } from '$lib/domain/exports/oscal/assessment-results';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { orgAccess } from '$lib/server/exports/access';
import { sheetRequest } from '$lib/server/exports/download';
import { jsonDownload, snapshotsFor } from '$lib/server/exports/oscal';
import { uuidV5 } from '$lib/server/exports/uuid';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const notFound = messagesFor(locals.session.lang).exports.errors.assessmentNotFound;
	const snapshots = await snapshotsFor(locals.session.pb, params.org, url.searchParams.get('assessment'), notFound);
	const at = (await now()).toISOString();
	const { lang } = sheetRequest(url);
	return jsonDownload(assessmentResults(snapshots, lang, at, uuidV5), `oscal-assessment-results-${at.slice(0, 10)}`);
};
