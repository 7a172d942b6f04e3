/**
 * The two plan types and their section templates: a title, guidance on what
 * the section must settle (our own words, after BRIEF §3, §7, §8 and seeds
 * 000/001/004), and the Markdown outline a new plan starts from. Structured
 * parts (the BIA table, dependencies, CSIRT and escalation, triage,
 * reporting) are real fields beside the section's Markdown (content.ts).
 * Pure data.
 */
import type { Localized } from '../sectors';
import type { PlanKind } from './kinds';

export { isPlanKind, PLAN_KINDS, type PlanKind } from './kinds';

export const PLAN_KIND_NAMES: Record<PlanKind, Localized> = {
	bcp: { ja: '事業継続計画（BCP）', en: 'Business continuity plan (BCP)' },
	contingency: { ja: 'コンティンジェンシープラン', en: 'Contingency plan' }
};

export const STRUCTURED_PARTS = ['bia', 'dependencies', 'csirt', 'triage', 'reporting'] as const;
export type StructuredPart = (typeof STRUCTURED_PARTS)[number];

export interface SectionTemplate {
	key: string;
	title: Localized;
	guidance: Localized;
	/** The Markdown a new plan starts with. */
	starter: Localized;
	structured?: StructuredPart;
}

const bcp: SectionTemplate[] = [
	{
		key: 'scope',
		title: { ja: '目的と適用範囲', en: 'Scope and objectives' },
		guidance: {
			ja: 'どの重要インフラサービスを、どの事態（サイバー攻撃、システム障害、災害、他分野からの波及）に対して守る計画かを書きます。発動の基準と、計画を見直す時期・責任者も決めます。',
			en: 'State which critical services the plan protects and against which events (cyberattack, system failure, disaster, spillover from other sectors). Settle when the plan is invoked, and when and by whom it is reviewed.'
		},
		starter: {
			ja: '## 目的\n\n## 対象とする重要インフラサービス\n\n## 想定する事態\n\n## 発動基準\n\n## 見直し\n',
			en: '## Objectives\n\n## Critical services covered\n\n## Events considered\n\n## Invocation criteria\n\n## Review\n'
		}
	},
	{
		key: 'bia',
		title: { ja: '事業影響度分析（BIA）', en: 'Business impact analysis (BIA)' },
		guidance: {
			ja: '重要インフラサービスごとに、最大許容停止時間（MTPD）、目標復旧時間（RTO）、目標復旧時点（RPO）、停止中も守る最低限のサービスレベルを決めます。RTO は MTPD 以内、かつ自組織のサービスレベルと分野の検証レベルが許す時間以内でなければなりません。',
			en: 'For each critical service, set the maximum tolerable period of disruption (MTPD), the recovery time objective (RTO), the recovery point objective (RPO) and the minimum service level kept during the disruption. The RTO must fit within the MTPD and within what your service level and the sector’s verification level allow.'
		},
		starter: {
			ja: '## 分析の前提\n\n## 影響の大きい時間帯・時期\n',
			en: '## Assumptions\n\n## Periods of highest impact\n'
		},
		structured: 'bia'
	},
	{
		key: 'dependencies',
		title: { ja: '依存関係と代替手段', en: 'Dependencies and fallbacks' },
		guidance: {
			ja: '重要システムが頼る電力・通信・水道・クラウド・委託先などを挙げ、それぞれが止まったときの代替手段と、代替なしで持ちこたえられる時間を書きます。他分野の障害からの波及（相互依存性）を意識します。',
			en: 'List what the important systems rely on — power, telecom, water, cloud, suppliers — and for each the fallback when it fails and how long the service holds without it. Think of spillover from other sectors (interdependency).'
		},
		starter: { ja: '## 相互依存性について\n', en: '## Interdependencies\n' },
		structured: 'dependencies'
	},
	{
		key: 'strategies',
		title: { ja: '復旧戦略と手順', en: 'Recovery strategies and procedures' },
		guidance: {
			ja: 'RTO を守るための戦略（代替拠点、待機系、手動運用への切替など）と、その手順書の所在を書きます。復旧の優先順位は BIA に合わせます。',
			en: 'Describe the strategies that keep the RTOs (alternate site, standby systems, switch to manual operation…) and where the procedures are kept. Recovery priorities follow the BIA.'
		},
		starter: {
			ja: '## 復旧の優先順位\n\n## 戦略\n\n## 手順書\n',
			en: '## Recovery priorities\n\n## Strategies\n\n## Procedures\n'
		}
	},
	{
		key: 'roles',
		title: { ja: '役割と意思決定権限', en: 'Roles and decision authority' },
		guidance: {
			ja: '計画の発動、対策本部の設置、サービス縮退の判断を誰が行うか、不在時の代行順位とともに決めます。経営層の関与を明確にします。',
			en: 'Decide who invokes the plan, sets up the response headquarters and decides to degrade the service, with the order of deputies. Make the executives’ part explicit.'
		},
		starter: {
			ja: '## 対策本部\n\n## 意思決定者と代行順位\n',
			en: '## Response headquarters\n\n## Decision makers and deputies\n'
		}
	},
	{
		key: 'communication',
		title: { ja: 'コミュニケーション', en: 'Communication' },
		guidance: {
			ja: '社内、所管省庁、セプター、需要家・利用者、報道への連絡の方法と担当を書きます。連絡先は連絡先台帳で管理します。',
			en: 'Describe how and by whom staff, the ministry, the CEPTOAR, customers and the press are informed. Keep the contact details in the contact register.'
		},
		starter: {
			ja: '## 社内連絡\n\n## 社外への連絡\n\n## 広報\n',
			en: '## Internal\n\n## External\n\n## Press and public\n'
		}
	},
	{
		key: 'resources',
		title: { ja: '経営資源', en: 'Resources' },
		guidance: {
			ja: '要員、設備、予備品、燃料、資金、委託先との契約など、復旧に必要な資源とその確保の方法を書きます。',
			en: 'List the resources recovery needs — staff, equipment, spares, fuel, funds, supplier contracts — and how they are secured.'
		},
		starter: { ja: '## 要員\n\n## 設備・予備品\n\n## 契約\n', en: '## Staff\n\n## Equipment and spares\n\n## Contracts\n' }
	}
];

