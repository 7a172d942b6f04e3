import { defineMessages } from '../define';

export const home = defineMessages(
	{
		title: 'mamori — 守り',
		lead: '重要インフラ14分野の事業者が、毎年度の安全基準の自己検証、リスク管理、BCP・コンティンジェンシープランの策定、証跡の整理を一か所で行い、経営層の承認と監査人のレビューまでつなぐためのワークベンチです。',
		steps: [
			'組織プロファイル：重要インフラサービス、重要システム、依存関係を登録',
			'リスク管理：リスクアセスメント（特定・分析・評価）→ リスク対応 → モニタリング及びレビュー。リスクコミュニケーション及び協議と自主的な監査は全体を通して',
			'自己検証：要検討事項・参考事項のチェックリストに年度ごとに回答',
			'計画：BCP とコンティンジェンシープランの策定、演習と指摘事項',
			'証跡と監査：証跡の収集、監査人のレビュー、経営層の署名',
			'報告書：監査人が検証できる PDF と各種エクスポート'
		],
		start: 'ログインして始める',
		yourOrganisations: 'あなたの組織',
		noOrganisations: 'まだどの組織にも所属していません。新しい組織を作成するか、組織の管理者に追加を依頼してください。',
		newOrganisation: '新しい組織を作成',
		open: '開く'
	},
	{
		title: 'mamori — 守り',
		lead: 'A workbench for operators in Japan’s 14 critical-infrastructure sectors: the annual safety-standard self-check, risk management, BCP and contingency-plan drafting and evidence in one place, through to executive sign-off and the auditor’s review.',
		steps: [
			'Profile: register critical services, important systems and dependencies',
			'Risk management: risk assessment (identify, analyse, evaluate) → treatment → monitoring and review, with communication, consultation and voluntary audits throughout',
			'Self-check: answer the checklists of items to consider and reference items each fiscal year',
			'Plans: draft the BCP and the contingency plan; exercises and their findings',
			'Evidence and audit: collect evidence, auditor review, executive sign-off',
			'Reports: PDFs an auditor can verify, plus exports'
		],
		start: 'Log in to start',
		yourOrganisations: 'Your organisations',
		noOrganisations: 'You do not belong to any organisation yet. Create a new one, or ask an organisation admin to add you.',
		newOrganisation: 'Create a new organisation',
		open: 'Open'
	}
);
