/** The plan-area reports' own strings (titles, headings, column names), in Japanese and English. */
import type { ReportLanguage } from '../model';

export interface PlanReportStrings {
	versionTitle: (kind: string, n: number) => string;
	approvedNotice: (n: number) => string;
	draftNotice: (n: number, status: string) => string;
	overview: string;
	plan: string;
	version: string;
	status: string;
	statusNames: Record<string, string>;
	savedBy: string;
	approvedBy: string;
	approvedAt: string;
	approvalStatement: string;
	approvedSha: string;
	reviewBy: string;
	reviewState: Record<'none' | 'ok' | 'due_soon' | 'overdue', string>;
	gaps: string;
	noGaps: string;
	flags: string;
	exercises: string;
	lastExercised: string;
	neverExercised: string;
	openActions: string;
	noOpenActions: string;
	finding: string;
	owner: string;
	due: string;
	actionStatus: string;
	sections: string;
	contacts: string;
	contactsNote: string;
	noContacts: string;
	category: string;
	name: string;
	role: string;
	phone: string;
	email: string;
	hours: string;
	deputy: string;
	approval: string;
	notApproved: string;
	service: string;
	limits: string;
	dependency: string;
	fallback: string;
	tolerance: string;
	trigger: string;
	notify: string;
	contact: string;
	within: string;
	situation: string;
	first: string;
	decides: string;
	reportWithin: string;
	matrix: string;
	operatorRow: string;
	ministryRow: string;
	emptyBody: string;
}

const ja: PlanReportStrings = {
	versionTitle: (kind, n) => `${kind}（第${n}版）`,
	approvedNotice: (n) => `この報告書は、経営層が承認した第${n}版の計画に基づいて作成されています。承認後、この版は変更できません。`,
	draftNotice: (n, status) => `この報告書は承認前の第${n}版（${status}）に基づいています。内容は変わる可能性があります。`,
	overview: '概要',
	plan: '計画',
	version: '版',
	status: '状態',
	statusNames: { draft: '下書き', submitted: '承認待ち', signed: '承認済み' },
	savedBy: '保存者',
	approvedBy: '承認者',
	approvedAt: '承認日時',
	approvalStatement: '承認時のコメント',
	approvedSha: '承認した内容の SHA-256',
	reviewBy: '次回見直し期限',
	reviewState: { none: '未設定', ok: '期限内', due_soon: '期限が近い', overdue: '期限切れ' },
	gaps: '不足している項目',
	noGaps: '必須の項目はすべて記入されています。',
	flags: '要確認の BIA',
	exercises: '演習と改善措置',
	lastExercised: '最後の演習',
	neverExercised: 'この計画の演習は記録されていません。',
	openActions: '未完了の改善措置',
	noOpenActions: '未完了の改善措置はありません。',
	finding: '指摘事項',
	owner: '担当',
	due: '期限',
	actionStatus: '状態',
	sections: '関連する節',
	contacts: '連絡先シート',
	contactsNote: '報告書の作成時点の連絡先台帳です。個人情報を含みます。取扱いに注意してください。',
	noContacts: '連絡先台帳に登録がありません。',
	category: '区分',
	name: '氏名・窓口',
	role: '役割',
	phone: '電話',
	email: 'メール',
	hours: '対応時間',
	deputy: '代行者',
	approval: '承認',
	notApproved: 'この版は承認されていません。',
	service: '重要インフラサービス',
	limits: 'サービスレベル／検証レベルの許容',
	dependency: '依存先',
	fallback: '代替手段',
	tolerance: '代替なしで持ちこたえる時間',
	trigger: 'どの事態で',
	notify: '誰に上げるか',
	contact: '連絡先',
	within: '何分以内に',
	situation: '事象',
	first: '初動',
	decides: '判断者',
	reportWithin: '所管省庁への連絡まで',
	matrix: '事案の分類（「緊急時における情報連絡（案）」別紙3）',
	operatorRow: '事業者から所管省庁へ',
	ministryRow: '所管省庁の対応',
	emptyBody: '本文はありません。'
};

const en: PlanReportStrings = {
	versionTitle: (kind, n) => `${kind} (version ${n})`,
	approvedNotice: (n) =>
		`This report is based on version ${n} of the plan as approved by the executives. An approved version cannot change.`,
	draftNotice: (n, status) => `This report is based on version ${n} (${status}), which is not approved. Its content may still change.`,
	overview: 'Overview',
	plan: 'Plan',
	version: 'Version',
	status: 'Status',
	statusNames: { draft: 'Draft', submitted: 'Awaiting approval', signed: 'Approved' },
	savedBy: 'Saved by',
	approvedBy: 'Approved by',
	approvedAt: 'Approved at',
	approvalStatement: 'Comment with the approval',
	approvedSha: 'SHA-256 of the approved content',
	reviewBy: 'Next review by',
	reviewState: { none: 'not set', ok: 'in time', due_soon: 'due soon', overdue: 'overdue' },
	gaps: 'Missing parts',
	noGaps: 'Every required part is filled in.',
	flags: 'BIA to check',
	exercises: 'Exercises and improvement actions',
	lastExercised: 'Last exercised',
	neverExercised: 'No exercise of this plan is recorded.',
	openActions: 'Open improvement actions',
	noOpenActions: 'No open improvement actions.',
	finding: 'Finding',
	owner: 'Owner',
	due: 'Due',
	actionStatus: 'Status',
	sections: 'Sections',
	contacts: 'Contact sheet',
	contactsNote: 'The contact register as it stood when this report was made. Personal data: handle with care.',
	noContacts: 'The contact register is empty.',
	category: 'Category',
	name: 'Name or desk',
	role: 'Role',
	phone: 'Phone',
	email: 'E-mail',
	hours: 'Hours',
	deputy: 'Deputy',
	approval: 'Approval',
	notApproved: 'This version is not approved.',
	service: 'Critical service',
	limits: 'Service level / verification level allow',
	dependency: 'Dependency',
	fallback: 'Fallback',
	tolerance: 'Holds without it for',
	trigger: 'When',
	notify: 'Escalate to',
	contact: 'Contact',
	within: 'Within',
	situation: 'Situation',
	first: 'First response',
	decides: 'Decides',
	reportWithin: 'Contact the ministry within',
	matrix: 'Incident classification (“Emergency information reporting (draft)”, 別紙3)',
	operatorRow: 'Operator to ministry',
	ministryRow: 'Ministry',
	emptyBody: 'No text.'
};

export const PLAN_REPORT_STRINGS: Record<ReportLanguage, PlanReportStrings> = { ja, en };
