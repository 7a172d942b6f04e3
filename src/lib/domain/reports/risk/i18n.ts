/**
 * Labels of the risk report and the acceptance sheets, in Japanese and
 * English (both catalogues have the type `RiskReportStrings`). Threat, level
 * and answer names come from the domain constants and the criteria.
 */
import { PLAN_KIND_NAMES, type PlanKind } from '../../plans/templates';
import type { Decision } from '../../risks/acceptance';
import { ACCEPTANCE_STATUS_NAMES, ACTION_STATUS_NAMES, DECISION_NAMES, STAGE_NAMES, TREATMENT_NAMES, namesIn } from '../../risks/labels';
import type { ReportLanguage } from '../model';

export interface RiskReportStrings {
	title: string;
	sheetTitle: string;
	section: {
		summary: string;
		criteria: string;
		heatMaps: string;
		register: string;
		details: string;
		treatment: string;
		acceptances: string;
		changes: string;
	};
	lead: (fy: string, date: string) => string;
	draftNote: string;
	summaryRows: {
		open: string;
		closed: string;
		aboveTolerance: string;
		decision: string;
		accepted: string;
		overdue: string;
		stale: string;
		selfcheck: string;
	};
	levelsTitle: string;
	levelsHeader: [string, string, string];
	none: string;
	noCriteria: string;
	criteriaRows: { version: string; approvedBy: string; approvedAt: string; hash: string; tolerance: string };
	matrixTitle: string;
	matrixCaption: string;
	likelihood: string;
	impact: string;
	likelihoodHeader: [string, string, string];
	impactHeader: [string, string, string, string, string];
	bandsHeader: [string, string, string];
	reviewEvery: (months: number) => string;
	aboveTolerance: string;
	withinTolerance: string;
	severity: (n: number) => string;
	stages: { inherent: string; current: string; target: string };
	heatMapCaption: (version: number, outside: number) => string;
	registerIntro: string;
	registerHeader: [string, string, string, string, string, string, string];
	closed: string;
	versionLabel: (v: number) => string;
	decisions: Record<Decision, string>;
	treatments: { none: string; reduce: string; avoid: string; transfer: string; accept: string };
	detailRows: {
		threat: string;
		scenario: string;
		concerns: string;
		owner: string;
		controls: string;
		items: string;
		plan: string;
		version: string;
	};
	noItems: string;
	itemGap: string;
	notInSelfcheck: string;
	actionsIntro: string;
	actionsHeader: [string, string, string, string, string];
	actionPlans: string;
	planKinds: Record<PlanKind, string>;
	actionStatuses: Record<'planned' | 'in_progress' | 'done' | 'cancelled', string>;
	overdue: string;
	noActions: string;
	acceptancesIntro: string;
	acceptancesHeader: [string, string, string, string, string, string];
	acceptanceStatuses: Record<'requested' | 'signed' | 'rejected' | 'withdrawn' | 'revoked' | 'expired', string>;
	noAcceptances: string;
	changesIntro: (since: string) => string;
	newRisks: string;
	closedRisks: string;
	levelChanges: string;
	changesHeader: [string, string, string, string];
	up: string;
	down: string;
	noBaseline: string;
	noChanges: string;
	sheet: {
		lead: string;
		rows: {
			risk: string;
			category: string;
			scenario: string;
			concerns: string;
			owner: string;
			levels: string;
			controls: string;
			treatment: string;
			justification: string;
			validThrough: string;
			requested: string;
			status: string;
		};
		approval: string;
		approvalRows: { by: string; at: string; statement: string; hash: string };
		notApproved: string;
		signatureLine: string;
		signatureHint: string;
		none: string;
		statusNote: Record<'expired' | 'revoked' | 'signed', string>;
	};
}

