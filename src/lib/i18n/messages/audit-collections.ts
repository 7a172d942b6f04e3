/**
 * How the audit trail shows each audited collection (pb_hooks/lib/collections.js):
 * ONE entry per collection — its name, the labels of its fields, what select
 * values mean, which fields point to other records, which are never shown,
 * and what a person calls one of its records. Adding a collection: add its
 * entry here (src/lib/i18n/audited.test.ts fails until every audited
 * collection has one). The engine is src/lib/domain/audit/describe.ts.
 */
import type { AuditContext, CollectionDescription, RecordValues } from '$lib/domain/audit/describe';
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { REPORT_TYPE_TITLES } from '$lib/domain/reports/kinds';
import { OPERATOR_CLASS_NAMES, SECTORS } from '$lib/domain/sectors';
import { ANSWER_STATUS_LABELS } from '$lib/domain/selfcheck/answers';
import type { Localized } from '$lib/domain/sectors';
import { TARGETS } from '$lib/domain/evidence/targets';
import { DEPENDENCY_CATEGORY_NAMES, DEPENDENCY_DIRECTION_NAMES } from '$lib/domain/risks/dependencies';
import { SERVICE_LEVEL_UNIT_NAMES } from '$lib/domain/risks/service-levels';
import { ROLE_FIELDS, ROLES } from '$lib/domain/roles';
import { both, choice, date, datetime, inParens, l, relation, str, text, users } from './audit-fields';
import { AUDIT_REVIEW_COLLECTIONS, targetName, targetReferences } from './audit-collections-audit-review';
import { INCIDENT_AUDIT_COLLECTIONS } from './audit-collections-incidents';
import { PLAN_AUDIT_COLLECTIONS } from './audit-collections-plans';
import { RISK_AUDIT_COLLECTIONS } from './audit-collections-risks';
import { reports } from './reports';
import { shell } from './shell';

const localized = (v: unknown, lang: 'ja' | 'en'): string =>
	v && typeof v === 'object' ? str((v as Record<string, unknown>)[lang]) || str((v as Record<string, unknown>).ja) : str(v);

/** "GOV-01 経営層の責任の明確化" (the title when the pinned checklist can be read). */
function itemLabel(record: RecordValues, ctx: AuditContext): string | null {
	const item = str(record.item_id);
	if (!item) return null;
	const title = ctx.itemTitle(str(record.checklist), item);
	return title ? `${item} ${title}` : item;
}

/** "（2026年度 第1版）" after a label, when the self-check is known. */
function inAssessment(label: string | null, record: RecordValues, ctx: AuditContext): string | null {
	const assessment = str(record.assessment) ? ctx.recordLabel('assessments', str(record.assessment)) : null;
	if (!label) return assessment;
	return assessment ? `${label}（${assessment}）` : label;
}

/** An invitation's role (the organisation field it adds the person to), as the shell names the roles. */
const ROLE_NAMES = Object.fromEntries(ROLES.map((role) => [ROLE_FIELDS[role], l(shell.ja.roles[role], shell.en.roles[role])])) as Record<
	string,
	Localized
>;

const SECTOR_NAMES = Object.fromEntries(SECTORS.map((s) => [s.code, s.name])) as Record<string, Localized>;
const ASSESSMENT_STATUS = l('状態', 'Status');

