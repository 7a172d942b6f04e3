/**
 * Labels of the self-check report, in Japanese and English. Both catalogues
 * have the type `SelfCheckStrings`, so a missing key is a compile error.
 * Status and classification names come from the shared constants
 * (selfcheck/answers.ts, checklists/schema.ts), not from here.
 */
import type { ReportLanguage } from '../model';
import type { AssessmentStatus } from './snapshot';

export interface SelfCheckStrings {
	title: string;
	section: {
		summary: string;
		coverage: string;
		yearOverYear: string;
		gaps: string;
		notAdopted: string;
		justifications: string;
		detail: string;
		comments: string;
		signoff: string;
	};
	lead: (fiscalYear: string, revision: number, status: string) => string;
	profile: { operatorClass: string; checklists: string; revision: string; status: string; previous: string };
	assessmentStatus: Record<AssessmentStatus, string>;
	/** The status inside the lead sentence (lower case in English). */
	assessmentStatusInSentence: Record<AssessmentStatus, string>;
	checklistHeader: [string, string, string, string];
	checklistName: (title: string, version: string) => string;
	/** "要検討事項 120・参考事項 26（採用 20）" */
	checklistBreakdown: (parts: { group: string; count: number; adopted?: number }[]) => string;
	group: { consider: string; reference: string; sector: string; leading: string; overall: string };
	scoresTitle: string;
	scoreHeader: [string, string, string, string, string];
	progressTitle: string;
	progressText: (answered: number, total: number, percent: string) => string;
	/** Answered this year, carried over and not confirmed, all items. */
	progressTextUnconfirmed: (confirmed: number, unconfirmed: number, total: number, percent: string) => string;
	unansweredWarning: (count: number) => string;
	unconfirmedWarning: (count: number) => string;
	allAnswered: string;
	scoringNote: string;
	distributionTitle: string;
	distributionAnswer: string;
	total: string;
	sectionScoresTitle: string;
	sectionScoresSection: string;
	sectionScoresAnswered: string;
	coverageIntro: string;
	coverageChartTitle: string;
	coverageCaption: string;
	yoyChartTitle: (previous: string, current: string) => string;
	yoyCaption: (matched: number) => string;
	yoyTableHeader: (previous: string, current: string) => [string, string, string, string];
	noPrevious: string;
	changesTitle: string;
	changesHeader: (previous: string, current: string) => [string, string, string, string];
	noChanges: string;
	onlyInCurrent: (count: number) => string;
	onlyInPrevious: (count: number) => string;
	gapsIntro: string;
	gapsHeader: [string, string, string, string, string, string];
	notAdoptedIntro: string;
	notAdoptedLegacy: string;
	notAdoptedHeader: [string, string, string];
	noNotAdopted: string;
	noReasonGiven: string;
	notSet: string;
	overdue: string;
	noGaps: string;
	justificationsIntro: string;
	justificationsHeader: [string, string, string, string];
	noJustifications: string;
	detailIntro: string;
	item: {
		classification: string;
		answer: string;
		owner: string;
		targetDate: string;
		justification: string;
		evidence: string;
		carriedOver: string;
		/** 'cross-sector 2026.2 GOV-02 (Implemented)' list → the line saying the answer came through a crosswalk. */
		mappedFrom: (sources: string) => string;
		notAdopted: string;
		adoptionReason: string;
	};
	commentsHeader: [string, string, string, string];
	commentGeneral: string;
	noComments: string;
	roles: Record<string, string>;
	signoffIntro: string;
	/** Heading of the statement the executive gave with the signature. */
	statementTitle: string;
	unsignedStatus: (status: string) => string;
}

