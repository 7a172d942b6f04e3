import { defineMessages } from '../define';

export const org = defineMessages(
	{
		profileTitle: '組織プロファイル',
		profileLead: '組織の分野と事業者区分は、自己検証で適用されるチェックリストと、参照する検証レベルを決めます。',
		name: '組織名',
		nameEn: '組織名（英語）',
		sector: '重要インフラ分野',
		ministry: '所管省庁',
		operatorClass: '事業者区分',
		fyStartMonth: '年度の開始月',
		fyStartMonthHelp: '既定は4月（4月〜翌年3月）です。',
		monthName: (m: number) => `${m}月`,
		currentFiscalYear: '現在の年度',
		verificationLevel: '分野の検証レベル（参考：2009年の第2次行動計画 別紙2）',
		noVerificationLevel: 'この分野には行動計画上の検証レベルが示されていません。自組織のサービスレベルを定めてください。',
		editProfile: 'プロファイルを編集',
		createTitle: '新しい組織を作成',
		createLead: '作成したあなたがこの組織の管理者になります。メンバーは後から追加できます。',
		services: {
			title: '重要インフラサービス',
			lead: '守るべきサービスと、安定的に提供されているとみなすサービスレベルを登録します。',
			name: 'サービス名',
			description: '説明',
			serviceLevel: 'サービスレベル',
			serviceLevelHelp: '例: 10万kW以上の供給支障を10分以上継続させない',
			maxOutage: '許容停止時間（時間）',
			owner: '責任者',
			empty: 'まだ重要インフラサービスが登録されていません。',
			add: 'サービスを追加'
		},
		systems: {
			title: '重要システム',
			lead: 'サービスの提供に必要な情報システムと、その依存先を登録します。',
			name: 'システム名',
			description: '説明',
			services: '支えるサービス',
			owner: '責任者',
			empty: 'まだ重要システムが登録されていません。',
			add: 'システムを追加'
		}
	},
	{
		profileTitle: 'Organisation profile',
		profileLead:
			'The sector and operator class decide which checklists apply in the self-check and which verification level serves as a reference.',
		name: 'Organisation name',
		nameEn: 'Name in English',
		sector: 'Critical-infrastructure sector',
		ministry: 'Supervising ministry',
		operatorClass: 'Operator class',
		fyStartMonth: 'Fiscal year starts in',
		fyStartMonthHelp: 'April by default (April to March).',
		monthName: (m: number) => new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
		currentFiscalYear: 'Current fiscal year',
		verificationLevel: 'Sector verification level (reference: the 2009 Second Action Plan, 別紙2)',
		noVerificationLevel: 'The action plans set no verification level for this sector. Define your own service level.',
		editProfile: 'Edit profile',
		createTitle: 'Create a new organisation',
		createLead: 'You become the admin of the organisation you create. You can add members afterwards.',
		services: {
			title: 'Critical services',
			lead: 'The services to protect, and the service level at which each counts as stably provided.',
			name: 'Service name',
			description: 'Description',
			serviceLevel: 'Service level',
			serviceLevelHelp: 'e.g. no supply outage of 100,000 kW or more lasting 10 minutes or longer',
			maxOutage: 'Maximum tolerable outage (hours)',
			owner: 'Owner',
			empty: 'No critical services registered yet.',
			add: 'Add a service'
		},
		systems: {
			title: 'Important systems',
			lead: 'The information systems needed to deliver the services, and what they depend on.',
			name: 'System name',
			description: 'Description',
			services: 'Supports services',
			owner: 'Owner',
			empty: 'No important systems registered yet.',
			add: 'Add a system'
		}
	}
);
