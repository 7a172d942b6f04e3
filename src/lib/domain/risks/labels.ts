/**
 * Names of the risk register's codes, defined once for the UI messages and
 * the reports (decisions, treatment options, acceptance and action
 * statuses, analysis stages). Pure data.
 */
import type { Localized } from '../sectors';
import type { AcceptanceStatus, Decision } from './acceptance';
import type { ActionStatus } from './forms';
import type { TreatmentOption } from './register';
import type { Stage } from './versions';

const L = (ja: string, en: string): Localized => ({ ja, en });

export const DECISION_NAMES: Record<Decision, Localized> = {
	accepted: L('受容済み', 'Accepted'),
	reapproval: L('再承認が必要', 'Needs re-approval'),
	requested: L('受容の承認待ち', 'Acceptance awaiting approval'),
	needs_decision: L('判断が必要', 'Needs a decision'),
	treatment_required: L('リスク対応が必要', 'Treatment required'),
	in_treatment: L('リスク対応中', 'In treatment'),
	within_tolerance: L('許容範囲内', 'Within tolerance')
};

export const TREATMENT_NAMES: Record<TreatmentOption | 'none', Localized> = {
	none: L('未定', 'Undecided'),
	reduce: L('低減', 'Reduce'),
	avoid: L('回避', 'Avoid'),
	transfer: L('移転', 'Transfer'),
	accept: L('保有（受容）', 'Retain (accept)')
};

export const ACCEPTANCE_STATUS_NAMES: Record<AcceptanceStatus, Localized> = {
	requested: L('承認待ち', 'Awaiting approval'),
	signed: L('承認済み（有効）', 'Approved (valid)'),
	rejected: L('却下', 'Rejected'),
	withdrawn: L('取り下げ', 'Withdrawn'),
	revoked: L('取消', 'Revoked'),
	expired: L('期限切れ', 'Expired')
};

export const ACTION_STATUS_NAMES: Record<ActionStatus, Localized> = {
	planned: L('予定', 'Planned'),
	in_progress: L('実施中', 'In progress'),
	done: L('完了', 'Done'),
	cancelled: L('中止', 'Cancelled')
};

export const STAGE_NAMES: Record<Stage, Localized> = {
	inherent: L('固有リスク', 'Inherent risk'),
	current: L('現在のリスク', 'Current risk'),
	target: L('残留リスク（目標）', 'Residual risk (target)')
};

/** A table of names in one language. */
export function namesIn<K extends string>(names: Record<K, Localized>, lang: 'ja' | 'en'): Record<K, string> {
	return Object.fromEntries(Object.entries<Localized>(names).map(([k, v]) => [k, v[lang]])) as Record<K, string>;
}
