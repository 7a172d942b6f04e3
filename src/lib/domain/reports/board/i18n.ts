/** The board report's own words, Japanese first. Pure. */
import type { ReportLanguage } from '../model';

export interface BoardStrings {
	title: string;
	notice: string;
	section: { overview: string; selfcheck: string; risks: string; assurance: string };
	overviewLead: (fy: string, previous: string | null) => string;
	figures: {
		score: string;
		gaps: string;
		accepted: string;
		expiring: string;
		findings: string;
		overdue: string;
		plans: string;
	};
	scoreValue: (current: string, delta: string | null) => string;
	gapsValue: (now: number, closed: number, opened: number, compared: boolean) => string;
	acceptedValue: (n: number) => string;
	expiringValue: (expiring: number, expired: number, days: number) => string;
	findingsValue: (open: number, overdue: number) => string;
	overdueValue: (risk: number, improvement: number) => string;
	plansValue: (approved: number, exercised: number) => string;
	sentences: {
		scoreUp: (pt: string) => string;
		scoreDown: (pt: string) => string;
		scoreSame: string;
		noPrevious: string;
		expired: (n: number) => string;
		overdue: (n: number) => string;
		allClear: string;
	};
	sectionsChart: (previous: string, current: string) => string;
	groupsChart: (previous: string, current: string) => string;
	chartCaption: (matched: number) => string;
	rose: (named: string, count: number) => string;
	fell: (named: string, count: number) => string;
	noMoves: string;
	noPreviousCallout: string;
	closedTitle: (n: number) => string;
	openedTitle: (n: number) => string;
	gapHeader: (previous: string, current: string) => string[];
	noGapsClosed: string;
	noGapsOpened: string;
	newItem: string;
	more: (n: number, where: string) => string;
	see: { selfcheck: string; risk: string; findings: string; plans: string };
	acceptedTitle: string;
	acceptedHeader: string[];
	noAccepted: string;
	expiryTitle: (days: number) => string;
	expiryHeader: string[];
	noExpiry: string;
	expiredIn: (days: number) => string;
	expiresIn: (days: number) => string;
	riskActionsTitle: string;
	riskActionsHeader: string[];
	noRiskActions: string;
	findingsTitle: string;
	findingsHeader: string[];
	noFindings: string;
	overdueMark: string;
	improvementsTitle: string;
	improvementsHeader: string[];
	noImprovements: string;
	plansTitle: string;
	plansHeader: string[];
	noPlans: string;
	exercisesTitle: string;
	exercisesHeader: string[];
	noExercises: string;
	noDate: string;
}

