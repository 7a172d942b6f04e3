import { defineMessages } from '../define';

/** Candidate risks (リスク特定の候補): confirm, merge or discard. */
export const riskSuggestions = defineMessages(
	{
		title: 'リスク特定の候補',
		lead: '脅威の一覧（行動計画 別紙3の4分類とサプライチェーン）と、重要システム・依存先の組み合わせから考えられるリスクの候補です。1件ずつ、リスクとして確定するか、既存のリスクに統合するか、除外してください。',
		confirmed: (ref: string) => `${ref} として登録しました:`,
		merged: (ref: string) => `${ref} に統合しました:`,
		none: '判断していない候補はありません。重要システムや依存先を追加すると、新しい候補が出ます。',
		noSystems: '候補は重要システムと依存先から作られます。まず組織プロファイルで重要システムを登録してください。',
		count: (n: number) => `判断していない候補が${n}件あります。`,
		dismissedTitle: '除外した候補',
		goneCandidate: '（元になったシステムまたは依存先がなくなった候補）',
		restore: '候補に戻す',
		confirm: 'リスクとして確定',
		mergeInto: '統合先のリスクを選ぶ',
		merge: '統合',
		reason: '除外の理由（任意）',
		dismiss: '除外',
		gone: 'この候補はもうありません（すでに判断されたか、元になった記録が変わりました）。',
		chooseRisk: '統合先のリスクを選んでください。',
		ownerToDecide: '未定（要設定）'
	},
	{
		title: 'Candidate risks',
		lead: 'Risks that the threat catalogue (the four categories of the action plan’s annex 3, plus supply chain) suggests for your important systems and dependencies. For each: confirm it as a risk, merge it into an existing risk, or discard it.',
		confirmed: (ref: string) => `Registered as ${ref}:`,
		merged: (ref: string) => `Merged into ${ref}:`,
		none: 'No candidates left to decide. Adding systems or dependencies brings new ones.',
		noSystems: 'Candidates come from your important systems and dependencies. Register important systems in the profile first.',
		count: (n: number) => (n === 1 ? '1 candidate to decide.' : `${n} candidates to decide.`),
		dismissedTitle: 'Discarded candidates',
		goneCandidate: '(a candidate whose system or dependency no longer exists)',
		restore: 'Propose again',
		confirm: 'Confirm as a risk',
		mergeInto: 'Merge into…',
		merge: 'Merge',
		reason: 'Why discard it (optional)',
		dismiss: 'Discard',
		gone: 'This candidate no longer exists (it was decided already, or what it came from changed).',
		chooseRisk: 'Choose the risk to merge into.',
		ownerToDecide: 'To be decided'
	}
);
