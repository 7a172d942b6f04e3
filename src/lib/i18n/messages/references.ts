import { defineMessages } from '../define';

/** The suggestions from the 2009 plan beside the profile's register of critical services (profile/ServiceSuggestions.svelte). */
export const references = defineMessages(
	{
		title: '行動計画が例示する重要インフラサービス（登録の参考）',
		none: 'この分野は2009年の第2次行動計画より後に加わった分野で、対象事業者や重要インフラサービスの例示はありません。自組織で定めてください。',
		targetOperators: '対象となる事業者（別紙1）',
		failureExamples: '重要インフラサービス障害の例（別紙1、当時の「IT障害」）',
		services: '重要インフラサービスと根拠法令（別紙2）',
		legalBasis: '根拠法令',
		noLegalBasis: '別紙2に記載なし',
		register: 'この例をもとに登録',
		registered: '登録済み',
		levelPrefix: '分野の検証レベル（参考）',
		afterRegister: '登録すると、名前・説明・検証レベル（サービスレベルの出発点）が入ります。自組織のサービスに合わせて編集してください。'
	},
	{
		title: 'Critical services named in the action plan (suggestions)',
		none: 'This sector joined after the 2009 second action plan, which names no target operators or critical services for it. Define your own.',
		targetOperators: 'Target operators (attachment 1)',
		failureExamples: 'Examples of critical-service failures (attachment 1; then called "IT failures")',
		services: 'Critical services and their legal bases (attachment 2)',
		legalBasis: 'Legal basis',
		noLegalBasis: 'none given in attachment 2',
		register: 'Register from this example',
		registered: 'Registered',
		levelPrefix: 'Sector verification level (reference)',
		afterRegister:
			'Registering fills in the name, a description and the verification level as a starting point for the service level. Edit them to fit your service.'
	}
);