const ja: SelfCheckStrings = {
	title: '安全基準等 自己検証報告書',
	section: {
		summary: 'エグゼクティブサマリー',
		coverage: '項目群別の実施状況',
		yearOverYear: '前年度との比較',
		gaps: '課題一覧（一部実施・未実施・未回答）',
		notAdopted: '採用しない参考事項',
		justifications: '対象外・代替策の根拠',
		detail: '項目別の回答',
		comments: 'レビューコメント',
		signoff: '承認と署名'
	},
	lead: (fy, revision, status) =>
		`本報告書は、${fy}の安全基準等に基づく自己検証（第${revision}版、${status}）の結果をまとめたものです。評価は事業者自身による自己評価であり、他の事業者との比較を目的とするものではありません。`,
	profile: {
		operatorClass: '事業者区分',
		checklists: '対象チェックリスト',
		revision: '版',
		status: '自己検証の状態',
		previous: '前年度の自己検証'
	},
	assessmentStatus: { draft: '作成中', submitted: '提出済み（署名待ち）', signed: '署名済み' },
	assessmentStatusInSentence: { draft: '作成中', submitted: '提出済み・署名待ち', signed: '署名済み' },
	checklistHeader: ['チェックリスト', '版', '項目数', '内訳'],
	checklistName: (title, version) => `${title}（${version}）`,
	checklistBreakdown: (parts) =>
		parts.map((p) => `${p.group} ${p.count}${p.adopted === undefined ? '' : `（採用 ${p.adopted}）`}`).join('・'),
	group: { consider: '要検討事項', reference: '参考事項（採用分）', sector: '分野固有事項', leading: '先導的取組', overall: '全体' },
	scoresTitle: '達成状況',
	scoreHeader: ['区分', '達成率', '得点／満点', '回答済み／全項目', '前年度比'],
	progressTitle: '回答状況',
	progressText: (answered, total, percent) => `全${total}項目のうち${answered}項目に回答済み（${percent}）`,
	progressTextUnconfirmed: (confirmed, unconfirmed, total, percent) =>
		`全${total}項目のうち${confirmed}項目に今年度回答済み（${percent}）、${unconfirmed}項目は前年度から引き継いだまま今年度未確認`,
	unansweredWarning: (n) => `未回答の項目が${n}件あります。未回答は0点として集計しています。`,
	unconfirmedWarning: (n) =>
		`前年度から引き継いだまま今年度確認されていない回答が${n}件あります。これらは前年度の回答のまま集計しています（各項目に「今年度未確認」と表示）。`,
	allAnswered: 'すべての項目に回答済みです。',
	scoringNote:
		'集計方法：実施・代替策＝1点、一部実施＝0.5点、未実施・未回答＝0点。対象外の項目は満点（分母）から除きます。達成率＝得点÷満点。区分ごとに別々に集計し、参考事項は採用したものだけを数えます。先導的取組は、先導的取組を行う事業者だけが回答する項目です。',
	distributionTitle: '回答の内訳',
	distributionAnswer: '回答',
	total: '計',
	sectionScoresTitle: '項目群別の達成率',
	sectionScoresSection: '項目群',
	sectionScoresAnswered: '回答済み',
	coverageIntro: '最上位の項目群ごとに、区分別の達成率を示します。参考事項は採用したものだけを数えます。',
	coverageChartTitle: '項目群別・区分別の達成率',
	coverageCaption: '「—」は、その項目群に該当する区分の項目がない（または全て対象外である）ことを示します。',
	yoyChartTitle: (p, c) => `達成率の推移（${p} → ${c}）`,
	yoyCaption: (n) => `両年度に存在する${n}項目で比較しています（区分・項目群は今年度のもの）。`,
	yoyTableHeader: (p, c) => ['区分', p, c, '差'],
	noPrevious: '前年度の自己検証の記録がないため、比較はありません。',
	changesTitle: '回答が変わった項目',
	changesHeader: (p, c) => ['ID', '項目', p, c],
	noChanges: '回答が変わった項目はありません。',
	onlyInCurrent: (n) => `今年度のみに存在する項目：${n}件（比較から除外）`,
	onlyInPrevious: (n) => `前年度のみに存在した項目：${n}件（比較から除外）`,
	gapsIntro:
		'一部実施・未実施・未回答の項目です。要検討事項・分野固有事項・先導的取組を先に、採用した参考事項を後に、担当者と対応予定日とともに示します。採用しない参考事項は課題に含めません。',
	gapsHeader: ['ID', '項目', '区分', '回答', '担当', '対応予定日'],
	notSet: '未設定',
	overdue: '予定日超過',
	noGaps: '課題となる項目はありません。',
	notAdoptedIntro:
		'参考事項は、より進んだ対策として各組織が採否を判断する項目です。この自己検証で採用しないと判断した参考事項と、その理由を示します。これらは集計にも課題にも含めません。',
	notAdoptedLegacy: 'この自己検証は参考事項の採否を記録する前に開始されたため、すべての参考事項を採用したものとして集計しています。',
	notAdoptedHeader: ['ID', '項目', '採用しない理由'],
	noNotAdopted: '採用しない参考事項はありません。',
	noReasonGiven: '理由の記載なし',
	justificationsIntro: '対象外とした項目と、代替策で対応した項目について、その判断の根拠を示します。',
	justificationsHeader: ['ID', '項目', '回答', '根拠'],
	noJustifications: '対象外・代替策の項目はありません。',
	detailIntro: 'チェックリストの順に、すべての項目の回答、メモ、証跡を示します。',
	item: {
		classification: '区分',
		answer: '回答',
		owner: '担当',
		targetDate: '対応予定日',
		justification: '根拠',
		evidence: '証跡',
		carriedOver: '前年度から引継ぎ・今年度未確認',
		mappedFrom: (sources) => `対応表（版の改訂）による引継ぎ: 前年度の ${sources}から`,
		notAdopted: '採用しない参考事項',
		adoptionReason: '採否の理由'
	},
	commentsHeader: ['日時', '投稿者', '対象', 'コメント'],
	commentGeneral: '全体',
	noComments: 'レビューコメントはありません。',
	roles: { security: 'セキュリティ担当', executive: '経営層', auditor: '監査人', admin: '管理者' },
	signoffIntro: '経営層による署名の記録です。署名対象データの SHA-256 は、署名時点の自己検証の内容から計算された値です。',
	statementTitle: '経営層の所見',
	unsignedStatus: (status) => `現在の状態：${status}`
};

