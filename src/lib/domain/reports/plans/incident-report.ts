/**
 * The information report (情報連絡) draft as a PDF: the mandatory contact
 * first, then what is known, the classification, the sharing scope, and
 * whether (when, how) it was sent. mamori never sends it; the PDF says so.
 * The same snapshot also gives the plain-text export (incidents/report-text.ts). Pure.
 */
import { caseLabel } from '../../incidents/causes';
import { classify, LIKELIHOOD_NAMES, MINISTRY_ACTION_TEXT, OPERATOR_ACTION_TEXT, SITUATION_NAMES } from '../../incidents/classification';
import { reportTitle } from '../../incidents/report-text';
import { ANONYMISATION_NOTE, SHARING_SCOPE_NAMES, sectorReporting } from '../../incidents/reporting-routes';
import { formatDateTime } from '../format';
import { REPORT_TYPE_TITLES, type BuildOptions, type ReportKind } from '../kinds';
import type { Block, ReportLanguage, ReportModel } from '../model';
import { fiscalYearAt, metaFor, organisationName } from './common';
import { parseIncidentReportSnapshot, type IncidentReportSnapshot } from './incident-snapshot';

const STRINGS = {
	ja: {
		notice: 'これは mamori で作成した情報連絡の下書きです。所管省庁への送信は、事業者が所定の手段で行います。',
		sentLabel: '連絡済み（記録）',
		sentNotice: (when: string, via: string) =>
			`この報告は ${when} に ${via} で所管省庁へ連絡したと記録され、以後は変更できません。送信は事業者が行い、mamori は送信していません。`,
		contact: '連絡先（必須）',
		person: '連絡担当者',
		means: '連絡手段',
		unit: '部署',
		to: '連絡先の所管省庁',
		incident: '事案',
		title: '件名',
		detected: '検知日時',
		occurred: '発生日時',
		services: '影響を受けた重要インフラサービス',
		systems: '影響を受けた重要システム',
		breach: 'サービスレベル／検証レベルの逸脱',
		classification: '分類と連絡の区分',
		case: '連絡の区分（第2次行動計画 別添3）',
		situation: '事象',
		likelihood: 'サイバー攻撃の可能性',
		operator: '事業者の連絡',
		ministry: '所管省庁の対応',
		known: '判明している内容',
		summary: '概要',
		impact: '影響',
		actions: '実施した対処',
		outlook: '今後の見通し・次回報告',
		fragment: '判明した範囲での報告です。断片的・不確定な情報を含むことがあります（第2次行動計画 別添3(2)）。',
		sharing: '情報共有',
		scope: '共有を認める範囲',
		conditions: '共有の条件',
		record: '送信の記録',
		sent: (when: string, via: string) => `${when} に ${via} で連絡済み（記録）`,
		notSent: 'まだ送信の記録はありません（下書き）。',
		previous: '前回までの報告',
		unknown: '不明（調査中）',
		yes: 'あり',
		no: 'なし'
	},
	en: {
		notice: 'This is a draft information report made with mamori. The operator sends it to the ministry through the proper channel.',
		sentLabel: 'Sent (recorded)',
		sentNotice: (when: string, via: string) =>
			`This report was recorded as sent to the ministry on ${when} through ${via} and can no longer change. The operator sent it; mamori does not transmit anything.`,
		contact: 'Contact (mandatory)',
		person: 'Contact person',
		means: 'Contact means',
		unit: 'Unit',
		to: 'To (ministry)',
		incident: 'Incident',
		title: 'Title',
		detected: 'Detected',
		occurred: 'Occurred',
		services: 'Critical services affected',
		systems: 'Important systems affected',
		breach: 'Service level / verification level breached',
		classification: 'Classification and reporting case',
		case: 'Reporting case (Second Action Plan, 別添3)',
		situation: 'Situation',
		likelihood: 'Likelihood of a cyberattack',
		operator: 'Operator reports',
		ministry: 'Ministry',
		known: 'What is known',
		summary: 'Summary',
		impact: 'Impact',
		actions: 'Actions taken',
		outlook: 'Outlook and next report',
		fragment: 'Reported as far as known; it may contain fragmentary or uncertain information (Second Action Plan, 別添3(2)).',
		sharing: 'Sharing',
		scope: 'Sharing scope',
		conditions: 'Conditions',
		record: 'Sending record',
		sent: (when: string, via: string) => `Sent on ${when} through ${via} (recorded)`,
		notSent: 'No sending is recorded yet (draft).',
		previous: 'Earlier reports',
		unknown: 'Unknown (under investigation)',
		yes: 'yes',
		no: 'no'
	}
} satisfies Record<ReportLanguage, Record<string, unknown>>;

