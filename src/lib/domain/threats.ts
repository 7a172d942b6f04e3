/**
 * The four threat categories of seed 001 別紙3 (BRIEF §4), and the stage tags
 * that place a checklist item in the risk-management cycle of seed 000
 * (BRIEF §5): リスクアセスメント (特定・分析・評価) → リスク対応 (対処態勢の整備:
 * BCP, contingency plan, information sharing) → モニタリング及びレビュー, with
 * リスクコミュニケーション及び協議 throughout and 自主的な監査. Acceptance of a
 * residual risk is a decision within treatment, not a stage of its own.
 */
import type { Localized } from './sectors';

export const THREAT_CATEGORIES = ['intentional', 'unintentional', 'disaster', 'spillover'] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

export const THREAT_NAMES: Record<ThreatCategory, Localized> = {
	intentional: { ja: 'サイバー攻撃をはじめとする意図的要因', en: 'Intentional causes, including cyberattacks' },
	unintentional: { ja: '非意図的要因', en: 'Unintentional causes' },
	disaster: { ja: '災害や疾病', en: 'Disasters and disease' },
	spillover: { ja: '他分野の障害からの波及', en: 'Spillover from failures in other sectors' }
};

export const PROCESS_STAGES = [
	'governance',
	'identification',
	'analysis',
	'evaluation',
	'treatment',
	'bcp',
	'contingency',
	'information_sharing',
	'audit',
	'monitoring',
	'communication'
] as const;
export type ProcessStage = (typeof PROCESS_STAGES)[number];

export const PROCESS_STAGE_NAMES: Record<ProcessStage, Localized> = {
	governance: { ja: '組織統治', en: 'Governance' },
	identification: { ja: 'リスク特定', en: 'Risk identification' },
	analysis: { ja: 'リスク分析', en: 'Risk analysis' },
	evaluation: { ja: 'リスク評価', en: 'Risk evaluation' },
	treatment: { ja: 'リスク対応', en: 'Risk treatment' },
	bcp: { ja: '事業継続計画（BCP）', en: 'Business continuity (BCP)' },
	contingency: { ja: 'コンティンジェンシープラン', en: 'Contingency planning' },
	information_sharing: { ja: '情報共有', en: 'Information sharing' },
	audit: { ja: '自主的な監査', en: 'Voluntary audit' },
	monitoring: { ja: 'モニタリング及びレビュー', en: 'Monitoring and review' },
	communication: { ja: 'リスクコミュニケーション及び協議', en: 'Communication and consultation' }
};

/**
 * Stage tags of earlier editions, read as today's tags so that checklists
 * pinned to past self-checks still load ('improvement' was not a stage of the
 * seed's cycle; what it tagged is monitoring and review).
 */
export const LEGACY_STAGES: Readonly<Record<string, ProcessStage>> = { improvement: 'monitoring' };

/** The cycle of seed 000 as the product shows it: the stages in order, and what runs throughout. */
export const RISK_CYCLE: { steps: Localized[]; throughout: Localized[] } = {
	steps: [
		{ ja: 'リスクアセスメント（リスク特定・リスク分析・リスク評価）', en: 'Risk assessment (identification, analysis, evaluation)' },
		{ ja: 'リスク対応（対処態勢の整備）', en: 'Risk treatment (building the response capability)' },
		{ ja: 'モニタリング及びレビュー', en: 'Monitoring and review' }
	],
	throughout: [
		{ ja: 'リスクコミュニケーション及び協議', en: 'Communication and consultation' },
		{ ja: '自主的な監査', en: 'Voluntary audit' }
	]
};
