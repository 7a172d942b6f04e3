/** The audit trail's descriptions of the risk register's collections (see audit-collections.ts). */
import type { AuditContext, CollectionDescription, RecordValues } from '$lib/domain/audit/describe';
import { ACCEPTANCE_STATUS_NAMES, ACTION_STATUS_NAMES, TREATMENT_NAMES } from '$lib/domain/risks/labels';
import { RISK_CATEGORY_NAMES } from '$lib/domain/risks/threat-catalogue';
import { choice, date, datetime, l, relation, str, text, users } from './audit-fields';

const STATUS = { draft: l('作成中', 'Draft'), submitted: l('提出済み', 'Submitted'), signed: l('承認済み', 'Approved') };
const rating = (ja: string, en: string) => text(ja, en);

/** "R-001 停電による制御システムの停止" when the risk can be read. */
const riskOf = (r: RecordValues, ctx: AuditContext): string | null => (str(r.risk) ? ctx.recordLabel('risks', str(r.risk)) : null);
const within = (label: string, risk: string | null) => (risk ? `${label}（${risk}）` : label);

export const RISK_AUDIT_COLLECTIONS: Record<string, CollectionDescription> = {
	risk_criteria: {
		name: l('リスク基準', 'Risk criteria'),
		fields: {
			version: text('版', 'Version'),
			status: choice('状態', 'Status', STATUS),
			note: text('メモ', 'Note'),
			return_reason: text('差し戻しの理由', 'Reason for returning'),
			submitted_at: datetime('提出日時', 'Submitted at'),
			signed_at: datetime('承認日時', 'Approved at'),
			content_sha256: text('承認した内容の SHA-256', 'Approved content SHA-256')
		},
		// the criteria themselves (scales and matrix): identified by their SHA-256
		hidden: ['organisation', 'content'],
		label: (r, ctx) =>
			typeof r.version === 'number' ? (ctx.lang === 'ja' ? `リスク基準 第${r.version}版` : `Risk criteria version ${r.version}`) : null
	},
	risks: {
		name: l('リスク', 'Risk'),
		fields: {
			ref: text('番号', 'Reference'),
			title: text('リスク名', 'Title'),
			scenario: text('シナリオ', 'Scenario'),
			category: choice('区分', 'Category', RISK_CATEGORY_NAMES),
			threat: text('脅威', 'Threat'),
			services: relation('重要インフラサービス', 'Critical services', 'critical_services'),
			systems: relation('重要システム', 'Important systems', 'important_systems'),
			dependencies: relation('依存関係', 'Dependencies', 'dependencies'),
			owner: text('リスク所有者', 'Risk owner'),
			status: choice('状態', 'Status', { open: l('対応中', 'Open'), closed: l('終了', 'Closed') }),
			closed_reason: text('終了の理由', 'Reason for closing'),
			criteria: relation('リスク基準', 'Risk criteria', 'risk_criteria'),
			inherent_likelihood: rating('固有リスクの起こりやすさ', 'Inherent likelihood'),
			inherent_impact: rating('固有リスクの影響度', 'Inherent consequence'),
			current_likelihood: rating('現在のリスクの起こりやすさ', 'Current likelihood'),
			current_impact: rating('現在のリスクの影響度', 'Current consequence'),
			target_likelihood: rating('残留リスク（目標）の起こりやすさ', 'Target likelihood'),
			target_impact: rating('残留リスク（目標）の影響度', 'Target consequence'),
			controls: text('既存の管理策', 'Existing controls'),
			control_items: text('管理策の項目', 'Control items'),
			treatment: choice('リスク対応', 'Risk treatment', TREATMENT_NAMES),
			treatment_plan: text('対応の計画', 'Treatment plan'),
			reviewed_at: date('レビュー日', 'Reviewed on')
		},
		hidden: ['organisation', 'candidate_keys'],
		label: (r) => [str(r.ref), str(r.title)].filter(Boolean).join(' ') || null
	},
	risk_dismissals: {
		name: l('除外したリスク候補', 'Discarded candidate risk'),
		fields: {
			candidate_key: text('候補', 'Candidate'),
			reason: text('理由', 'Reason'),
			dismissed_by: users('除外した人', 'Discarded by')
		},
		hidden: ['organisation'],
		label: (r) => str(r.candidate_key) || null
	},
	risk_reviews: {
		name: l('リスクのレビュー', 'Risk review'),
		fields: {
			risk: relation('リスク', 'Risk', 'risks'),
			outcome: choice('結果', 'Outcome', { unchanged: l('変更なし', 'Unchanged'), changed: l('変更あり', 'Changed') }),
			note: text('メモ', 'Note'),
			reviewer: users('レビューした人', 'Reviewer'),
			reviewer_name: text('レビューした人（名前）', 'Reviewer (name)'),
			reviewed_at: date('レビュー日', 'Reviewed on'),
			ratings: text('評価', 'Ratings')
		},
		hidden: ['organisation'],
		label: (r, ctx) => riskOf(r, ctx)
	},
	risk_actions: {
		name: l('リスク対応の措置', 'Treatment action'),
		fields: {
			risk: relation('リスク', 'Risk', 'risks'),
			title: text('措置', 'Action'),
			description: text('説明', 'Description'),
			owner: text('担当者', 'Owner'),
			due_date: date('期限', 'Due date'),
			status: choice('状態', 'Status', ACTION_STATUS_NAMES),
			completed_on: date('完了日', 'Completed on'),
			checklist_items: text('チェックリストの項目', 'Checklist items'),
			plans: relation('関係する計画', 'Plans concerned', 'plans')
		},
		hidden: ['organisation'],
		label: (r, ctx) => (str(r.title) ? within(str(r.title), riskOf(r, ctx)) : riskOf(r, ctx))
	},
	risk_acceptances: {
		name: l('リスク受容', 'Risk acceptance'),
		fields: {
			risk: relation('リスク', 'Risk', 'risks'),
			status: choice('状態', 'Status', ACCEPTANCE_STATUS_NAMES),
			justification: text('受容の理由', 'Justification'),
			expires_at: date('有効期限', 'Expires on'),
			requested_by: users('申請者', 'Requested by'),
			requested_by_name: text('申請者（名前）', 'Requested by (name)'),
			decided_by: users('判断した人', 'Decided by'),
			decided_by_name: text('判断した人（名前）', 'Decided by (name)'),
			decided_at: datetime('判断日時', 'Decided at'),
			decision_comment: text('判断のコメント', 'Decision comment'),
			signed_at: datetime('承認日時', 'Approved at'),
			content_sha256: text('承認した内容の SHA-256', 'Approved content SHA-256'),
			expired_at: datetime('期限切れの日時', 'Expired at'),
			revoked_by: users('取り消した人', 'Revoked by'),
			revoked_by_name: text('取り消した人（名前）', 'Revoked by (name)'),
			revoked_at: datetime('取消日時', 'Revoked at'),
			revoked_reason: text('取消の理由', 'Reason for revoking')
		},
		// the frozen copy of the risk that was approved: identified by its SHA-256
		hidden: ['organisation', 'snapshot'],
		label: (r, ctx) => riskOf(r, ctx)
	}
};
