/**
 * Reads what the OSCAL exports need, with the user's own token: the
 * organisation's self-checks (the latest revision of each fiscal year, as
 * report snapshots) and checklists; and answers a JSON download.
 */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import { downloadResponse } from './download';

export const OSCAL_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The self-checks of an organisation, latest revision per fiscal year, oldest first. */
export async function latestPerYear(pb: PocketBase, orgId: string): Promise<AssessmentRecord[]> {
	const all = await pb.collection('assessments').getFullList<AssessmentRecord>({
		filter: pb.filter('organisation = {:o}', { o: orgId }),
		sort: 'fiscal_year,revision',
		fields: 'id,organisation,fiscal_year,revision,status'
	});
	const byYear = new Map<number, AssessmentRecord>();
	for (const a of all) byYear.set(a.fiscal_year, a);
	return [...byYear.values()];
}

/**
 * The snapshots of the given self-check, or of every fiscal year's latest
 * revision (only the newest year's with `newestOnly`); 404 when there is none.
 */
export async function snapshotsFor(
	pb: PocketBase,
	orgId: string,
	assessment: string | null,
	notFound: string,
	newestOnly = false
): Promise<SelfCheckSnapshot[]> {
	const years = assessment ? [] : (await latestPerYear(pb, orgId)).map((a) => a.id);
	const ids = assessment ? [assessment] : newestOnly ? years.slice(-1) : years;
	if (ids.length === 0) error(404, notFound);
	const snapshots: SelfCheckSnapshot[] = [];
	for (const id of ids) {
		let snap: SelfCheckSnapshot;
		try {
			snap = await loadSelfCheckSnapshot(pb, id);
		} catch (err) {
			if ((err as { status?: number }).status === 404) error(404, notFound);
			throw err;
		}
		if (snap.organisation.id !== orgId) error(404, notFound);
		snapshots.push(snap);
	}
	return snapshots;
}

export function jsonDownload(document: unknown, basename: string): Response {
	return downloadResponse(`${JSON.stringify(document, null, 2)}\n`, { filename: `${basename}.json`, contentType: OSCAL_CONTENT_TYPE });
}
