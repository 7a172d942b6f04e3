import { defineMessages } from '../define';

/** Texts of the sections that are still empty: they say so plainly and link to what creates content. */
export const sections = defineMessages(
	{
		risks: {
			title: 'リスク管理',
			lead: '重要インフラサービスと重要システムについて、リスクアセスメント（リスク特定・リスク分析・リスク評価）→ リスク対応 → モニタリング及びレビューを行い、その全体を通してリスクコミュニケーション及び協議を行います。残留リスクの受容は、リスク対応の中で経営層が行う判断です。',
			empty:
				'リスク台帳はまだありません。リスク台帳の機能は準備中です。まず組織プロファイルで、リスクの対象となる重要インフラサービスと重要システムを登録してください。',
			cta: '重要インフラサービスを登録する'
		}
	},
	{
		risks: {
			title: 'Risk management',
			lead: 'For your critical services and important systems: risk assessment (identification, analysis, evaluation) → risk treatment → monitoring and review, with communication and consultation throughout. Accepting a residual risk is an executive decision within treatment.',
			empty:
				'There is no risk register yet; the risk register is still being built. Start by registering, in the profile, the critical services and important systems that risks will refer to.',
			cta: 'Register critical services'
		}
	}
);