export const AUDIT_COLLECTIONS: Record<string, CollectionDescription> = {
	organisations: {
		name: l('組織', 'Organisation'),
		fields: {
			name: text('組織名', 'Name'),
			name_en: text('組織名（英語）', 'Name in English'),
			sector: choice('重要インフラ分野', 'Sector', SECTOR_NAMES),
			operator_class: choice('事業者区分', 'Operator class', OPERATOR_CLASS_NAMES),
			fy_start_month: text('年度の開始月', 'Fiscal-year start month'),
			admins: users('組織管理者', 'Organisation admins'),
			security_team: users('セキュリティ担当', 'Security team'),
			executives: users('経営層', 'Executives'),
			auditors: users('監査人', 'Auditors')
		},
		// the union of the four roles, recomputed by a hook on every save
		hidden: ['members'],
		label: (r) => str(r.name) || null
	},
	invitations: {
		name: l('メンバー招待', 'Member invitation'),
		fields: {
			email: text('招待したメールアドレス', 'E-mail invited'),
			role: choice('ロール', 'Role', ROLE_NAMES),
			invited_by: users('招待した人', 'Invited by'),
			invited_by_name: text('招待した人（名前）', 'Invited by (name)'),
			expires: datetime('有効期限', 'Expires at'),
			accepted: datetime('承諾日時', 'Accepted at'),
			accepted_by: users('承諾したアカウント', 'Accepted by')
		},
		// only the SHA-256 of the secret link is stored, and even that is never shown
		hidden: ['organisation', 'token_hash'],
		label: (r, ctx) => (str(r.email) ? inParens(str(r.email), ROLE_NAMES[str(r.role)]?.[ctx.lang], ctx.lang) : null)
	},
	critical_services: {
		name: l('重要インフラサービス', 'Critical service'),
		fields: {
			name: text('サービス名', 'Name'),
			description: text('説明', 'Description'),
			service_level: text('サービスレベル', 'Service level'),
			max_outage_hours: text('許容停止時間（時間）', 'Maximum outage (hours)'),
			owner: text('責任者', 'Owner'),
			sl_quantity: text('サービスレベル（量）', 'Service level (quantity)'),
			sl_unit: choice('サービスレベル（単位）', 'Service level (unit)', SERVICE_LEVEL_UNIT_NAMES),
			sl_duration_minutes: text('サービスレベル（継続時間・分）', 'Service level (duration, minutes)'),
			sl_population: text('サービスレベル（影響を受ける利用者数）', 'Service level (customers affected)'),
			sl_vl_excluded: { label: l('検証レベルの対象外', 'Outside the verification level'), kind: 'bool' }
		},
		hidden: ['organisation'],
		label: (r) => str(r.name) || null
	},
	important_systems: {
		name: l('重要システム', 'Important system'),
		fields: {
			name: text('システム名', 'Name'),
			description: text('説明', 'Description'),
			services: relation('支えるサービス', 'Services supported', 'critical_services'),
			// the old category select, moved to the dependencies register (kept for entries written before)
			depends_on: choice('依存先（区分）', 'Depends on (categories)', DEPENDENCY_CATEGORY_NAMES),
			owner: text('責任者', 'Owner')
		},
		hidden: ['organisation'],
		label: (r) => str(r.name) || null
	},
	...RISK_AUDIT_COLLECTIONS,
	checklists: {
		name: l('チェックリスト（固定版）', 'Checklist (pinned version)'),
		fields: {
			checklist_id: text('チェックリストID', 'Checklist ID'),
			version: text('版', 'Version'),
			title: text('名称', 'Title'),
			source: choice('入手元', 'Source', { library: l('ライブラリ', 'Library'), import: l('取り込み', 'Import') }),
			content_sha256: text('内容の SHA-256', 'Content SHA-256')
		},
		// the full checklist: thousands of lines, identified by its SHA-256
		hidden: ['organisation', 'content'],
		label: (r, ctx) => {
			const title = localized(r.title, ctx.lang) || str(r.checklist_id);
			return title ? `${title}${str(r.version) ? ` v${str(r.version)}` : ''}` : null;
		}
	},
	assessments: {
		name: l('自己検証', 'Self-check'),
		fields: {
			fiscal_year: text('年度', 'Fiscal year'),
			revision: text('版', 'Revision'),
			status: choice(ASSESSMENT_STATUS.ja, ASSESSMENT_STATUS.en, {
				draft: l('作成中', 'Draft'),
				submitted: l('提出済み（レビュー中）', 'Submitted (in review)'),
				signed: l('署名済み', 'Signed')
			}),
			checklists: relation('チェックリスト', 'Checklists', 'checklists'),
			previous: relation('前年度の自己検証', 'Previous self-check', 'assessments'),
			reopened_from: relation('再開元', 'Reopened from', 'assessments'),
			reopen_reason: text('再開の理由', 'Reason for reopening'),
			return_reason: text('差し戻しの理由', 'Reason for returning'),
			submitted_at: datetime('提出日時', 'Submitted at'),
			signed_at: datetime('署名日時', 'Signed at'),
			content_sha256: text('署名した内容の SHA-256', 'Signed content SHA-256'),
			reference_adoption: choice('参考事項の採否', 'Reference item adoption', {
				per_item: l('項目ごとに記録する', 'Recorded item by item')
			})
		},
		hidden: ['organisation'],
		label: (r, ctx) =>
			typeof r.fiscal_year === 'number'
				? `${fiscalYearLabel(r.fiscal_year, ctx.lang)} ${ctx.lang === 'ja' ? `第${r.revision ?? 1}版` : `revision ${r.revision ?? 1}`}`
				: null
	},
	answers: {
		name: l('自己検証の回答', 'Self-check answer'),
		fields: {
			assessment: relation('自己検証', 'Self-check', 'assessments'),
			checklist: relation('チェックリスト', 'Checklist', 'checklists'),
			item_id: text('項目ID', 'Item ID'),
			status: choice('回答', 'Answer', ANSWER_STATUS_LABELS),
			justification: text('理由', 'Justification'),
			notes: text('メモ', 'Notes'),
			owner: text('担当者', 'Owner'),
			target_date: date('対応予定日', 'Target date'),
			carried_over: { label: l('前年度から引継ぎ（未確認）', 'Carried over (not confirmed)'), kind: 'bool' },
			mapped_from: text('対応表による引継ぎ元', 'Carried over through a crosswalk from'),
			updated_by: users('更新者', 'Updated by')
		},
		// a counter for conflict detection, not something a person changed
		hidden: ['organisation', 'version'],
		label: (r, ctx) => inAssessment(itemLabel(r, ctx), r, ctx)
	},
	reference_adoptions: {
		name: l('参考事項の採否', 'Reference item adoption'),
		fields: {
			assessment: relation('自己検証', 'Self-check', 'assessments'),
			checklist: relation('チェックリスト', 'Checklist', 'checklists'),
			item_id: text('項目ID', 'Item ID'),
			adopted: { label: l('採用する', 'Adopted'), kind: 'bool' },
			reason: text('理由', 'Reason'),
			carried_over: { label: l('前年度から引継ぎ（未確認）', 'Carried over (not confirmed)'), kind: 'bool' },
			updated_by: users('更新者', 'Updated by')
		},
		hidden: ['organisation'],
		label: (r, ctx) => inAssessment(itemLabel(r, ctx), r, ctx)
	},
	review_comments: {
		name: l('レビューコメント', 'Review comment'),
		fields: {
			assessment: relation('自己検証', 'Self-check', 'assessments'),
			checklist: relation('チェックリスト', 'Checklist', 'checklists'),
			item_id: text('項目ID', 'Item ID'),
			body: text('コメント', 'Comment'),
			author: users('投稿者', 'Author'),
			author_name: text('投稿者名', 'Author name')
		},
		hidden: ['organisation'],
		label: (r, ctx) => inAssessment(itemLabel(r, ctx) ?? (ctx.lang === 'ja' ? '自己検証全体へのコメント' : 'General comment'), r, ctx)
	},
	signoffs: {
		name: l('承認・署名', 'Sign-off'),
		fields: {
			subject_collection: text('署名の対象', 'Signed record type'),
			subject_id: text('署名の対象（ID）', 'Signed record'),
			statement: text('所見', 'Statement'),
			signer: users('署名者', 'Signer'),
			signer_name: text('署名者名', 'Signer name'),
			content_sha256: text('署名した内容の SHA-256', 'Signed content SHA-256')
		},
		hidden: ['organisation'],
		references: (r) => (str(r.subject_collection) && str(r.subject_id) ? [[str(r.subject_collection), str(r.subject_id)]] : []),
		label: (r, ctx) => {
			const subject = str(r.subject_collection);
			const what = subject && str(r.subject_id) ? ctx.recordLabel(subject, str(r.subject_id)) : null;
			const kind = Object.hasOwn(AUDIT_COLLECTIONS, subject) ? AUDIT_COLLECTIONS[subject].name[ctx.lang] : subject;
			return what ? `${kind}: ${what}` : null;
		}
	},
	reports: {
		name: l('報告書', 'Report'),
		fields: {
			report_id: text('報告書ID', 'Report ID'),
			type: choice('種類', 'Type', REPORT_TYPE_TITLES),
			subject_id: text('対象（ID）', 'Subject'),
			fiscal_year: text('年度', 'Fiscal year'),
			language: choice(
				'言語',
				'Language',
				both((lang) => reports[lang].languages)
			),
			status: choice(
				'状態',
				'Status',
				both((lang) => reports[lang].statuses)
			),
			snapshot_sha256: text('スナップショットの SHA-256', 'Snapshot SHA-256'),
			pdf_sha256: text('PDF の SHA-256', 'PDF SHA-256'),
			file: text('ファイル', 'File'),
			created_by: users('作成者', 'Created by')
		},
		// the HMAC of the registration and the format it was signed with: checked on /verify, not read
		hidden: ['organisation', 'signature', 'signature_version'],
		label: (r) => str(r.report_id) || null
	},
	dependencies: {
		name: l('依存関係', 'Dependency'),
		fields: {
			name: text('名称', 'Name'),
			direction: choice('方向', 'Direction', DEPENDENCY_DIRECTION_NAMES),
			category: choice('区分', 'Category', DEPENDENCY_CATEGORY_NAMES),
			sector: choice('重要インフラ分野', 'Sector', SECTOR_NAMES),
			supplies: text('提供を受けるもの', 'What they supply'),
			systems: relation('重要システム', 'Important systems', 'important_systems'),
			services: relation('重要インフラサービス', 'Critical services', 'critical_services'),
			alternative: text('代替手段', 'Alternative'),
			contact: text('連絡先', 'Contact'),
			notes: text('メモ', 'Notes')
		},
		hidden: ['organisation'],
		label: (r) => str(r.name) || null
	},
	evidence: {
		name: l('証跡', 'Evidence'),
		fields: {
			kind: choice('種類', 'Kind', { file: l('ファイル', 'File'), link: l('リンク', 'Link') }),
			title: text('名称', 'Title'),
			description: text('説明', 'Description'),
			owner: text('担当者', 'Owner'),
			url: text('URL', 'URL'),
			fiscal_year: text('年度', 'Fiscal year'),
			effective_from: date('有効期間の開始', 'Effective from'),
			effective_to: date('有効期間の終了', 'Effective to'),
			expires_on: date('有効期限', 'Expires on'),
			current_revision: relation('現在の版', 'Current revision', 'evidence_revisions'),
			created_by: users('登録者', 'Created by'),
			created_by_name: text('登録者名', 'Created by (name)')
		},
		hidden: ['organisation', 'revision_count'],
		label: (r) => str(r.title) || null
	},
	evidence_revisions: {
		name: l('証跡ファイル（版）', 'Evidence file (revision)'),
		fields: {
			evidence: relation('証跡', 'Evidence', 'evidence'),
			number: text('版', 'Revision'),
			file: text('ファイル', 'File'),
			original_name: text('元のファイル名', 'Original file name'),
			size: text('サイズ（バイト）', 'Size (bytes)'),
			mime: text('形式', 'Type'),
			sha256: text('SHA-256', 'SHA-256'),
			note: text('メモ', 'Note'),
			uploaded_by: users('登録者', 'Uploaded by'),
			uploaded_by_name: text('登録者名', 'Uploaded by (name)')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const evidence = str(r.evidence) ? ctx.recordLabel('evidence', str(r.evidence)) : null;
			const name = str(r.original_name);
			const number = typeof r.number === 'number' ? (ctx.lang === 'ja' ? `第${r.number}版` : `revision ${r.number}`) : '';
			return [evidence, number, name].filter(Boolean).join(' · ') || null;
		}
	},
	evidence_links: {
		name: l('証跡の紐付け', 'Evidence link'),
		fields: {
			evidence: relation('証跡', 'Evidence', 'evidence'),
			target_type: choice(
				'紐付け先の種類',
				'Linked to (type)',
				Object.fromEntries(Object.entries(TARGETS).map(([type, spec]) => [type, spec.label]))
			),
			target_id: text('紐付け先（ID）', 'Linked to (ID)'),
			target_part: text('紐付け先の部分', 'Part linked to'),
			created_by: users('登録者', 'Created by'),
			created_by_name: text('登録者名', 'Created by (name)')
		},
		hidden: ['organisation'],
		references: targetReferences,
		label: (r, ctx) => {
			const evidence = str(r.evidence) ? ctx.recordLabel('evidence', str(r.evidence)) : null;
			const where = targetName(r, ctx);
			return evidence || where ? `${evidence ?? '—'} → ${where ?? '—'}` : null;
		}
	},
	...AUDIT_REVIEW_COLLECTIONS,
	...PLAN_AUDIT_COLLECTIONS,
	...INCIDENT_AUDIT_COLLECTIONS
};

// A sign-off's subject is an audited collection (pb_hooks/lib/signoff.js SUBJECTS): named as the trail names it.
AUDIT_COLLECTIONS.signoffs.fields.subject_collection.values = Object.fromEntries(
	Object.entries(AUDIT_COLLECTIONS).map(([key, c]) => [key, c.name])
);

/** The names of the collections, for the filter and the spreadsheet. */
export const collectionNames = (lang: 'ja' | 'en'): Record<string, string> =>
	Object.fromEntries(Object.entries(AUDIT_COLLECTIONS).map(([key, c]) => [key, c.name[lang]]));
