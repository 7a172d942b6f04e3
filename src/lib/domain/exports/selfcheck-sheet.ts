/**
 * A self-check's answers as a spreadsheet, built from the same snapshot the
 * self-check report uses (reports/selfcheck/snapshot.ts): one row per item
 * asked, in checklist order, and a summary sheet (organisation, fiscal year,
 * status, sign-off, general comments).
 */
import { CLASSIFICATION_NAMES } from '../checklists/schema';
import { fiscalYearLabel } from '../fiscal-year';
import { SELFCHECK_STRINGS } from '../reports/selfcheck/i18n';
import { organisationNameIn, type SelfCheckSnapshot } from '../reports/selfcheck/snapshot';
import { OPERATOR_CLASS_NAMES, sectorByCode } from '../sectors';
import { ANSWER_STATUS_LABELS } from '../selfcheck/answers';
import { buildSheet, defineSheet, japanDateTime, type Sheet, type SheetLanguage } from './sheet';

export const answersSheet = defineSheet({
	name: { ja: '回答', en: 'Answers' },
	columns: [
		{ key: 'checklist', header: { ja: 'チェックリスト', en: 'Checklist' }, type: 'text', width: 24 },
		{ key: 'section', header: { ja: '項目群', en: 'Section' }, type: 'text', width: 24 },
		{ key: 'itemId', header: { ja: '項目ID', en: 'Item ID' }, type: 'text' },
		{ key: 'title', header: { ja: '項目', en: 'Item' }, type: 'text', width: 40 },
		{ key: 'classification', header: { ja: '区分', en: 'Classification' }, type: 'text' },
		{ key: 'status', header: { ja: '回答', en: 'Answer' }, type: 'text' },
		{ key: 'justification', header: { ja: '理由', en: 'Justification' }, type: 'text', width: 40 },
		{ key: 'notes', header: { ja: 'メモ', en: 'Notes' }, type: 'text', width: 40 },
		{ key: 'owner', header: { ja: '担当者', en: 'Owner' }, type: 'text' },
		{ key: 'targetDate', header: { ja: '対応予定日', en: 'Target date' }, type: 'date', width: 12 },
		{ key: 'carriedOver', header: { ja: '前年度から引継ぎ（未確認）', en: 'Carried over, not confirmed' }, type: 'boolean', width: 14 },
		{ key: 'evidence', header: { ja: '証跡', en: 'Evidence' }, type: 'text', width: 30 },
		{ key: 'comments', header: { ja: 'レビューコメント', en: 'Review comments' }, type: 'text', width: 40 }
	]
});

export const summarySheet = defineSheet({
	name: { ja: '概要', en: 'Summary' },
	columns: [
		{ key: 'field', header: { ja: '項目', en: 'Field' }, type: 'text', width: 24 },
		{ key: 'value', header: { ja: '内容', en: 'Value' }, type: 'text', width: 60 }
	]
});

type Comment = SelfCheckSnapshot['comments'][number];

function commentText(comment: Comment, lang: SheetLanguage): string {
	const role = SELFCHECK_STRINGS[lang].roles[comment.role];
	const who = role ? `${comment.authorName}（${role}）` : comment.authorName;
	return `${japanDateTime(new Date(comment.createdAt)).slice(0, 16)} ${who}: ${comment.body}`;
}

export function answersSheetFor(snap: SelfCheckSnapshot, lang: SheetLanguage): Sheet {
	const s = SELFCHECK_STRINGS[lang];
	const checklists = new Map(snap.assessment.checklists.map((c) => [c.id, s.checklistName(c.title[lang], c.version)]));
	const sections = new Map(snap.sections.map((x) => [`${x.checklistId}/${x.sectionId}`, `${x.sectionId} ${x.title[lang]}`]));
	const comments = new Map<string, string[]>();
	for (const c of snap.comments) if (c.itemId) comments.set(c.itemId, [...(comments.get(c.itemId) ?? []), commentText(c, lang)]);
	return buildSheet(
		answersSheet,
		snap.items.map((item) => ({
			checklist: checklists.get(item.checklistId) ?? item.checklistId,
			section: sections.get(`${item.checklistId}/${item.sectionId}`) ?? item.sectionId,
			itemId: item.itemId,
			title: item.title[lang],
			classification: CLASSIFICATION_NAMES[item.classification][lang],
			status: ANSWER_STATUS_LABELS[item.answer.status][lang],
			justification: item.answer.justification,
			notes: item.answer.notes,
			owner: item.answer.owner,
			targetDate: item.answer.targetDate,
			carriedOver: item.answer.carriedOver,
			evidence: item.answer.evidence.map((e) => e.title).join('\n'),
			comments: (comments.get(item.itemId) ?? []).join('\n')
		})),
		lang
	);
}

export function selfCheckSummarySheet(snap: SelfCheckSnapshot, lang: SheetLanguage): Sheet {
	const s = SELFCHECK_STRINGS[lang];
	const ja = lang === 'ja';
	const rows: [string, string][] = [
		[ja ? '組織' : 'Organisation', organisationNameIn(snap, lang)],
		[ja ? '分野' : 'Sector', sectorByCode(snap.organisation.sector).name[lang]],
		[ja ? '事業者区分' : 'Operator class', OPERATOR_CLASS_NAMES[snap.organisation.operatorClass][lang]],
		[ja ? '年度' : 'Fiscal year', fiscalYearLabel(snap.assessment.fiscalYear, lang)],
		[s.profile.revision, String(snap.assessment.revision)],
		[s.profile.status, s.assessmentStatus[snap.assessment.status]],
		[s.profile.checklists, snap.assessment.checklists.map((c) => s.checklistName(c.title[lang], c.version)).join('\n')],
		[ja ? '項目数' : 'Items', String(snap.items.length)]
	];
	if (snap.signoff) {
		rows.push(
			[ja ? '署名者' : 'Signed by', snap.signoff.signerName],
			[ja ? '署名日時（日本時間）' : 'Signed at (Japan time)', japanDateTime(new Date(snap.signoff.signedAt))],
			[ja ? '署名内容のSHA-256' : 'SHA-256 of the signed content', snap.signoff.contentSha256]
		);
	}
	for (const c of snap.comments)
		if (!c.itemId) rows.push([`${s.commentGeneral}: ${ja ? 'レビューコメント' : 'review comment'}`, commentText(c, lang)]);
	rows.push([ja ? '書き出し日時（日本時間）' : 'Exported at (Japan time)', japanDateTime(new Date(snap.generatedAt))]);
	return buildSheet(
		summarySheet,
		rows.map(([field, value]) => ({ field, value })),
		lang
	);
}

/** Both sheets: answers first (the CSV download holds only the first). */
export function selfCheckWorkbook(snap: SelfCheckSnapshot, lang: SheetLanguage): Sheet[] {
	return [answersSheetFor(snap, lang), selfCheckSummarySheet(snap, lang)];
}