const contingency: SectionTemplate[] = [
	{
		key: 'csirt',
		title: { ja: 'CSIRT とエスカレーション', en: 'CSIRT and escalation' },
		guidance: {
			ja: 'インシデント対応チーム（CSIRT）の責任者・代行者と構成、どの事態で誰に何分以内に上げるかを決めます。経営層への報告基準を含めます。',
			en: 'Name the incident response team (CSIRT) lead, deputy and members, and decide what is escalated to whom within how many minutes, including when executives are told.'
		},
		starter: { ja: '## 体制\n\n## 平常時の活動\n', en: '## Organisation\n\n## Routine activities\n' },
		structured: 'csirt'
	},
	{
		key: 'detection',
		title: { ja: '検知とトリアージ', en: 'Detection and triage' },
		guidance: {
			ja: '事象を「予兆・軽微な障害・重大な障害・攻撃の確認」と「サイバー攻撃の可能性」の組合せで分類し（「緊急時における情報連絡（案）」別紙3）、分類ごとの初動、判断者、連絡までの時間を決めます。',
			en: 'Classify events by what is happening (signs, minor failure, major failure, confirmed attack) and how likely an attack is (“Emergency information reporting (draft)”, 別紙3), and set for each the first response, who decides and how soon the ministry is contacted.'
		},
		starter: { ja: '## 検知の手段\n\n## 記録の取り方\n', en: '## How events are detected\n\n## How they are recorded\n' },
		structured: 'triage'
	},
	{
		key: 'reporting',
		title: { ja: '情報連絡', en: 'Information reporting' },
		guidance: {
			ja: '法令で報告が義務づけられている場合と、特異・重大と判断した場合に、所管省庁へ連絡します（第2次行動計画 別添3）。連絡手段と連絡担当者は必須で、それ以外は判明した範囲で断片的でも構いません。共有してよい範囲も決めておきます。',
			en: 'Report to the ministry when the law requires it or when you judge the event significant (Second Action Plan, 別添3). The contact means and the contact person are mandatory; everything else may be reported as known, even in fragments. Decide in advance how far it may be shared.'
		},
		starter: { ja: '## 連絡の判断\n', en: '## Deciding to report\n' },
		structured: 'reporting'
	},
	{
		key: 'containment',
		title: { ja: '封じ込め', en: 'Containment' },
		guidance: {
			ja: '被害の拡大を止める手段（ネットワーク分離、アカウント停止、制御系の切り離しなど）と、実行を判断する人を書きます。証拠の保全にも触れます。',
			en: 'Describe how spread is stopped (network isolation, disabling accounts, cutting control systems off…) and who decides. Cover preserving evidence.'
		},
		starter: { ja: '## 封じ込めの手段\n\n## 証拠の保全\n', en: '## Containment measures\n\n## Preserving evidence\n' }
	},
	{
		key: 'recovery',
		title: { ja: '復旧', en: 'Recovery' },
		guidance: {
			ja: 'システムとデータを安全に戻す手順、再開の判断基準、BCP への引き継ぎ方を書きます。',
			en: 'Describe how systems and data are safely restored, the criteria for resuming service, and the hand-over to the BCP.'
		},
		starter: { ja: '## 復旧手順\n\n## 再開の判断\n', en: '## Restoration\n\n## Resuming service\n' }
	},
	{
		key: 'review',
		title: { ja: '事後レビュー', en: 'Post-incident review' },
		guidance: {
			ja: '事後に原因と対応を振り返り、深刻度を記録し、教訓を改善措置にして期限と担当を決めるまでの流れを書きます。',
			en: 'Describe how cause and response are reviewed afterwards, severity is recorded, and lessons become improvement actions with owners and due dates.'
		},
		starter: { ja: '## 振り返りの進め方\n\n## 改善への反映\n', en: '## How the review is run\n\n## Feeding improvements back\n' }
	}
];

export const PLAN_TEMPLATES: Record<PlanKind, readonly SectionTemplate[]> = { bcp, contingency };

/** Every section as "<kind>.<key>": what improvement actions link to (improvement_actions.plan_sections). */
export const PLAN_SECTION_REFS = [
	'bcp.scope',
	'bcp.bia',
	'bcp.dependencies',
	'bcp.strategies',
	'bcp.roles',
	'bcp.communication',
	'bcp.resources',
	'contingency.csirt',
	'contingency.detection',
	'contingency.reporting',
	'contingency.containment',
	'contingency.recovery',
	'contingency.review'
] as const;
export type PlanSectionRef = (typeof PLAN_SECTION_REFS)[number];

export function sectionTemplate(kind: PlanKind, key: string): SectionTemplate | undefined {
	return PLAN_TEMPLATES[kind].find((s) => s.key === key);
}

export function sectionRefName(ref: PlanSectionRef, lang: keyof Localized): string {
	const [kind, key] = ref.split('.') as [PlanKind, string];
	const section = sectionTemplate(kind, key);
	return `${PLAN_KIND_NAMES[kind][lang]} — ${section?.title[lang] ?? key}`;
}
