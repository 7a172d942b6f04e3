/** Reading answers and comments, and turning records into the views the pages use. */
import type PocketBase from 'pocketbase';
import { readMappedFrom } from '$lib/domain/checklists/crosswalk/mapped-from';
import type { AnswerView, CommentView } from '$lib/domain/selfcheck/view/types';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import type { AnswerRecord, ReviewCommentRecord, StoredAnswerView } from './records';

/** PocketBase dates come as "2026-05-01 00:00:00.000Z"; forms use YYYY-MM-DD. */
export const dateOnly = (value: string | null | undefined): string => (value ? value.slice(0, 10) : '');

/** @param names who saved answers (userNames), for records read without the `updated_by` expand */
export function answerView(record: AnswerRecord, names?: ReadonlyMap<string, string>): AnswerView {
	const mappedFrom = readMappedFrom(record.mapped_from);
	return {
		id: record.id,
		status: record.status,
		justification: record.justification ?? '',
		notes: record.notes ?? '',
		owner: record.owner ?? '',
		targetDate: dateOnly(record.target_date),
		carriedOver: !!record.carried_over,
		version: record.version ?? 0,
		updated: record.updated ?? '',
		updatedBy: record.expand?.updated_by?.name || record.expand?.updated_by?.email || names?.get(record.updated_by) || '',
		...(mappedFrom.length > 0 ? { mappedFrom } : {})
	};
}

/** The stored answer sent with a 409 by pb_hooks (answerView there). */
export function storedAnswerView(stored: StoredAnswerView): AnswerView {
	return {
		id: stored.id,
		status: stored.status,
		justification: stored.justification ?? '',
		notes: stored.notes ?? '',
		owner: stored.owner ?? '',
		targetDate: dateOnly(stored.target_date),
		carriedOver: false,
		version: stored.version,
		updated: stored.updated,
		updatedBy: stored.updated_by_name ?? ''
	};
}

export const ANSWER_EXPAND = { expand: 'updated_by', fields: '*,expand.updated_by.name,expand.updated_by.email' };

/**
 * Display names of users by id, in one query (a handful of people save the
 * answers of an assessment: cheaper than expanding `updated_by` on each answer).
 */
export async function userNames(pb: PocketBase, ids: readonly string[]): Promise<Map<string, string>> {
	const unique = [...new Set(ids.filter((id) => id))];
	if (unique.length === 0) return new Map();
	const users = await pb.collection('users').getFullList<{ id: string; name?: string; email?: string }>({
		filter: unique.map((id, i) => pb.filter(`id = {:u${i}}`, { [`u${i}`]: id })).join(' || '),
		fields: 'id,name,email'
	});
	return new Map(users.map((u) => [u.id, u.name || u.email || '']));
}

/** Answers of an assessment keyed by item key. */
export async function readAnswers(pb: PocketBase, assessment: string): Promise<Record<string, AnswerView>> {
	const records = await pb.collection('answers').getFullList<AnswerRecord>({
		filter: pb.filter('assessment = {:a}', { a: assessment })
	});
	const names = await userNames(
		pb,
		records.map((r) => r.updated_by)
	);
	return Object.fromEntries(records.map((r) => [itemKey(r.checklist, r.item_id), answerView(r, names)]));
}

/** Only the statuses and whether they are unconfirmed carry-overs (for scores and progress of other assessments). */
export async function readStatuses(
	pb: PocketBase,
	filter: string
): Promise<Pick<AnswerRecord, 'assessment' | 'checklist' | 'item_id' | 'status' | 'carried_over'>[]> {
	return pb.collection('answers').getFullList({ filter, fields: 'assessment,checklist,item_id,status,carried_over' });
}

export function commentView(record: ReviewCommentRecord): CommentView {
	return {
		id: record.id,
		key: record.checklist && record.item_id ? itemKey(record.checklist, record.item_id) : '',
		itemId: record.item_id ?? '',
		body: record.body,
		author: record.author_name ?? '',
		created: record.created
	};
}

/** @param expanded the comments when already read (expandedList), in any order */
export async function readComments(pb: PocketBase, assessment: string, expanded?: ReviewCommentRecord[]): Promise<CommentView[]> {
	const records =
		expanded ??
		(await pb.collection('review_comments').getFullList<ReviewCommentRecord>({
			filter: pb.filter('assessment = {:a}', { a: assessment }),
			sort: 'created'
		}));
	const byTime = expanded ? [...records].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)) : records;
	return byTime.map(commentView);
}
