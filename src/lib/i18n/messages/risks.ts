import { ACTION_STATUS_NAMES, DECISION_NAMES, STAGE_NAMES, TREATMENT_NAMES, namesIn } from '$lib/domain/risks/labels';
import { defineMessages } from '../define';
import { risksRelying } from './risks-relying';

/** The risk register: list, heat maps, a risk's page, candidate risks. */
export const risks = defineMessages(
	{
		tabs: {
			label: 'リスク管理の画面',
			register: 'リスク台帳',
			suggestions: 'リスク特定の候補',
			acceptances: 'リスク受容',
			criteria: 'リスク基準'
		},
		title: 'リスク台帳',
		lead: 'リスクアセスメント（リスク特定 → リスク分析 → リスク評価）、リスク対応、モニタリング及びレビューを、重要インフラサービス・重要システム・依存先について行います。',
		fromSuggestions: '候補からリスクを特定',
		newRisk: 'リスクを登録',
		newLead:
			'守るべきもの（サービス・システム・依存先）、脅威、起こりうる事態（シナリオ）、リスク所有者を登録します。分析はこのあと行います。',
		noCriteria: '承認されたリスク基準がないため、リスクを分析できません。',
		empty:
			'まだリスクが登録されていません。「候補からリスクを特定」で、重要システムと依存先から考えられるリスクを確認するところから始められます。',
		staleNotice: (n: number) => `${n}件のリスクが古い版のリスク基準で分析されています。過去の分析はそのまま残っています。`,
		reevaluate: '現在の基準で再評価する',
		heatMaps: 'ヒートマップ',
		heatMapCaption: (v: number) =>
			`リスク基準 第${v}版。数字はそのマスのリスクの件数で、押すと一覧を絞り込みます。太枠はリスク対応が必要なマスです。`,
		cellLink: (n: number, l: number, i: number) => `起こりやすさ${l}・影響度${i}のリスク${n}件を表示`,
		unratedCount: (n: number) => `未評価 ${n}件。`,
		onOtherVersion: (n: number) => `古い版で分析 ${n}件`,
		stages: namesIn(STAGE_NAMES, 'ja'),
		stageHelp: {
			inherent: '管理策がないと仮定した場合',
			current: '今ある管理策を踏まえた場合',
			target: '計画したリスク対応を終えた後'
		},
		viewsLabel: '一覧の絞り込み',
		views: {
			open: '対応中のすべて',
			treatment: 'リスク対応が必要',
			decision: '判断が必要',
			due: 'レビュー期限が近い',
			stale: '古い基準で分析',
			unrated: '未分析',
			closed: '終了'
		},
		cellFilter: (stage: string, l: number, i: number) => `${stage}が起こりやすさ${l}・影響度${i}のリスクを表示しています。`,
		overdueActions: (n: number) => `期限を過ぎたリスク対応の措置が${n}件あります。`,
		noneInView: 'この条件に当てはまるリスクはありません。',
		ref: '番号',
		risk: 'リスク',
		decisionColumn: '対応・受容',
		nextReview: '次回レビュー',
		owner: 'リスク所有者',
		staleBadge: '古い基準',
		overdueBadge: (n: number) => `期限超過 ${n}`,
		changedSinceAcceptance: '承認後に悪化',
		inherentOnly: '固有リスクのみ評価済み',
		decisions: namesIn(DECISION_NAMES, 'ja'),
		fields: {
			title: 'リスクの名称',
			category: '脅威の種類',
			threat: '脅威',
			threatHelp: '一覧から選ぶか、自由に書きます（行動計画 別紙3の例とサプライチェーン）。',
			scenario: 'シナリオ（起こりうる事態）',
			scenarioHelp: '何が起き、何が止まり、サービスにどう影響するかを具体的に書きます。',
			owner: 'リスク所有者',
			ownerHelp: 'このリスクの管理に責任と権限を持つ人・部署。',
			services: '関係する重要インフラサービス',
			systems: '関係する重要システム',
			dependencies: '関係する依存先',
			noDependencies: '依存先はまだ登録されていません。',
			controls: '今ある管理策',
			controlItems: '管理策が拠りどころにする自己検証の項目',
			controlItemsHelp: 'Ctrl（Mac は ⌘）を押しながら選ぶと複数選べます。',
			treatment: 'リスク対応の選択肢',
			plan: 'リスク対応の計画'
		},
		readOnly: 'リスクを登録できるのはセキュリティ担当です。',
		create: '登録する',
		errors: {
			tooMany: (n: number) => `選べるのは${n}件までです。`,
			ratePair: '起こりやすさと影響度は両方選んでください。'
		},
		backToRegister: 'リスク台帳に戻る',
		closed: '終了',
		closedBecause: (reason: string) => `このリスクは終了しています: ${reason}`,
		sections: {
			identification: 'リスク特定',
			analysis: 'リスク分析',
			treatment: 'リスク対応',
			review: 'モニタリング及びレビュー',
			history: '変更の履歴',
			close: 'リスクの終了・削除'
		},
		staleRisk: (old: number, current: number) =>
			`このリスクはリスク基準 第${old}版で分析されています（現在は第${current}版）。以前の分析は変わりません。`,
		ratedWith: (v: number) => `リスク基準 第${v}版で分析`,
		reevaluateHelp: (v: number) => `リスク基準 第${v}版の尺度で選び直してください。前の評価を同じ位置に置き換えた値を入れてあります。`,
		notRated: '未評価',
		stageColumn: '段階',
		level: 'リスクレベル',
		aboveTolerance: '現在のリスクが許容水準を超えています。リスク対応を決めてください。',
		linkedControls: '自己検証の項目（管理策の拠りどころ）',
		noSelfcheck: '自己検証がまだないため、項目を選べません。',
		noControls: '自己検証の項目はまだ紐づいていません。',
		controlGaps: (n: number) => `このリスクが拠りどころにしている項目のうち${n}件が「未実施」です。`,
		notInSelfcheck: '最新の自己検証にない項目',
		answersFrom: (fy: number) => `${fy}年度の自己検証の回答です。`,
		treatments: namesIn(TREATMENT_NAMES, 'ja'),
		treatmentHelp: {
			reduce: '起こりやすさや影響度を下げる対策をとる',
			avoid: 'リスクを生む活動・構成をやめる',
			transfer: '保険や契約で他者と分担する',
			accept: '対策をとらずに保有する（経営層の受容が必要）'
		},
		actions: {
			title: 'リスク対応の措置',
			add: '措置を追加',
			none: 'まだ措置がありません。',
			items: '関係する自己検証の項目',
			overdue: '期限超過',
			plans: '関係する計画',
			plansHelp: 'この措置で見直す・整備する計画（事業継続計画、コンティンジェンシープラン）。',
			noPlans: '計画はまだありません（計画のページで作成できます）。',
			confirmDelete: 'この措置を削除しますか？',
			statuses: namesIn(ACTION_STATUS_NAMES, 'ja'),
			fields: {
				title: '措置',
				owner: '担当',
				due: '期限',
				status: '状態',
				completed: '完了日',
				description: '内容',
				items: '関係する自己検証の項目'
			}
		},
		reviewDue: (date: string) => `次回レビュー期限: ${date}`,
		reviewOverdue: (days: number) => `${days}日超過`,
		reviewNoDue: '分析するとレビュー期限が決まります（リスクレベルごとのレビュー周期はリスク基準で定めます）。',
		reviewed: 'レビューを記録しました。',
		reviewOutcome: 'レビューの結果',
		reviewOutcomes: { unchanged: '変化なし', changed: '見直した' },
		reviewNote: 'メモ',
		recordReview: 'レビューを記録',
		pastReviews: 'これまでのレビュー',
		closeReason: '終了の理由',
		close: 'リスクを終了する',
		reopen: '再開する',
		confirmDelete: 'このリスクを削除しますか？',
		deleteHelp: '誤って登録したリスクだけを削除してください。受容の記録があるリスクは削除できません（終了させてください）。',
		cannotDelete: '受容の記録があるため削除できません。リスクを終了させてください。',
		levelsAt: (v: number) => `リスクレベル（リスク基準 第${v}版）`,
		evidence: {
			title: '証跡',
			lead: 'リスクの分析とリスク対応の措置を裏付ける文書・記録です。証跡は「証跡」で登録し、ここで紐づけます。',
			ofRisk: 'このリスク',
			ofAction: (title: string) => `措置: ${title}`,
			ofAcceptance: '受容の依頼を裏付ける証跡'
		},
		relying: risksRelying.ja.relying
	},
	{
		tabs: {
			label: 'Risk management pages',
			register: 'Risk register',
			suggestions: 'Candidate risks',
			acceptances: 'Acceptances',
			criteria: 'Risk criteria'
		},
		title: 'Risk register',
		lead: 'Risk assessment (identification → analysis → evaluation), treatment, and monitoring and review for your critical services, important systems and dependencies.',
		fromSuggestions: 'Identify from candidates',
		newRisk: 'Register a risk',
		newLead:
			'Name what is at risk (services, systems, dependencies), the threat, the scenario and the risk owner. The analysis comes next.',
		noCriteria: 'No approved risk criteria yet, so risks cannot be analysed.',
		empty: 'No risks registered yet. Start with “Identify from candidates”: the risks your important systems and dependencies suggest.',
		staleNotice: (n: number) =>
			n === 1
				? '1 risk was analysed with an older version of the risk criteria. Its analysis stays as it was.'
				: `${n} risks were analysed with an older version of the risk criteria. Their analyses stay as they were.`,
		reevaluate: 'Re-evaluate on the criteria in force',
		heatMaps: 'Heat maps',
		heatMapCaption: (v: number) =>
			`Risk criteria version ${v}. Each number counts the risks in that cell and filters the list. Framed cells require treatment.`,
		cellLink: (n: number, l: number, i: number) => `Show the ${n} risk(s) at likelihood ${l}, consequence ${i}`,
		unratedCount: (n: number) => `${n} not rated.`,
		onOtherVersion: (n: number) => `${n} on an older version`,
		stages: namesIn(STAGE_NAMES, 'en'),
		stageHelp: {
			inherent: 'as if there were no controls',
			current: 'with the controls in place today',
			target: 'after the planned treatment'
		},
		viewsLabel: 'Filter the list',
		views: {
			open: 'All open',
			treatment: 'Treatment required',
			decision: 'Decision needed',
			due: 'Review due soon',
			stale: 'Older criteria',
			unrated: 'Not analysed',
			closed: 'Closed'
		},
		cellFilter: (stage: string, l: number, i: number) =>
			`Showing risks whose ${stage.toLowerCase()} is at likelihood ${l}, consequence ${i}.`,
		overdueActions: (n: number) =>
			n === 1 ? '1 treatment action is past its due date.' : `${n} treatment actions are past their due date.`,
		noneInView: 'No risk matches.',
		ref: 'No.',
		risk: 'Risk',
		decisionColumn: 'Treatment & acceptance',
		nextReview: 'Next review',
		owner: 'Risk owner',
		staleBadge: 'Older criteria',
		overdueBadge: (n: number) => `${n} overdue`,
		changedSinceAcceptance: 'Worse since approval',
		inherentOnly: 'Inherent risk rated only',
		decisions: namesIn(DECISION_NAMES, 'en'),
		fields: {
			title: 'Risk',
			category: 'Threat category',
			threat: 'Threat',
			threatHelp: 'Choose from the list or write your own (the examples of the action plan’s annex 3 and supply chain).',
			scenario: 'Scenario',
			scenarioHelp: 'What happens, what stops, and how the service is affected — concretely.',
			owner: 'Risk owner',
			ownerHelp: 'The person or department accountable for managing this risk.',
			services: 'Critical services concerned',
			systems: 'Important systems concerned',
			dependencies: 'Dependencies concerned',
			noDependencies: 'No dependencies registered yet.',
			controls: 'Existing controls',
			controlItems: 'Self-check items the controls rely on',
			controlItemsHelp: 'Hold Ctrl (⌘ on a Mac) to choose several.',
			treatment: 'Treatment option',
			plan: 'Treatment plan'
		},
		readOnly: 'Only the security team registers risks.',
		create: 'Register',
		errors: {
			tooMany: (n: number) => `Choose at most ${n}.`,
			ratePair: 'Rate both likelihood and consequence.'
		},
		backToRegister: 'Back to the risk register',
		closed: 'Closed',
		closedBecause: (reason: string) => `This risk is closed: ${reason}`,
		sections: {
			identification: 'Identification',
			analysis: 'Analysis',
			treatment: 'Treatment',
			review: 'Monitoring and review',
			history: 'History',
			close: 'Close or delete'
		},
		staleRisk: (old: number, current: number) =>
			`This risk was analysed with risk criteria version ${old} (version ${current} is in force). The earlier analysis does not change.`,
		ratedWith: (v: number) => `Analysed with risk criteria version ${v}`,
		reevaluateHelp: (v: number) =>
			`Rate again on the scales of risk criteria version ${v}. The earlier ratings are pre-filled at the same relative position.`,
		notRated: 'Not rated',
		stageColumn: 'Stage',
		level: 'Risk level',
		aboveTolerance: 'The current risk is above the tolerance. Decide on its treatment.',
		linkedControls: 'Self-check items (what the controls rely on)',
		noSelfcheck: 'There is no self-check yet, so no items to choose.',
		noControls: 'No self-check items linked yet.',
		controlGaps: (n: number) =>
			n === 1
				? '1 item this risk relies on is answered “not implemented”.'
				: `${n} items this risk relies on are answered “not implemented”.`,
		notInSelfcheck: 'Not in the latest self-check',
		answersFrom: (fy: number) => `Answers of the FY${fy} self-check.`,
		treatments: namesIn(TREATMENT_NAMES, 'en'),
		treatmentHelp: {
			reduce: 'take measures that lower likelihood or consequence',
			avoid: 'stop the activity or set-up that causes the risk',
			transfer: 'share it with others through insurance or contracts',
			accept: 'retain it without further measures (needs an executive’s acceptance)'
		},
		actions: {
			title: 'Treatment actions',
			add: 'Add an action',
			none: 'No actions yet.',
			items: 'Self-check items',
			overdue: 'Overdue',
			plans: 'Plans concerned',
			plansHelp: 'The plans this action revises or puts in place (business continuity plan, contingency plan).',
			noPlans: 'No plans yet (create them on the Plans page).',
			confirmDelete: 'Delete this action?',
			statuses: namesIn(ACTION_STATUS_NAMES, 'en'),
			fields: {
				title: 'Action',
				owner: 'Owner',
				due: 'Due date',
				status: 'Status',
				completed: 'Completed on',
				description: 'Details',
				items: 'Self-check items concerned'
			}
		},
		reviewDue: (date: string) => `Next review due: ${date}`,
		reviewOverdue: (days: number) => `${days} day(s) overdue`,
		reviewNoDue: 'Analysing the risk sets its review date (the risk criteria set the review cadence per level).',
		reviewed: 'Review recorded.',
		reviewOutcome: 'Outcome',
		reviewOutcomes: { unchanged: 'No change', changed: 'Revised' },
		reviewNote: 'Notes',
		recordReview: 'Record a review',
		pastReviews: 'Past reviews',
		closeReason: 'Why it is closed',
		close: 'Close the risk',
		reopen: 'Reopen',
		confirmDelete: 'Delete this risk?',
		deleteHelp: 'Delete only a risk registered by mistake. A risk with acceptances cannot be deleted (close it instead).',
		cannotDelete: 'This risk has acceptances and cannot be deleted. Close it instead.',
		levelsAt: (v: number) => `Risk levels (risk criteria version ${v})`,
		evidence: {
			title: 'Evidence',
			lead: 'Documents and records that back the analysis and the treatment actions. Register evidence under “Evidence” and link it here.',
			ofRisk: 'This risk',
			ofAction: (title: string) => `Action: ${title}`,
			ofAcceptance: 'Evidence backing the request'
		},
		relying: risksRelying.en.relying
	}
);