const en: SelfCheckStrings = {
	title: 'Safety-standard self-check report',
	section: {
		summary: 'Executive summary',
		coverage: 'Implementation by section',
		yearOverYear: 'Comparison with the previous year',
		gaps: 'Gaps (partly implemented, not implemented, unanswered)',
		notAdopted: 'Reference items not adopted',
		justifications: 'Justifications: not applicable and alternative measures',
		detail: 'Item-by-item answers',
		comments: 'Review comments',
		signoff: 'Approval and signature'
	},
	lead: (fy, revision, status) =>
		`This report summarises the ${fy} self-check against the safety standards (revision ${revision}, ${status}). It is a self-evaluation by the operator and is not meant for comparing operators.`,
	profile: {
		operatorClass: 'Operator class',
		checklists: 'Checklists',
		revision: 'Revision',
		status: 'Self-check status',
		previous: 'Previous self-check'
	},
	assessmentStatus: { draft: 'In progress', submitted: 'Submitted (awaiting signature)', signed: 'Signed' },
	assessmentStatusInSentence: { draft: 'in progress', submitted: 'submitted, awaiting signature', signed: 'signed' },
	checklistHeader: ['Checklist', 'Version', 'Items', 'Breakdown'],
	checklistName: (title, version) => `${title} (${version})`,
	checklistBreakdown: (parts) =>
		parts.map((p) => `${p.group} ${p.count}${p.adopted === undefined ? '' : ` (${p.adopted} adopted)`}`).join(', '),
	group: {
		consider: 'Items to consider',
		reference: 'Reference items (adopted)',
		sector: 'Sector items',
		leading: 'Leading-operator measures',
		overall: 'Overall'
	},
	scoresTitle: 'Achievement',
	scoreHeader: ['Group', 'Score', 'Points / possible', 'Answered / items', 'vs previous year'],
	progressTitle: 'Progress',
	progressText: (answered, total, percent) => `${answered} of ${total} items answered (${percent})`,
	progressTextUnconfirmed: (confirmed, unconfirmed, total, percent) =>
		`${confirmed} of ${total} items answered this year (${percent}); ${unconfirmed} carried over from last year and not confirmed`,
	unansweredWarning: (n) => `${n} item${n === 1 ? ' is' : 's are'} unanswered. Unanswered items count as 0 points.`,
	unconfirmedWarning: (n) =>
		`${n} answer${n === 1 ? ' was' : 's were'} carried over from last year and not confirmed this year. They count as last year's answers (marked "not yet confirmed" at each item).`,
	allAnswered: 'All items are answered.',
	scoringNote:
		'Scoring: implemented and alternative measure = 1 point, partly implemented = 0.5, not implemented and unanswered = 0. Not applicable items are left out of the possible points. Score = points ÷ possible. Each class is scored on its own, and only adopted reference items count. Leading-operator measures are answered by leading operators only.',
	distributionTitle: 'Answers by status',
	distributionAnswer: 'Answer',
	total: 'Total',
	sectionScoresTitle: 'Score by section',
	sectionScoresSection: 'Section',
	sectionScoresAnswered: 'Answered',
	coverageIntro: 'For each top-level section, the score of each class of items. Only adopted reference items count.',
	coverageChartTitle: 'Score by section and classification',
	coverageCaption: '"—" means the section has no items of that classification (or all of them are not applicable).',
	yoyChartTitle: (p, c) => `Score, ${p} → ${c}`,
	yoyCaption: (n) => `Compared over the ${n} items present in both years (classification and section as this year).`,
	yoyTableHeader: (p, c) => ['Group', p, c, 'Change'],
	noPrevious: 'There is no record of a previous self-check, so there is no comparison.',
	changesTitle: 'Items whose answer changed',
	changesHeader: (p, c) => ['ID', 'Item', p, c],
	noChanges: 'No answer changed.',
	onlyInCurrent: (n) => `Items only in this year: ${n} (not compared)`,
	onlyInPrevious: (n) => `Items only in the previous year: ${n} (not compared)`,
	gapsIntro:
		'Items partly implemented, not implemented or unanswered, with owners and target dates: items to consider, sector items and leading-operator measures first, then adopted reference items. Reference items not adopted are not gaps.',
	gapsHeader: ['ID', 'Item', 'Class', 'Answer', 'Owner', 'Target date'],
	notSet: 'Not set',
	overdue: 'Past target date',
	noGaps: 'There are no gaps.',
	notAdoptedIntro:
		'Reference items are further measures each organisation decides whether to adopt. These are the ones this self-check does not adopt, with the reasons given. They are neither scored nor listed as gaps.',
	notAdoptedLegacy:
		'This self-check was started before reference-item adoption was recorded, so every reference item is counted as adopted.',
	notAdoptedHeader: ['ID', 'Item', 'Reason for not adopting'],
	noNotAdopted: 'Every reference item is adopted.',
	noReasonGiven: 'No reason given',
	justificationsIntro: 'Why items were judged not applicable, and which alternative measures were taken instead.',
	justificationsHeader: ['ID', 'Item', 'Answer', 'Justification'],
	noJustifications: 'No item is not applicable or answered with an alternative measure.',
	detailIntro: 'Every item in checklist order, with its answer, notes and evidence.',
	item: {
		classification: 'Class',
		answer: 'Answer',
		owner: 'Owner',
		targetDate: 'Target date',
		justification: 'Justification',
		evidence: 'Evidence',
		carriedOver: 'Carried over from last year — not yet confirmed',
		mappedFrom: (sources) => `Carried over through a crosswalk (new edition) from last year's ${sources}`,
		notAdopted: 'Reference item not adopted',
		adoptionReason: 'Reason'
	},
	commentsHeader: ['Date', 'Author', 'About', 'Comment'],
	commentGeneral: 'General',
	noComments: 'There are no review comments.',
	roles: { security: 'Security team', executive: 'Executive', auditor: 'Auditor', admin: 'Administrator' },
	signoffIntro:
		'The record of the executive signature. The SHA-256 of the signed content was computed from the self-check as it was when signed.',
	statementTitle: 'Statement by the executive',
	unsignedStatus: (status) => `Current status: ${status}`
};

export const SELFCHECK_STRINGS: Record<ReportLanguage, SelfCheckStrings> = { ja, en };