const ja: RiskReportStrings = {
	title: 'リスク管理報告書',
	sheetTitle: 'リスク受容書',
	section: {
		summary: '概要',
		criteria: 'リスク基準',
		heatMaps: 'ヒートマップ',
		register: 'リスク台帳',
		details: 'リスクの詳細',
		treatment: 'リスク対応計画',
		acceptances: 'リスク受容',
		changes: '前年度からの変化'
	},
	lead: (fy, date) =>
		`${fy}のリスク台帳を ${date} 時点でまとめた報告書です。リスクアセスメント（特定・分析・評価）、リスク対応、リスク受容、モニタリング及びレビューの状況を示します。`,
	draftNote:
		'リスク台帳は経営層の署名の対象ではないため、この報告書は「下書き」として出力されます。リスク基準とリスク受容は、それぞれ経営層が承認した内容です。',
	summaryRows: {
		open: '対応中のリスク',
		closed: '終了したリスク',
		aboveTolerance: '許容水準を超える現在のリスク',
		decision: '判断が必要なリスク',
		accepted: '有効な受容',
		overdue: '期限を過ぎた措置',
		stale: '古い版の基準で分析されたリスク',
		selfcheck: '管理策の回答の出典'
	},
	levelsTitle: '現在のリスクのレベル別件数',
	levelsHeader: ['リスクレベル', '件数', 'リスク対応'],
	none: 'なし',
	noCriteria: '承認されたリスク基準がありません。',
	criteriaRows: { version: '版', approvedBy: '承認者', approvedAt: '承認日時', hash: '承認内容の SHA-256', tolerance: '許容水準' },
	matrixTitle: 'リスクマトリクス',
	matrixCaption: '縦軸が影響度、横軸が起こりやすさ。太字・枠付きのマスはリスク対応が必要。',
	likelihood: '起こりやすさ',
	impact: '影響度',
	likelihoodHeader: ['段階', '名称', '説明'],
	impactHeader: ['段階', '名称', 'サービスの継続', '安全（設備を含む）', '信頼'],
	bandsHeader: ['リスクレベル', '許容水準との関係', 'レビュー周期'],
	reviewEvery: (n) => `${n}か月ごと`,
	aboveTolerance: 'リスク対応が必要',
	withinTolerance: '許容範囲内',
	severity: (n) => `深刻度${n}相当`,
	stages: namesIn(STAGE_NAMES, 'ja'),
	heatMapCaption: (v, outside) =>
		`リスク基準 第${v}版。数字はマスごとの対応中のリスクの件数。${outside ? `古い版の基準または未評価のため含まれないもの ${outside}件。` : ''}`,
	registerIntro: '現在のリスクのレベルが高い順に並べています（同じレベルでは起こりやすさ×影響度の大きい順）。',
	registerHeader: ['番号', 'リスク', '現在', '残留（目標）', 'リスク対応', '状況', 'リスク所有者'],
	closed: '終了',
	versionLabel: (v) => `第${v}版`,
	decisions: namesIn(DECISION_NAMES, 'ja'),
	treatments: namesIn(TREATMENT_NAMES, 'ja'),
	detailRows: {
		threat: '脅威',
		scenario: 'シナリオ',
		concerns: '対象',
		owner: 'リスク所有者',
		controls: '今ある管理策',
		items: '自己検証の項目',
		plan: 'リスク対応の計画',
		version: '分析に使ったリスク基準'
	},
	noItems: '紐づく自己検証の項目なし',
	itemGap: '未実施の項目あり',
	notInSelfcheck: '最新の自己検証にない項目',
	actionsIntro: 'リスク対応の措置と進み具合です。期限を過ぎて完了していない措置を強調しています。',
	actionsHeader: ['リスク', '措置', '担当', '期限', '状態'],
	actionPlans: '関係する計画',
	planKinds: { bcp: PLAN_KIND_NAMES.bcp.ja, contingency: PLAN_KIND_NAMES.contingency.ja },
	actionStatuses: namesIn(ACTION_STATUS_NAMES, 'ja'),
	overdue: '期限超過',
	noActions: 'リスク対応の措置はありません。',
	acceptancesIntro: '経営層によるリスク受容の判断です。承認した内容はその時点で固定され、SHA-256 で特定できます。',
	acceptancesHeader: ['リスク', '状態', '有効期限', '依頼', '承認者・日時', '承認内容の SHA-256'],
	acceptanceStatuses: namesIn(ACCEPTANCE_STATUS_NAMES, 'ja'),
	noAcceptances: 'リスク受容の記録はありません。',
	changesIntro: (since) => `${since}（年度の始まり）からの変化です。前年度の状態は、その前に行った最後のレビューの記録と比べています。`,
	newRisks: '今年度に特定したリスク',
	closedRisks: '今年度に終了したリスク',
	levelChanges: 'レベルが変わったリスク',
	changesHeader: ['番号', 'リスク', '前年度末', '現在'],
	up: '上昇',
	down: '低下',
	noBaseline: '年度の始まり以前のレビュー記録がないリスクは比べていません。',
	noChanges: 'なし',
	sheet: {
		lead: '経営層が承認したリスク受容の内容です。承認の時点で固定した内容を、1件1ページで示します。',
		rows: {
			risk: 'リスク',
			category: '脅威',
			scenario: 'シナリオ',
			concerns: '対象',
			owner: 'リスク所有者',
			levels: 'リスクレベル',
			controls: '管理策と自己検証の回答',
			treatment: 'リスク対応',
			justification: '受容する理由',
			validThrough: '有効期限',
			requested: '依頼',
			status: '現在の状態'
		},
		approval: '承認',
		approvalRows: { by: '承認者', at: '承認日時', statement: 'コメント', hash: '承認内容の SHA-256' },
		notApproved: 'この受容はまだ承認されていません。',
		signatureLine: '署名',
		signatureHint: '（紙の承認記録に綴じる場合の自署欄）',
		none: 'この年度に承認されたリスク受容はありません。',
		statusNote: {
			signed: '有効な受容です。',
			expired: '有効期限を過ぎています。リスクは改めて判断が必要です。',
			revoked: 'この受容は取り消されました。'
		}
	}
};

