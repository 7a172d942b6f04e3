/** The four threat categories of seed 001 別紙3 (BRIEF §4), plus the process stages of the risk cycle (BRIEF §5). */
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
	'improvement'
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
	audit: { ja: '監査', en: 'Audit' },
	improvement: { ja: '改善', en: 'Improvement' }
};
