/** The self-check list: every assessment of the organisation with its progress and scores. */
import type PocketBase from 'pocketbase';
import type { Progress, ScoreGroup } from '$lib/domain/selfcheck/scoring';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import { scoreAssessment, statusLookup, unconfirmedLookup } from '$lib/domain/selfcheck/view/scores';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import { splitByAdoption } from '$lib/domain/selfcheck/adoption';
import { readAdoptions } from './adoption-read';
import { readStatuses } from './answers';
import { plainItems, readPinnedOrUnreadable } from './pinned';
import type { AssessmentRecord } from './records';

export interface AssessmentSummary {
	id: string;
	fiscalYear: number;
	revision: number;
	status: AssessmentRecord['status'];
	updated: string;
	signedAt: string;
	previous: string;
	progress: Progress;
	score: ScoreGroup;
	/** A checklist it uses has unreadable stored content: progress and score are not counted. */
	unreadable: boolean;
}

export async function summarizeAssessments(pb: PocketBase, orgId: string, org: Applicant): Promise<AssessmentSummary[]> {
	const assessments = await pb.collection('assessments').getFullList<AssessmentRecord>({
		filter: pb.filter('organisation = {:o}', { o: orgId }),
		sort: '-fiscal_year,-revision'
	});
	if (assessments.length === 0) return [];
	const [{ pinned, unreadable }, statuses, adoptions] = await Promise.all([
		readPinnedOrUnreadable(
			pb,
			assessments.flatMap((a) => a.checklists)
		),
		readStatuses(pb, pb.filter('organisation = {:o}', { o: orgId })),
		readAdoptions(pb, orgId, assessments)
	]);
	const pinnedById = new Map(pinned.map((p) => [p.head.id, p]));
	const unreadableIds = new Set(unreadable.map((h) => h.id));
	const byAssessment = new Map<string, Map<string, (typeof statuses)[number]>>();
	for (const s of statuses) {
		const map = byAssessment.get(s.assessment) ?? new Map();
		map.set(itemKey(s.checklist, s.item_id), s);
		byAssessment.set(s.assessment, map);
	}
	return assessments.map((a) => {
		const all = plainItems(
			a.checklists.flatMap((id) => pinnedById.get(id) ?? []),
			org
		);
		const adoption = adoptions.get(a.id);
		const items = adoption ? splitByAdoption(all, adoption).counted : all;
		const answers = byAssessment.get(a.id) ?? new Map();
		const { score, progress } = scoreAssessment(items, statusLookup(answers), unconfirmedLookup(answers));
		return {
			id: a.id,
			fiscalYear: a.fiscal_year,
			revision: a.revision,
			status: a.status,
			updated: a.updated,
			signedAt: a.signed_at,
			previous: a.previous,
			progress,
			score,
			unreadable: a.checklists.some((id) => unreadableIds.has(id))
		};
	});
}
