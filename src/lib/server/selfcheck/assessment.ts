/** Everything the answering page of one assessment needs, read with the user's own token. */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { Lang } from '$lib/i18n';
import { isAdopted, splitByAdoption, type Adoption, type AdoptionMode } from '$lib/domain/selfcheck/adoption';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import { statusLookup, yearAnswers } from '$lib/domain/selfcheck/view/scores';
import type { YearAnswer } from '$lib/domain/selfcheck/scoring';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import { statusOf } from '$lib/server/pocketbase';
import { readAdoption } from './adoption-read';
import { readAnswers, readComments, readStatuses } from './answers';
import { ADOPTIONS_EXPAND, COMMENTS_EXPAND, expandedList } from './expanded';
import { renderMarkdown } from './markdown';
import { itemViews, plainItems, readPinned, readPinnedOrUnreadable } from './pinned';
import type { AssessmentRecord, SignoffRecord } from './records';

export interface RevisionLink {
	id: string;
	revision: number;
	status: AssessmentRecord['status'];
}

/** A reference item on the adoption panel. */
export interface AdoptionItemView {
	key: string;
	itemId: string;
	title: { ja: string; en: string };
	adopted: boolean;
	reason: string;
	carriedOver: boolean;
}

export interface AdoptionView {
	mode: AdoptionMode;
	items: AdoptionItemView[];
}

export interface PreviousYear {
	id: string;
	fiscalYear: number;
	revision: number;
	status: AssessmentRecord['status'];
	answers: YearAnswer[];
}

export async function readAssessment(pb: PocketBase, org: string, id: string, options?: { expand?: string }): Promise<AssessmentRecord> {
	try {
		const record = await pb.collection('assessments').getOne<AssessmentRecord>(id, options);
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
		record = await pb.collection('assessments').getOne<AssessmentRecord>(id, { expand: ADOPTIONS_EXPAND });
	} catch {
		return null;
	}
	const [{ pinned, unreadable }, statuses, adoption] = await Promise.all([
		readPinnedOrUnreadable(pb, record.checklists, record.organisation),
		readStatuses(pb, pb.filter('assessment = {:a}', { a: record.id })),
		readAdoption(pb, record, expandedList(record, ADOPTIONS_EXPAND))
	]);
	// no comparison with a year whose checklist cannot be read (its own page says why)
	if (unreadable.length > 0) return null;
	const byKey = new Map(statuses.map((s) => [itemKey(s.checklist, s.item_id), s]));
	return {
		id: record.id,
		fiscalYear: record.fiscal_year,
		revision: record.revision,
		status: record.status,
		answers: yearAnswers(splitByAdoption(plainItems(pinned, org), adoption).counted, statusLookup(byKey))
	};
}

/**
 * @param canEdit whether the user may answer (security team); answers of a
 *   page the user only reads come with their notes rendered from Markdown.
 */
export async function loadAssessmentPage(pb: PocketBase, orgId: string, id: string, org: Applicant, lang: Lang, canEdit: boolean) {
	// Comments and adoption decisions come with the assessment (back-relation expands), so that
	// no list request returns nothing: PocketBase delays those when they repeat (see ARCHITECTURE.md).
	const assessment = await readAssessment(pb, orgId, id, { expand: `${COMMENTS_EXPAND},${ADOPTIONS_EXPAND}` });
	const [pinned, answers, comments, signoffs, revisions, previous, adoption] = await Promise.all([
		readPinned(pb, assessment.checklists, assessment.organisation),
		readAnswers(pb, assessment.id),
		readComments(pb, assessment.id, expandedList(assessment, COMMENTS_EXPAND)),
		// only a signed self-check has a sign-off
		assessment.status === 'signed'
			? pb.collection('signoffs').getFullList<SignoffRecord>({
					filter: pb.filter('subject_collection = "assessments" && subject_id = {:id}', { id: assessment.id })
				})
			: Promise.resolve([]),
		pb.collection('assessments').getFullList<RevisionLink>({
			filter: pb.filter('organisation = {:o} && fiscal_year = {:y}', { o: orgId, y: assessment.fiscal_year }),
			fields: 'id,revision,status',
			sort: 'revision'
		}),
		previousYear(pb, assessment.previous, org),
		readAdoption(pb, assessment, expandedList(assessment, ADOPTIONS_EXPAND))
	]);
	delete assessment.expand;
	const views = itemViews(pinned, org, lang);
	// Reference items not adopted are not asked: they are listed on the adoption panel only.
	const { counted: items } = splitByAdoption(views.items, adoption);
	const sections = views.sections;
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
		previous,
		adoption: adoptionView(views.items, adoption)
	};
}

function adoptionView(
	items: readonly { key: string; itemId: string; classification: string; title: { ja: string; en: string } }[],
	adoption: Adoption
): AdoptionView {
	return {
		mode: adoption.mode,
		items: items
			.filter((i) => i.classification === 'reference')
			.map((i) => {
				const decision = adoption.decisions.get(i.key);
				return {
					key: i.key,
					itemId: i.itemId,
					title: i.title,
					adopted: isAdopted(adoption, i.key),
					reason: decision?.reason ?? '',
					carriedOver: decision?.carriedOver ?? false
				};
			})
	};
}
