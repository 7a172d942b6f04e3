import { defineMessages } from '../define';

export const shell = defineMessages(
	{
		nav: {
			label: 'メインナビゲーション',
			profile: '組織プロファイル',
			risks: 'リスク管理',
			selfcheck: '自己検証',
			plans: '計画（BCP・CP）',
			evidence: '証跡',
			reports: '報告書',
			audit: '監査証跡',
			exports: '書き出し',
			members: 'メンバー'
		},
		switchOrg: '組織を切り替え',
		allOrgs: 'すべての組織',
		yourRoles: 'あなたのロール',
		roles: {
			admin: '組織管理者',
			security: 'セキュリティ担当',
			executive: '経営層',
			auditor: '監査人'
		},
		roleHelp: {
			admin: '組織プロファイルとメンバーを管理します。',
			security: '自己検証・リスク・計画・証跡を作成し編集します。',
			executive: 'すべてを閲覧し、承認・署名します。内容は編集できません。',
			auditor: 'すべてを閲覧し、レビューコメントと指摘事項を書きます。'
		}
	},
	{
		nav: {
			label: 'Main navigation',
			profile: 'Profile',
			risks: 'Risks',
			selfcheck: 'Self-check',
			plans: 'Plans (BCP & CP)',
			evidence: 'Evidence',
			reports: 'Reports',
			audit: 'Audit trail',
			exports: 'Exports',
			members: 'Members'
		},
		switchOrg: 'Switch organisation',
		allOrgs: 'All organisations',
		yourRoles: 'Your roles',
		roles: {
			admin: 'Organisation admin',
			security: 'Security team',
			executive: 'Executive',
			auditor: 'Auditor'
		},
		roleHelp: {
			admin: 'Manages the organisation profile and its members.',
			security: 'Creates and edits self-checks, risks, plans and evidence.',
			executive: 'Reads everything, approves and signs; cannot edit content.',
			auditor: 'Reads everything, writes review comments and findings.'
		}
	}
);
