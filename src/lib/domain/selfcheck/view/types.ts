/** Shapes the self-check pages share between server and browser. Pure types. */
import type { MappedSource } from '../../checklists/crosswalk/mapped-from';
import type { Classification, Localized } from '../../checklists/schema';
import type { AnswerStatus } from '../answers';
import type { ScoreGroupName } from '../groups';

/** One item of an assessment, independent of the display language. */
export interface AssessmentItem {
	/** `${pinnedId}:${itemId}`: unique within an assessment. */
	key: string;
	/** Record id of the pinned checklist copy (answers refer to it). */
	pinnedId: string;
	/** The checklist's own id, e.g. `cross-sector` (stable across years). */
	checklistId: string;
	itemId: string;
	/** Top-level section id, e.g. `GOV`. */
	sectionId: string;
	/** `${checklistId}:${sectionId}`: unique within an assessment. */
	sectionKey: string;
	classification: Classification;
	/** The group it is scored in (a leading-operator measure is its own group). */
	group: ScoreGroupName;
	title: Localized;
}

/** An item as the answering page shows it, in the page's language. */
export interface ItemView extends AssessmentItem {
	/** Guidance rendered from Markdown with raw HTML disabled. */
	guidanceHtml: string;
	evidence: string[];
	/** Titles of the nested sections below the top-level one (may be empty). */
	subsection: string;
}

/** A top-level section of one checklist in an assessment. */
export interface SectionView {
	key: string;
	checklistId: string;
	sectionId: string;
	title: Localized;
	checklistTitle: Localized;
}

/** A stored answer as the pages use it; a missing answer means unanswered. */
export interface AnswerView {
	id: string;
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	/** YYYY-MM-DD or ''. */
	targetDate: string;
	carriedOver: boolean;
	version: number;
	/** PocketBase timestamp of the last save. */
	updated: string;
	/** Name of who saved it last ('' when unknown). */
	updatedBy: string;
	/** The previous answers this one came from through a crosswalk (empty or absent: not mapped). */
	mappedFrom?: MappedSource[];
}

/** The fields a person edits. */
export interface AnswerFields {
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	targetDate: string;
}

export interface CommentView {
	id: string;
	/** '' for a general comment. */
	key: string;
	itemId: string;
	body: string;
	author: string;
	created: string;
}

export const itemKey = (pinnedId: string, itemId: string): string => `${pinnedId}:${itemId}`;
export const sectionKey = (checklistId: string, sectionId: string): string => `${checklistId}:${sectionId}`;
