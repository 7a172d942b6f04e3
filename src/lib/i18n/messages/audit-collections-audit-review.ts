/**
 * The audit trail's descriptions of the auditor's side (see audit-collections.ts):
 * reviews of evidence, evidence requests, findings and their history, and
 * outside auditors' access (audit_grants, whose `view` entries say what the
 * holder looked at). Select values read as the review and findings pages show them.
 */
import type { AuditContext, CollectionDescription, RecordValues } from '$lib/domain/audit/describe';
import { TARGETS, type TargetSpec } from '$lib/domain/evidence/targets';
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { both, choice, date, datetime, inParens, l, relation, str, text, users } from './audit-fields';
import { review } from './evidence-review';
import { findings } from './findings';

const specOf = (r: RecordValues): TargetSpec | undefined =>
	Object.hasOwn(TARGETS, str(r.target_type)) ? TARGETS[str(r.target_type)] : undefined;

/** The fields naming what a link, request or finding points at (pb_hooks/lib/link-targets.json). */
export const targetFields = {
	target_type: choice('対象の種類', 'Target (type)', Object.fromEntries(Object.entries(TARGETS).map(([type, spec]) => [type, spec.label]))),
	target_id: text('対象（ID）', 'Target (ID)'),
	target_part: text('対象の部分', 'Part of the target')
};

/** The target record, for the label to name it. */
export const targetReferences = (r: RecordValues): [string, string][] => {
	const spec = specOf(r);
	return spec && str(r.target_id) ? [[spec.collection, str(r.target_id)]] : [];
};

/** "自己検証の項目 2026年度 第1版 GOV-01": the target's type, what the record is called, and the part. */
export function targetName(r: RecordValues, ctx: AuditContext): string | null {
	const spec = specOf(r);
	const target = spec && str(r.target_id) ? ctx.recordLabel(spec.collection, str(r.target_id)) : null;
	return [spec?.label[ctx.lang], target, str(r.target_part)].filter(Boolean).join(' ') || null;
}

const about = (title: string, r: RecordValues, ctx: AuditContext): string | null =>
	title ? inParens(title, targetName(r, ctx), ctx.lang) : targetName(r, ctx);

const VERDICTS = both((lang) => review[lang].states);
const REQUEST_STATUSES = both((lang) => review[lang].requests.statuses);
const SEVERITIES = both((lang) => findings[lang].severities);
const FINDING_STATUSES = both((lang) => findings[lang].statuses);
const FINDING_EVENTS = both((lang) => findings[lang].events);
const FISCAL_YEAR = text('年度', 'Fiscal year');

/** "scope FY2026" and "file 点検記録.pdf (revision 2, <id>)", as pb_hooks/audit-scope.pb.js writes them. */
const SCOPE_VIEW = /^scope FY(\d{4})$/;
const FILE_VIEW = /^file (.*) \(revision (\d+), ([a-z0-9]{15})\)$/;