const en: RiskReportStrings = {
	title: 'Risk management report',
	sheetTitle: 'Risk acceptance sheets',
	section: {
		summary: 'Summary',
		criteria: 'Risk criteria',
		heatMaps: 'Heat maps',
		register: 'Risk register',
		details: 'Risk details',
		treatment: 'Treatment plan',
		acceptances: 'Risk acceptances',
		changes: 'Changes since last year'
	},
	lead: (fy, date) =>
		`The risk register for ${fy} as of ${date}: risk assessment (identification, analysis, evaluation), treatment, acceptance, and monitoring and review.`,
	draftNote:
		'The risk register is not signed by management as a whole, so this report is issued as a draft. The risk criteria and the risk acceptances in it were each approved by an executive.',
	summaryRows: {
		open: 'Open risks',
		closed: 'Closed risks',
		aboveTolerance: 'Current risks above tolerance',
		decision: 'Risks needing a decision',
		accepted: 'Valid acceptances',
		overdue: 'Overdue actions',
		stale: 'Risks analysed with older criteria',
		selfcheck: 'Control answers taken from'
	},
	levelsTitle: 'Current risks by level',
	levelsHeader: ['Risk level', 'Risks', 'Treatment'],
	none: 'None',
	noCriteria: 'No risk criteria have been approved.',
	criteriaRows: {
		version: 'Version',
		approvedBy: 'Approved by',
		approvedAt: 'Approved at',
		hash: 'SHA-256 of the approved content',
		tolerance: 'Tolerance'
	},
	matrixTitle: 'Risk matrix',
	matrixCaption: 'Consequence upwards, likelihood to the right. Bold, framed cells require treatment.',
	likelihood: 'Likelihood',
	impact: 'Consequence',
	likelihoodHeader: ['Level', 'Name', 'Description'],
	impactHeader: ['Level', 'Name', 'Service continuity', 'Safety (incl. installations)', 'Trust'],
	bandsHeader: ['Risk level', 'Against the tolerance', 'Review'],
	reviewEvery: (n) => (n === 1 ? 'every month' : `every ${n} months`),
	aboveTolerance: 'Treatment required',
	withinTolerance: 'Within tolerance',
	severity: (n) => `severity ${n}`,
	stages: namesIn(STAGE_NAMES, 'en'),
	heatMapCaption: (v, outside) =>
		`Risk criteria version ${v}. Numbers count the open risks per cell.${outside ? ` Not included (older criteria or not rated): ${outside}.` : ''}`,
	registerIntro: 'Highest current level first (within a level, the larger likelihood × consequence first).',
	registerHeader: ['No.', 'Risk', 'Current', 'Residual (target)', 'Treatment', 'Status', 'Risk owner'],
	closed: 'Closed',
	versionLabel: (v) => `version ${v}`,
	decisions: namesIn(DECISION_NAMES, 'en'),
	treatments: namesIn(TREATMENT_NAMES, 'en'),
	detailRows: {
		threat: 'Threat',
		scenario: 'Scenario',
		concerns: 'Concerns',
		owner: 'Risk owner',
		controls: 'Existing controls',
		items: 'Self-check items',
		plan: 'Treatment plan',
		version: 'Analysed with'
	},
	noItems: 'No self-check items linked',
	itemGap: 'some items not implemented',
	notInSelfcheck: 'not in the latest self-check',
	actionsIntro: 'Treatment actions and their progress. Actions past their due date and not done are highlighted.',
	actionsHeader: ['Risk', 'Action', 'Owner', 'Due date', 'Status'],
	actionPlans: 'Plans concerned',
	planKinds: { bcp: PLAN_KIND_NAMES.bcp.en, contingency: PLAN_KIND_NAMES.contingency.en },
	actionStatuses: namesIn(ACTION_STATUS_NAMES, 'en'),
	overdue: 'Overdue',
	noActions: 'No treatment actions.',
	acceptancesIntro:
		'Executives’ decisions to accept risks. What an approval accepted was frozen at that moment and is identified by its SHA-256.',
	acceptancesHeader: ['Risk', 'Status', 'Valid through', 'Requested', 'Approved by, at', 'SHA-256 of the approved content'],
	acceptanceStatuses: namesIn(ACCEPTANCE_STATUS_NAMES, 'en'),
	noAcceptances: 'No risk acceptances.',
	changesIntro: (since) =>
		`Changes since ${since} (the start of the fiscal year). Last year’s state is the last review recorded before then.`,
	newRisks: 'Risks identified this fiscal year',
	closedRisks: 'Risks closed this fiscal year',
	levelChanges: 'Risks whose level changed',
	changesHeader: ['No.', 'Risk', 'End of last year', 'Now'],
	up: 'up',
	down: 'down',
	noBaseline: 'Risks without a review before the fiscal year began are not compared.',
	noChanges: 'None',
	sheet: {
		lead: 'Risk acceptances approved by an executive, one per page, as frozen at approval.',
		rows: {
			risk: 'Risk',
			category: 'Threat',
			scenario: 'Scenario',
			concerns: 'Concerns',
			owner: 'Risk owner',
			levels: 'Risk levels',
			controls: 'Controls and self-check answers',
			treatment: 'Treatment',
			justification: 'Justification',
			validThrough: 'Valid through',
			requested: 'Requested',
			status: 'Status now'
		},
		approval: 'Approval',
		approvalRows: { by: 'Approved by', at: 'Approved at', statement: 'Comment', hash: 'SHA-256 of the approved content' },
		notApproved: 'This acceptance has not been approved.',
		signatureLine: 'Signature',
		signatureHint: '(for a paper record of the approval)',
		none: 'No risk acceptance was approved in this fiscal year.',
		statusNote: {
			signed: 'A valid acceptance.',
			expired: 'Past its expiry: the risk needs a new decision.',
			revoked: 'This acceptance was revoked.'
		}
	}
};

export const RISK_REPORT_STRINGS: Record<ReportLanguage, RiskReportStrings> = { ja, en };
