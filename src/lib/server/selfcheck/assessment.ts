/** Everything the answering page of one assessment needs, read with the user's own token. */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { Lang } from '$lib/i18n';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import { statusLookup, yearAnswers } from '$lib/domain/selfcheck/view/scores';
import type { YearAnswer } from '$lib/domain/selfcheck/scoring';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import { statusOf } from '$lib/server/pocketbase';
import { readAnswers, readComments, readStatuses } from './answers';
import { renderMarkdown } from './markdown';
import { itemViews, plainItems, readPinned } from './pinned';
import type { AssessmentRecord, SignoffRecord } from './records';

export interface RevisionLink {
	id: string;
	revision: number;
	status: AssessmentRecord['status'];
}

export interface PreviousYear {
	id: string;
	fiscalYear: number;
	revision: number;
	status: AssessmentRecord['status'];
	answers: YearAnswer[];
}

export async function readAssessment(pb: PocketBase, org: string, id: string): Promise<AssessmentRecord> {
	try {
		const record = await pb.collection('assessments').getOne<AssessmentRecord>(id);
		if (record.organisation !== org) error(404, 'self-check not found');
		return record;
	} catch (err) {
		if (statusOf(err) === 404) error(404, 'self-check not found');
		throw err;
	}
}

async function previousYear(pb: PocketBase, id: string, org: Applicant): Promise<PreviousYear | null> {
	if (!id) return null;
	let record: AssessmentRecord;
	try {
		record = await pb.collection('assessments').getOne<AssessmentRecord>(id);
	} catch {
		return null;
	}
	const [pinned, statuses] = await Promise.all([
		readPinned(pb, record.checklists),
		readStatuses(pb, pb.filter('assessment = {:a}', { a: record.id }))
	]);
	const byKey = new Map(statuses.map((s) => [itemKey(s.checklist, s.item_id), s]));
	return {
		id: record.id,
		fiscalYear: record.fiscal_year,
		revision: record.revision,
		status: record.status,
		answers: yearAnswers(plainItems(pinned, org), statusLookup(byKey))
	};
}

/**
 * @param canEdit whether the user may answer (security team); answers of a
 *   page the user only reads come with their notes rendered from Markdown.
 */
export async function loadAssessmentPage(pb: PocketBase, orgId: string, id: string, org: Applicant, lang: Lang, canEdit: boolean) {
	const assessment = await readAssessment(pb, orgId, id);
	const [pinned, answers, comments, signoffs, revisions, previous] = await Promise.all([
		readPinned(pb, assessment.checklists),
		readAnswers(pb, assessment.id),
		readComments(pb, assessment.id),
		pb.collection('signoffs').getFullList<SignoffRecord>({
			filter: pb.filter('subject_collection = "assessments" && subject_id = {:id}', { id: assessment.id })
		}),
		pb.collection('assessments').getFullList<RevisionLink>({
			filter: pb.filter('organisation = {:o} && fiscal_year = {:y}', { o: orgId, y: assessment.fiscal_year }),
			fields: 'id,revision,status',
			sort: 'revision'
		}),
		previousYear(pb, assessment.previous, org)
	]);
	const { items, sections } = itemViews(pinned, org, lang);
	const used = new Set(items.map((i) => i.sectionKey));
	const readOnly = !(canEdit && assessment.status === 'draft');
	const notesHtml: Record<string, string> = {};
	if (readOnly) for (const [key, answer] of Object.entries(answers)) if (answer.notes.trim()) notesHtml[key] = renderMarkdown(answer.notes);
	return {
		assessment,
		checklists: pinned.map((p) => p.head),
		items,
		sections: sections.filter((s) => used.has(s.key)),
		answers,
		notesHtml,
		comments,
		signoff: signoffs[0] ?? null,
		revisions,
		previous
	};
}