const ja: BoardStrings = {
	title: '経営層向け報告書',
	notice:
		'この報告書は年度の状況をまとめたもので、それ自体は署名の対象ではありません。中の自己検証・リスク受容・計画の承認は、それぞれの署名の記録によります。',
	section: {
		overview: '今年度の要点',
		selfcheck: '自己検証：前年度との比較',
		risks: 'リスクとリスク受容',
		assurance: '指摘事項・計画・演習'
	},
	overviewLead: (fy, prev) =>
		prev
			? `${fy}の自己検証と、リスク管理・監査・事業継続の状況を${prev}と比べてまとめました。`
			: `${fy}の自己検証と、リスク管理・監査・事業継続の状況をまとめました。`,
	figures: {
		score: '自己検証の達成率',
		gaps: '対応が必要な項目',
		accepted: '今年度に受容したリスク',
		expiring: 'リスク受容の期限',
		findings: '未完了の指摘事項',
		overdue: '期限を過ぎた対応',
		plans: '計画の承認と演習'
	},
	scoreValue: (c, d) => (d === null ? c : `${c}（前年度比 ${d}）`),
	gapsValue: (now, closed, opened, compared) => (compared ? `${now}件（前年度から解消 ${closed}件・新たに ${opened}件）` : `${now}件`),
	acceptedValue: (n) => `${n}件`,
	expiringValue: (e, x, days) => `${days}日以内に期限 ${e}件・期限切れ ${x}件`,
	findingsValue: (open, overdue) => `${open}件（うち期限超過 ${overdue}件）`,
	overdueValue: (r, i) => `リスク対応 ${r}件・改善措置 ${i}件`,
	plansValue: (a, e) => `承認した版 ${a}件・実施した演習 ${e}件`,
	sentences: {
		scoreUp: (pt) => `達成率は前年度より${pt}上がりました。`,
		scoreDown: (pt) => `達成率は前年度より${pt}下がりました。下がった項目群を次の頁で確認してください。`,
		scoreSame: '達成率は前年度と同じです。',
		noPrevious: '前年度の自己検証の記録がないため、前年度との比較はありません。',
		expired: (n) => `期限が切れたまま対応中のリスク受容が${n}件あります。再承認するか、別のリスク対応を決めてください。`,
		overdue: (n) => `期限を過ぎた対応・指摘事項が合わせて${n}件あります。`,
		allClear: '期限切れのリスク受容も、期限を過ぎた対応もありません。'
	},
	sectionsChart: (p, c) => `項目群ごとの達成率（${p}・${c}）`,
	groupsChart: (p, c) => `区分ごとの達成率（${p}・${c}）`,
	chartCaption: (n) => `両年度にある${n}項目で比較しています。達成率は 実施・代替策=1、一部実施=0.5 の得点を満点で割った値です。`,
	rose: (named, n) => (n > 3 ? `達成率が上がった項目群は${n}あり、大きいものは ${named} です。` : `達成率が上がった項目群: ${named}。`),
	fell: (named, n) => (n > 3 ? `達成率が下がった項目群は${n}あり、大きいものは ${named} です。` : `達成率が下がった項目群: ${named}。`),
	noMoves: '達成率が変わった項目群はありません。',
	noPreviousCallout: '前年度の自己検証の記録がないため、比較はありません。今年度の達成率は前頁のとおりです。',
	closedTitle: (n) => `解消した課題（${n}件）`,
	openedTitle: (n) => `新たな課題（${n}件）`,
	gapHeader: (p, c) => ['ID', '項目', p, c],
	noGapsClosed: '前年度の課題で解消したものはありません。',
	noGapsOpened: '新たな課題はありません。',
	newItem: '（今年度から）',
	more: (n, where) => `ほか${n}件は${where}を参照してください。`,
	see: { selfcheck: '自己検証報告書', risk: 'リスク管理報告書', findings: '指摘事項の一覧', plans: '計画・演習の画面' },
	acceptedTitle: '今年度に受容したリスク',
	acceptedHeader: ['番号', 'リスク', '承認者', '承認日', '有効期限'],
	noAccepted: '今年度に承認したリスク受容はありません。',
	expiryTitle: (d) => `期限が${d}日以内のリスク受容と、期限切れのリスク受容`,
	expiryHeader: ['番号', 'リスク', '有効期限', '状況'],
	noExpiry: '期限が近い、または切れたリスク受容はありません。',
	expiredIn: (d) => `期限切れ（${d}日経過）`,
	expiresIn: (d) => `あと${d}日`,
	riskActionsTitle: '期限を過ぎたリスク対応',
	riskActionsHeader: ['番号', 'リスク', '対応', '担当', '期限'],
	noRiskActions: '期限を過ぎたリスク対応はありません。',
	findingsTitle: '未完了の指摘事項',
	findingsHeader: ['指摘事項', '深刻度', '状態', '期限'],
	noFindings: '未完了の指摘事項はありません。',
	overdueMark: '（期限超過）',
	improvementsTitle: '期限を過ぎた改善措置（演習・インシデントから）',
	improvementsHeader: ['課題', '担当', '期限'],
	noImprovements: '期限を過ぎた改善措置はありません。',
	plansTitle: '今年度に承認した計画',
	plansHeader: ['計画', '版', '承認日'],
	noPlans: '今年度に承認した計画の版はありません。',
	exercisesTitle: '今年度に実施した演習',
	exercisesHeader: ['演習', '種類', '実施日'],
	noExercises: '今年度に実施した演習はありません。',
	noDate: '—'
};

