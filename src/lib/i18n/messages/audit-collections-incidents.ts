/**
 * The audit trail's descriptions of incidents, their information reports
 * (情報連絡) and the information-sharing log (see audit-collections.ts).
 * Select values come from src/lib/domain/incidents.
 */
import type { CollectionDescription } from '$lib/domain/audit/describe';
import { caseLabel, CAUSE_CASES } from '$lib/domain/incidents/causes';
import { LIKELIHOOD_NAMES, SITUATION_NAMES } from '$lib/domain/incidents/classification';
import { INCIDENT_STATUS_NAMES, REPORT_STATUS_NAMES, SHARING_PURPOSE_NAMES, SHARING_SOURCE_NAMES } from '$lib/domain/incidents/facts';
import { SHARING_SCOPE_NAMES } from '$lib/domain/incidents/reporting-routes';
import { SEVERITY_LEVELS, SEVERITY_NAMES, VIEWPOINT_NAMES } from '$lib/domain/incidents/severity';
import type { Localized } from '$lib/domain/sectors';
import { choice, datetime, inParens, l, relation, str, text, users } from './audit-fields';

/** "①意図的要因 ア）重要インフラサービス障害が発生した", as the incident pages show a case. */
const CAUSE_NAMES = Object.fromEntries(CAUSE_CASES.map((c) => [c, l(caseLabel(c, 'ja'), caseLabel(c, 'en'))])) as Record<string, Localized>;

/** Severity 0–4 stored as a number: "2（中）" / "2 (Medium)". */
const SEVERITY = Object.fromEntries(
	SEVERITY_LEVELS.map((n) => [String(n), l(`${n}（${SEVERITY_NAMES[n].ja}）`, `${n} (${SEVERITY_NAMES[n].en})`)])
) as Record<string, Localized>;
const severity = (viewpoint: keyof typeof VIEWPOINT_NAMES) =>
	choice(`深刻度: ${VIEWPOINT_NAMES[viewpoint].ja}`, `Severity: ${VIEWPOINT_NAMES[viewpoint].en}`, SEVERITY);

const CAUSE = choice('連絡の区分', 'Reporting case', CAUSE_NAMES);
const SITUATION = choice('事象', 'Situation', SITUATION_NAMES);
const LIKELIHOOD = choice('サイバー攻撃の可能性', 'Likelihood of a cyberattack', LIKELIHOOD_NAMES);

export const INCIDENT_AUDIT_COLLECTIONS: Record<string, CollectionDescription> = {
	incidents: {
		name: l('インシデント', 'Incident'),
		fields: {
			title: text('件名', 'Title'),
			description: text('何が起きたか', 'What happened'),
			detected_at: datetime('検知日時', 'Detected at'),
			occurred_at: datetime('発生日時', 'Occurred at'),
			services: relation('影響を受けた重要インフラサービス', 'Critical services affected', 'critical_services'),
			systems: relation('影響を受けた重要システム', 'Important systems affected', 'important_systems'),
			cause_case: CAUSE,
			situation: SITUATION,
			likelihood: LIKELIHOOD,
			service_level_breached: { label: l('サービスレベルの逸脱', 'Service level breached'), kind: 'bool' },
			verification_level_breached: { label: l('検証レベルの逸脱', 'Verification level breached'), kind: 'bool' },
			breach_notes: text('逸脱の内容', 'How it was breached'),
			status: choice('状態', 'Status', INCIDENT_STATUS_NAMES),
			closed_at: datetime('終結日時', 'Closed at'),
			severity_continuity: severity('continuity'),
			severity_safety: severity('safety'),
			severity_trust: severity('trust'),
			severity_notes: text('深刻度の評価の根拠', 'Grounds for the severity'),
			severity_assessed_at: datetime('深刻度の評価日時', 'Severity assessed at'),
			lessons: text('教訓', 'Lessons')
		},
		hidden: ['organisation'],
		label: (r) => str(r.title) || null
	},
	incident_reports: {
		name: l('情報連絡の報告', 'Information report'),
		fields: {
			incident: relation('インシデント', 'Incident', 'incidents'),
			number: text('報告の番号', 'Report number'),
			status: choice('状態', 'Status', REPORT_STATUS_NAMES),
			contact_person: text('連絡担当者', 'Contact person'),
			contact_means: text('連絡手段', 'Means of contact'),
			reporter_unit: text('部署', 'Unit'),
			summary: text('概要', 'Summary'),
			impact: text('影響', 'Impact'),
			cause_case: CAUSE,
			situation: SITUATION,
			likelihood: LIKELIHOOD,
			actions_taken: text('実施した対処', 'Actions taken'),
			outlook: text('今後の見通し', 'Outlook'),
			sharing_scope: choice('情報共有を認める範囲', 'Sharing allowed with', SHARING_SCOPE_NAMES),
			sharing_conditions: text('共有の条件', 'Sharing conditions'),
			sent_at: datetime('連絡した日時', 'Sent at'),
			sent_via: text('連絡した手段', 'Sent via'),
			author: users('作成者', 'Author'),
			author_name: text('作成者（名前）', 'Author (name)')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const number = typeof r.number === 'number' ? (ctx.lang === 'ja' ? `第${r.number}報` : `Report ${r.number}`) : '';
			const incident = str(r.incident) ? ctx.recordLabel('incidents', str(r.incident)) : null;
			return number ? inParens(number, incident, ctx.lang) : incident;
		}
	},
	sharing_log: {
		name: l('情報共有の記録', 'Information-sharing log entry'),
		fields: {
			received_at: datetime('受け取った日時', 'Received at'),
			source: choice('情報元', 'Source', SHARING_SOURCE_NAMES),
			source_detail: text('情報元の詳細', 'Source details'),
			title: text('件名', 'Title'),
			summary: text('内容', 'Summary'),
			purposes: choice('目的', 'Purposes', SHARING_PURPOSE_NAMES),
			actions: text('行ったこと', 'What was done'),
			shared_with: text('伝えた相手', 'Passed on to'),
			incident: relation('関連するインシデント', 'Related incident', 'incidents')
		},
		hidden: ['organisation'],
		label: (r) => str(r.title) || null
	}
};
