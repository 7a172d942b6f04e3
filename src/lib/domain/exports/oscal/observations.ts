/**
 * One self-check answer as an OSCAL observation (the answer, justification,
 * owner and target date as the organisation recorded them; its evidence as
 * relevant evidence with the file's SHA-256 when there is one) and, for
 * answered or unanswered items that apply, a finding on the item:
 *   implemented, alternative           → satisfied (reason names which)
 *   partial, not_implemented, unanswered → not-satisfied
 *   not_applicable                     → no finding (nothing to assess)
 * Shared by assessment-results and the POA&M.
 */
import { CLASSIFICATION_NAMES } from '../../checklists/schema';
import type { SelfCheckSnapshot, SnapshotItem } from '../../reports/selfcheck/snapshot';
import { ANSWER_STATUS_LABELS, type AnswerStatus } from '../../selfcheck/answers';
import { oscalDateTime, oscalDayStart, prop, singleLine, type OscalProp, type UuidFor } from './common';

export type Lang = 'ja' | 'en';

const STATE: Record<AnswerStatus, 'satisfied' | 'not-satisfied' | null> = {
	implemented: 'satisfied',
	alternative: 'satisfied',
	partial: 'not-satisfied',
	not_implemented: 'not-satisfied',
	unanswered: 'not-satisfied',
	not_applicable: null
};

const LABELS: Record<Lang, { answer: string; justification: string; notes: string; owner: string; targetDate: string }> = {
	ja: { answer: '回答', justification: '理由', notes: 'メモ', owner: '担当者', targetDate: '対応予定日' },
	en: { answer: 'Answer', justification: 'Justification', notes: 'Notes', owner: 'Owner', targetDate: 'Target date' }
};

export const itemKey = (snap: SelfCheckSnapshot, item: SnapshotItem): string => `${snap.assessment.id}:${item.checklistId}:${item.itemId}`;

export const itemTitle = (item: SnapshotItem, lang: Lang): string => singleLine(`${item.itemId} ${item.title[lang]}`);

/** When the answers were taken as final: the sign-off, else the time of the export. */
export const collectedAt = (snap: SelfCheckSnapshot): string => oscalDateTime(snap.signoff?.signedAt ?? snap.generatedAt);

export function answerDescription(item: SnapshotItem, lang: Lang): string {
	const l = LABELS[lang];
	const { answer } = item;
	const lines = [`${l.answer}: ${ANSWER_STATUS_LABELS[answer.status][lang]}`];
	if (answer.justification) lines.push(`${l.justification}: ${answer.justification}`);
	if (answer.owner) lines.push(`${l.owner}: ${answer.owner}`);
	if (answer.targetDate) lines.push(`${l.targetDate}: ${answer.targetDate}`);
	if (answer.notes) lines.push(`${l.notes}:\n\n${answer.notes}`);
	return lines.join('\n\n');
}

export function answerProps(item: SnapshotItem): OscalProp[] {
	const { answer } = item;
	return [
		prop('checklist', item.checklistId),
		prop('classification', item.classification),
		prop('answer', answer.status),
		...(answer.carriedOver ? [prop('carried-over', 'true')] : []),
		...(answer.owner.trim() ? [prop('owner', singleLine(answer.owner))] : []),
		...(answer.targetDate ? [prop('target-date', answer.targetDate)] : [])
	];
}

export function observation(snap: SelfCheckSnapshot, item: SnapshotItem, lang: Lang, uuid: UuidFor) {
	const evidence = item.answer.evidence;
	return {
		uuid: uuid(`observation:${itemKey(snap, item)}`),
		title: itemTitle(item, lang),
		description: answerDescription(item, lang),
		props: answerProps(item),
		methods: ['EXAMINE'],
		types: ['control-objective'],
		...(evidence.length
			? {
					'relevant-evidence': evidence.map((e) => ({
						description: e.title.trim() || e.id,
						props: [prop('evidence-id', e.id), ...(e.revision ? [prop('sha256', e.revision.sha256)] : [])]
					}))
				}
			: {}),
		collected: collectedAt(snap)
	};
}

export function finding(snap: SelfCheckSnapshot, item: SnapshotItem, lang: Lang, uuid: UuidFor) {
	const state = STATE[item.answer.status];
	if (state === null) return null;
	return {
		uuid: uuid(`finding:${itemKey(snap, item)}`),
		title: itemTitle(item, lang),
		description: `${CLASSIFICATION_NAMES[item.classification][lang]} · ${ANSWER_STATUS_LABELS[item.answer.status][lang]}`,
		props: answerProps(item),
		target: {
			type: 'objective-id',
			'target-id': item.itemId,
			status: { state, reason: item.answer.status.replace('_', '-') }
		},
		'related-observations': [{ 'observation-uuid': uuid(`observation:${itemKey(snap, item)}`) }]
	};
}

/** An open gap: partly or not implemented (what a POA&M plans to close). */
export const isGap = (item: SnapshotItem): boolean => item.answer.status === 'partial' || item.answer.status === 'not_implemented';

export const dayStart = (date: string | null): string | undefined => (date ? oscalDayStart(date) : undefined);
