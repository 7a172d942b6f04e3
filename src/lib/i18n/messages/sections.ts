import { defineMessages } from '../define';

/** Texts of the sections that are still empty: they say so plainly and link to what creates content. */
export const sections = defineMessages(
	{
		risks: {
			title: 'リスク管理',
			lead: 'リスクの特定 → 分析 → 評価 → 対応 → 受容 → モニタリングを、重要インフラサービスと重要システムに対して行います。',
			empty:
				'リスク台帳はまだありません。リスク台帳の機能は準備中です。まず組織プロファイルで、リスクの対象となる重要インフラサービスと重要システムを登録してください。',
			cta: '重要インフラサービスを登録する'
		},
		evidence: {
			title: '証跡',
			lead: '自己点検の回答やリスク対応を裏付ける文書・記録を集め、監査人のレビューに備えます。',
			empty: '証跡はまだありません。証跡の管理機能は準備中です。自己点検の各項目の回答には、メモとして根拠を記録できます。',
			cta: '自己点検を開く'
		}
	},
	{
		risks: {
			title: 'Risk management',
			lead: 'Identify → analyse → evaluate → treat → accept → monitor the risks to your critical services and important systems.',
			empty:
				'There is no risk register yet; the risk register is still being built. Start by registering, in the profile, the critical services and important systems that risks will refer to.',
			cta: 'Register critical services'
		},
		evidence: {
			title: 'Evidence',
			lead: 'Collect the documents and records that back your self-check answers and risk treatments, ready for the auditor’s review.',
			empty:
				'There is no evidence yet; evidence management is still being built. Each self-check answer can already record its grounds in the notes.',
			cta: 'Open the self-check'
		}
	}
);