export const AUDIT_REVIEW_COLLECTIONS: Record<string, CollectionDescription> = {
	evidence_reviews: {
		name: l('証跡のレビュー', 'Evidence review'),
		fields: {
			evidence: relation('証跡', 'Evidence', 'evidence'),
			revision: relation('レビューした版', 'Revision reviewed', 'evidence_revisions'),
			verdict: choice('結果', 'Verdict', VERDICTS),
			comment: text('コメント', 'Comment'),
			reviewer: users('レビューした人', 'Reviewer'),
			reviewer_name: text('レビューした人（名前）', 'Reviewer (name)')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const what = str(r.revision) ? ctx.recordLabel('evidence_revisions', str(r.revision)) : null;
			const evidence = what ?? (str(r.evidence) ? ctx.recordLabel('evidence', str(r.evidence)) : null);
			const verdict = VERDICTS[str(r.verdict) as keyof typeof VERDICTS]?.[ctx.lang];
			return evidence ? inParens(evidence, verdict, ctx.lang) : (verdict ?? null);
		}
	},
	evidence_requests: {
		name: l('証跡の依頼', 'Evidence request'),
		fields: {
			title: text('依頼する内容', 'What is requested'),
			body: text('補足', 'Details'),
			...targetFields,
			fiscal_year: FISCAL_YEAR,
			due_date: date('期限', 'Due date'),
			status: choice('状態', 'Status', REQUEST_STATUSES),
			evidence: relation('対応した証跡', 'Evidence provided', 'evidence'),
			resolution: text('ひとこと', 'Note'),
			requested_by: users('依頼した人', 'Requested by'),
			requested_by_name: text('依頼した人（名前）', 'Requested by (name)'),
			resolved_by: users('対応した人', 'Resolved by'),
			resolved_by_name: text('対応した人（名前）', 'Resolved by (name)'),
			resolved_at: datetime('対応日時', 'Resolved at')
		},
		hidden: ['organisation'],
		references: targetReferences,
		label: (r, ctx) => about(str(r.title), r, ctx)
	},
	findings: {
		name: l('指摘事項', 'Finding'),
		fields: {
			title: text('件名', 'Title'),
			description: text('内容', 'Description'),
			severity: choice('深刻度', 'Severity', SEVERITIES),
			recommendation: text('推奨事項', 'Recommendation'),
			...targetFields,
			fiscal_year: FISCAL_YEAR,
			due_date: date('期限', 'Due date'),
			status: choice('状態', 'Status', FINDING_STATUSES),
			response: text('対応内容', 'Response'),
			raised_by: users('登録した人', 'Raised by'),
			raised_by_name: text('登録した人（名前）', 'Raised by (name)'),
			responded_by: users('対応した人', 'Responded by'),
			responded_by_name: text('対応した人（名前）', 'Responded by (name)'),
			responded_at: datetime('対応日時', 'Responded at'),
			closed_by: users('完了にした人', 'Closed by'),
			closed_by_name: text('完了にした人（名前）', 'Closed by (name)'),
			closed_at: datetime('完了日時', 'Closed at')
		},
		hidden: ['organisation'],
		references: targetReferences,
		label: (r) => str(r.title) || null
	},
	finding_events: {
		name: l('指摘事項の経過', 'Finding history'),
		fields: {
			finding: relation('指摘事項', 'Finding', 'findings'),
			kind: choice('経過', 'Step', FINDING_EVENTS),
			status: choice('この時点の状態', 'Status after this step', FINDING_STATUSES),
			body: text('コメント', 'Comment'),
			author: users('記録した人', 'Recorded by'),
			author_name: text('記録した人（名前）', 'Recorded by (name)')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const finding = str(r.finding) ? ctx.recordLabel('findings', str(r.finding)) : null;
			const step = FINDING_EVENTS[str(r.kind) as keyof typeof FINDING_EVENTS]?.[ctx.lang];
			return finding ? inParens(finding, step, ctx.lang) : (step ?? null);
		}
	},
	audit_grants: {
		name: l('監査人の閲覧範囲', 'Auditor access'),
		fields: {
			auditor: users('監査人', 'Auditor'),
			auditor_name: text('監査人（名前）', 'Auditor (name)'),
			auditor_email: text('監査人のメールアドレス', 'Auditor e-mail'),
			fiscal_year: text('対象年度', 'Fiscal year'),
			until: date('最終日', 'Last day'),
			note: text('メモ', 'Note'),
			revoked: { label: l('取消済み', 'Revoked'), kind: 'bool' },
			revoked_at: datetime('取消日時', 'Revoked at'),
			revoked_by: users('取り消した人', 'Revoked by'),
			revoked_by_name: text('取り消した人（名前）', 'Revoked by (name)'),
			granted_by: users('付与した人', 'Granted by'),
			granted_by_name: text('付与した人（名前）', 'Granted by (name)')
		},
		// a copy of the organisation's name, for the holder's own pages
		hidden: ['organisation', 'organisation_name'],
		references: (r) => {
			const file = FILE_VIEW.exec(str(r.viewed));
			return file ? [['evidence_revisions', file[3]]] : [];
		},
		label: (r, ctx) => {
			const who = str(r.auditor_name) || str(r.auditor_email);
			const year = typeof r.fiscal_year === 'number' ? fiscalYearLabel(r.fiscal_year, ctx.lang) : '';
			return who ? inParens(who, year, ctx.lang) : year || null;
		},
		viewed: (what, ctx) => {
			const scope = SCOPE_VIEW.exec(what);
			if (scope) {
				const year = fiscalYearLabel(Number(scope[1]), ctx.lang);
				return ctx.lang === 'ja' ? `${year}の自己検証と範囲内の証跡の一覧` : `The ${year} self-check and the evidence in scope`;
			}
			const file = FILE_VIEW.exec(what);
			if (!file) return null;
			const [, name, number, id] = file;
			const revision = ctx.recordLabel('evidence_revisions', id);
			if (revision) return ctx.lang === 'ja' ? `証跡ファイル: ${revision}` : `Evidence file: ${revision}`;
			return ctx.lang === 'ja' ? `証跡ファイル: ${name}（第${number}版）` : `Evidence file: ${name} (revision ${number})`;
		}
	}
};