const en: BoardStrings = {
	title: 'Board report',
	notice:
		'This report summarises the year and is not itself signed. The self-check, risk acceptances and plan approvals in it rest on their own sign-off records.',
	section: {
		overview: 'The year at a glance',
		selfcheck: 'Self-check against last year',
		risks: 'Risks and risk acceptance',
		assurance: 'Findings, plans and exercises'
	},
	overviewLead: (fy, prev) =>
		prev
			? `The ${fy} self-check and the state of risk management, audit and business continuity, compared with ${prev}.`
			: `The ${fy} self-check and the state of risk management, audit and business continuity.`,
	figures: {
		score: 'Self-check score',
		gaps: 'Items with gaps',
		accepted: 'Risks accepted this year',
		expiring: 'Acceptance expiry',
		findings: 'Open findings',
		overdue: 'Overdue actions',
		plans: 'Plans approved and exercises'
	},
	scoreValue: (c, d) => (d === null ? c : `${c} (${d} on last year)`),
	gapsValue: (now, closed, opened, compared) => (compared ? `${now} (since last year: closed ${closed}, new ${opened})` : String(now)),
	acceptedValue: (n) => String(n),
	expiringValue: (e, x, days) => `expiring within ${days} days: ${e}, expired: ${x}`,
	findingsValue: (open, overdue) => `${open} (overdue: ${overdue})`,
	overdueValue: (r, i) => `risk treatment: ${r}, improvement: ${i}`,
	plansValue: (a, e) => `plan versions approved: ${a}, exercises held: ${e}`,
	sentences: {
		scoreUp: (pt) => `The score rose by ${pt} since last year.`,
		scoreDown: (pt) => `The score fell by ${pt} since last year; the next page shows which sections fell.`,
		scoreSame: 'The score is the same as last year.',
		noPrevious: 'There is no self-check of last year to compare with.',
		expired: (n) => `Acceptances that expired while their risks are open: ${n}. Approve them again or decide on another treatment.`,
		overdue: (n) => `Actions and findings past their due date: ${n}.`,
		allClear: 'No risk acceptance has expired and no action is overdue.'
	},
	sectionsChart: (p, c) => `Score by section (${p}, ${c})`,
	groupsChart: (p, c) => `Score by classification (${p}, ${c})`,
	chartCaption: (n) =>
		`Compared over the ${n} items present in both years. Score: implemented or alternative = 1, partly = 0.5, over the items that count.`,
	rose: (named, n) => (n > 3 ? `Sections whose score rose: ${n}; most: ${named}.` : `Sections whose score rose: ${named}.`),
	fell: (named, n) => (n > 3 ? `Sections whose score fell: ${n}; most: ${named}.` : `Sections whose score fell: ${named}.`),
	noMoves: 'No section changed its score.',
	noPreviousCallout: 'There is no self-check of last year to compare with. This year’s score is on the previous page.',
	closedTitle: (n) => `Gaps closed (${n})`,
	openedTitle: (n) => `New gaps (${n})`,
	gapHeader: (p, c) => ['ID', 'Item', p, c],
	noGapsClosed: 'No gap of last year was closed.',
	noGapsOpened: 'No new gaps.',
	newItem: '(new this year)',
	more: (n, where) => `Not shown here: ${n}; see the ${where}.`,
	see: { selfcheck: 'self-check report', risk: 'risk management report', findings: 'list of findings', plans: 'plans and exercises pages' },
	acceptedTitle: 'Risks accepted this year',
	acceptedHeader: ['No.', 'Risk', 'Approved by', 'Approved on', 'Valid through'],
	noAccepted: 'No risk acceptance was approved this year.',
	expiryTitle: (d) => `Acceptances expiring within ${d} days, and expired ones`,
	expiryHeader: ['No.', 'Risk', 'Valid through', 'State'],
	noExpiry: 'No acceptance is close to or past its expiry.',
	expiredIn: (d) => (d === 1 ? 'Expired 1 day ago' : `Expired ${d} days ago`),
	expiresIn: (d) => (d === 1 ? '1 day left' : `${d} days left`),
	riskActionsTitle: 'Overdue risk treatment actions',
	riskActionsHeader: ['No.', 'Risk', 'Action', 'Owner', 'Due date'],
	noRiskActions: 'No risk treatment action is overdue.',
	findingsTitle: 'Open findings',
	findingsHeader: ['Finding', 'Severity', 'Status', 'Due date'],
	noFindings: 'No open findings.',
	overdueMark: ' (overdue)',
	improvementsTitle: 'Overdue improvement actions (from exercises and incidents)',
	improvementsHeader: ['Issue', 'Owner', 'Due date'],
	noImprovements: 'No improvement action is overdue.',
	plansTitle: 'Plans approved this year',
	plansHeader: ['Plan', 'Version', 'Approved on'],
	noPlans: 'No plan version was approved this year.',
	exercisesTitle: 'Exercises held this year',
	exercisesHeader: ['Exercise', 'Kind', 'Held on'],
	noExercises: 'No exercise was held this year.',
	noDate: '—'
};

export const BOARD_STRINGS: Record<ReportLanguage, BoardStrings> = { ja, en };
