/**
 * The controls a risk can rely on: the items of the organisation's latest
 * self-check (highest fiscal year, then revision — the same rule the
 * acceptance snapshot uses, pb_hooks/lib/risk-acceptance.js), each with its
 * current answer.
 */
import type PocketBase from 'pocketbase';
import type { Localized } from '$lib/domain/sectors';
import type { AnswerStatus } from '$lib/domain/selfcheck/answers';
import { assessmentItems, type Applicant } from '$lib/domain/selfcheck/view/items';
import { readPinnedOrUnreadable } from '$lib/server/selfcheck/pinned';
import type { AnswerRecord, AssessmentRecord } from '$lib/server/selfcheck/records';

export type ControlStatus = AnswerStatus | 'not_in_selfcheck';

export interface ControlItem {
	/** "<checklist id>:<item id>" */
	key: string;
	title: Localized;
	section: Localized;
	status: AnswerStatus;
}

export interface Controls {
	assessment: { id: string; fiscalYear: number } | null;
	items: ControlItem[];
	status(key: string): ControlStatus;
}

export async function latestControls(pb: PocketBase, org: string, applicant: Applicant): Promise<Controls> {
	const latest = await pb.collection('assessments').getList<AssessmentRecord>(1, 1, {
		filter: pb.filter('organisation = {:org}', { org }),
		sort: '-fiscal_year,-revision'
	});
	const assessment = latest.items[0];
	if (!assessment) return { assessment: null, items: [], status: () => 'not_in_selfcheck' };
	const [pinned, answers] = await Promise.all([
		// a checklist whose stored content is unreadable contributes no controls (its page says why)
		readPinnedOrUnreadable(pb, assessment.checklists).then((r) => r.pinned),
		pb.collection('answers').getFullList<AnswerRecord>({
			filter: pb.filter('assessment = {:a}', { a: assessment.id }),
			fields: 'checklist,item_id,status',
			batch: 1000
		})
	]);
	const logical = new Map(pinned.map((p) => [p.head.id, p.checklist.id]));
	const status = new Map(answers.map((a) => [`${logical.get(a.checklist)}:${a.item_id}`, a.status]));
	const items = pinned.flatMap(({ head, checklist }) =>
		assessmentItems(head.id, checklist, applicant).map((item) => {
			const key = `${checklist.id}:${item.itemId}`;
			return { key, title: item.title, section: item.flat.sectionPath[0].title, status: status.get(key) ?? 'unanswered' };
		})
	);
	const known = new Map(items.map((i) => [i.key, i.status]));
	return {
		assessment: { id: assessment.id, fiscalYear: assessment.fiscal_year },
		items,
		status: (key) => known.get(key) ?? 'not_in_selfcheck'
	};
}