export function buildIncidentReport(snap: IncidentReportSnapshot, options: BuildOptions): ReportModel {
	const lang = options.language;
	const s = STRINGS[lang];
	const { incident, report } = snap;
	const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : s.unknown);
	const list = (xs: string[]) => (xs.length ? xs.join(lang === 'ja' ? '、' : ', ') : s.unknown);
	const text = (t: string): Block =>
		t.trim() ? { kind: 'markdown', source: t } : { kind: 'paragraph', text: s.unknown, variant: 'muted' };
	const c = report.situation && report.likelihood ? classify(report.situation, report.likelihood) : null;
	return {
		meta: metaFor(snap.organisation, fiscalYearAt(incident.detectedAt, snap.organisation.fyStartMonth), {
			reportId: options.reportId,
			type: 'incident_report',
			title: reportTitle(report.number, lang),
			status: 'draft',
			language: lang,
			generatedAt: snap.generatedAt,
			snapshotSha256: options.snapshotSha256,
			...(report.sentAt
				? { statusLabel: s.sentLabel, statusNotice: s.sentNotice(formatDateTime(report.sentAt, lang), report.sentVia) }
				: { statusNotice: s.notice })
		}),
		sections: [
			{
				id: 'report',
				title: reportTitle(report.number, lang),
				blocks: [
					{ kind: 'heading', level: 2, text: s.contact, keepWithNext: true },
					{
						kind: 'keyValue',
						rows: [
							{ key: s.person, value: report.contactPerson, tone: 'info' },
							{ key: s.means, value: report.contactMeans, tone: 'info' },
							...(report.reporterUnit ? [{ key: s.unit, value: report.reporterUnit }] : []),
							{ key: s.to, value: sectorReporting(snap.organisation.sector).ministry[lang] }
						]
					},
					{ kind: 'heading', level: 2, text: s.incident, keepWithNext: true },
					{
						kind: 'keyValue',
						rows: [
							{ key: s.title, value: incident.title },
							{ key: s.detected, value: when(incident.detectedAt) },
							{ key: s.occurred, value: when(incident.occurredAt) },
							{ key: s.services, value: list(incident.services) },
							{ key: s.systems, value: list(incident.systems) },
							{
								key: s.breach,
								value: `${incident.serviceLevelBreached ? s.yes : s.no} / ${incident.verificationLevelBreached ? s.yes : s.no}${incident.breachNotes ? ` — ${incident.breachNotes}` : ''}`,
								tone: incident.serviceLevelBreached || incident.verificationLevelBreached ? 'danger' : undefined
							}
						]
					},
					{ kind: 'heading', level: 2, text: s.classification, keepWithNext: true },
					{
						kind: 'keyValue',
						rows: [
							{ key: s.case, value: report.causeCase ? caseLabel(report.causeCase, lang) : s.unknown },
							{ key: s.situation, value: report.situation ? SITUATION_NAMES[report.situation][lang] : s.unknown },
							{ key: s.likelihood, value: report.likelihood ? LIKELIHOOD_NAMES[report.likelihood][lang] : s.unknown },
							...(c
								? [
										{ key: s.operator, value: OPERATOR_ACTION_TEXT[c.operatorAction][lang] },
										{ key: s.ministry, value: MINISTRY_ACTION_TEXT[c.ministryAction][lang] }
									]
								: [])
						]
					}
				]
			},
			{
				id: 'known',
				title: s.known,
				newPage: false,
				blocks: [
					{ kind: 'callout', tone: 'info', text: s.fragment },
					{ kind: 'heading', level: 3, text: s.summary, keepWithNext: true },
					text(report.summary),
					{ kind: 'heading', level: 3, text: s.impact, keepWithNext: true },
					text(report.impact),
					{ kind: 'heading', level: 3, text: s.actions, keepWithNext: true },
					text(report.actionsTaken),
					{ kind: 'heading', level: 3, text: s.outlook, keepWithNext: true },
					text(report.outlook)
				]
			},
			{
				id: 'sharing',
				title: s.sharing,
				newPage: false,
				blocks: [
					{
						kind: 'keyValue',
						rows: [
							{ key: s.scope, value: SHARING_SCOPE_NAMES[report.sharingScope][lang] },
							{ key: s.conditions, value: report.sharingConditions || '—' }
						]
					},
					{ kind: 'paragraph', text: ANONYMISATION_NOTE[lang], variant: 'small' },
					{ kind: 'heading', level: 2, text: s.record, keepWithNext: true },
					report.sentAt
						? { kind: 'callout', tone: 'success', text: s.sent(formatDateTime(report.sentAt, lang), report.sentVia) }
						: { kind: 'callout', tone: 'warning', text: s.notSent },
					...(snap.previous.length
						? [
								{
									kind: 'paragraph',
									text: `${s.previous}: ${snap.previous.map((p) => `${reportTitle(p.number, lang)} (${p.sentAt ? formatDateTime(p.sentAt, lang) : '—'})`).join(' / ')}`,
									variant: 'small'
								} as Block
							]
						: [])
				]
			}
		]
	};
}

export const incidentReportKind: ReportKind<IncidentReportSnapshot> = {
	type: 'incident_report',
	title: REPORT_TYPE_TITLES.incident_report,
	parse: parseIncidentReportSnapshot,
	subject: (snap) => ({
		organisationId: snap.organisation.id,
		organisationName: organisationName(snap.organisation, 'ja'),
		subjectId: snap.report.id,
		fiscalYear: fiscalYearAt(snap.incident.detectedAt, snap.organisation.fyStartMonth),
		status: 'draft'
	}),
	build: buildIncidentReport
};
