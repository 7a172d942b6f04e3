/**
 * A report draft as plain text, to paste into whichever form the ministry
 * uses (BRIEF §10: a unified reporting format exists from October 2025 but
 * its text is not available here, so mamori gives clean labelled lines
 * rather than imitating a form). Pure and deterministic.
 */
import { formatDateTime } from '../reports/format';
import type { IncidentReportSnapshot } from '../reports/plans/incident-snapshot';
import { sectorByCode, type Localized } from '../sectors';
import { caseLabel } from './causes';
import { LIKELIHOOD_NAMES, SITUATION_NAMES } from './classification';
import { ANONYMISATION_NOTE, SHARING_SCOPE_NAMES, sectorReporting } from './reporting-routes';

type Lang = keyof Localized;

export function reportTitle(number: number, lang: Lang): string {
	if (lang === 'ja') return number === 1 ? '情報連絡 第1報（初報）' : `情報連絡 第${number}報（続報）`;
	return number === 1 ? 'Information report no. 1 (first report)' : `Information report no. ${number} (update)`;
}

function words(lang: Lang) {
	const ja = lang === 'ja';
	return {
		reporter: ja ? '連絡元' : 'Reporter',
		unit: ja ? '部署' : 'Unit',
		mandatory: ja ? '■ 連絡先（必須）' : '■ Contact (mandatory)',
		person: ja ? '連絡担当者' : 'Contact person',
		means: ja ? '連絡手段' : 'Contact means',
		to: ja ? '連絡先の所管省庁' : 'To (ministry)',
		incident: ja ? '■ 事案' : '■ Incident',
		title: ja ? '件名' : 'Title',
		detected: ja ? '検知日時' : 'Detected',
		occurred: ja ? '発生日時' : 'Occurred',
		services: ja ? '影響を受けた重要インフラサービス' : 'Critical services affected',
		systems: ja ? '影響を受けた重要システム' : 'Important systems affected',
		case: ja ? '連絡の区分（別添3）' : 'Reporting case (別添3)',
		situation: ja ? '事象' : 'Situation',
		likelihood: ja ? 'サイバー攻撃の可能性' : 'Likelihood of a cyberattack',
		breach: ja ? 'サービスレベル／検証レベルの逸脱' : 'Service level / verification level breached',
		known: ja ? '■ 判明している内容' : '■ What is known',
		summary: ja ? '概要' : 'Summary',
		impact: ja ? '影響' : 'Impact',
		actions: ja ? '実施した対処' : 'Actions taken',
		outlook: ja ? '今後の見通し・次回報告' : 'Outlook and next report',
		sharing: ja ? '■ 情報共有' : '■ Sharing',
		scope: ja ? '共有を認める範囲' : 'Sharing scope',
		conditions: ja ? '共有の条件' : 'Conditions',
		previous: ja ? '前回までの報告' : 'Earlier reports',
		unknown: ja ? '不明（調査中）' : 'Unknown (under investigation)',
		none: ja ? 'なし' : 'none',
		yes: ja ? 'あり' : 'yes',
		no: ja ? 'なし' : 'no',
		fragment: ja
			? '※ 判明した範囲での報告です。断片的・不確定な情報を含みます。'
			: '※ Reported as far as known; it may contain fragmentary or uncertain information.',
		drafted: ja ? 'mamori で作成した下書き' : 'Draft made with mamori',
		sent: ja ? '連絡した日時・手段（記録）' : 'Sent (recorded)',
		notSent: ja ? '未送信（下書き）' : 'Not sent (draft)'
	};
}

const block = (text: string, fallback: string) => (text.trim() ? text.trim() : fallback);

export function reportPlainText(snapshot: IncidentReportSnapshot, lang: Lang): string {
	const w = words(lang);
	const { organisation, incident, report } = snapshot;
	const sep = lang === 'ja' ? '：' : ': ';
	const paren = (text: string) => (lang === 'ja' ? `（${text}）` : ` (${text})`);
	const slash = lang === 'ja' ? ' ／ ' : ' / ';
	const list = (items: string[]) => (items.length ? items.join(lang === 'ja' ? '、' : ', ') : w.unknown);
	const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : w.unknown);
	const orgName = lang === 'en' && organisation.nameEn ? organisation.nameEn : organisation.name;
	const lines = [
		reportTitle(report.number, lang),
		`${w.drafted}${paren(formatDateTime(report.createdAt, lang))}`,
		'',
		`${w.reporter}${sep}${orgName}${paren(sectorByCode(organisation.sector).name[lang])}`,
		...(report.reporterUnit ? [`${w.unit}${sep}${report.reporterUnit}`] : []),
		`${w.to}${sep}${sectorReporting(organisation.sector).ministry[lang]}`,
		'',
		w.mandatory,
		`${w.person}${sep}${report.contactPerson}`,
		`${w.means}${sep}${report.contactMeans}`,
		'',
		w.incident,
		`${w.title}${sep}${incident.title}`,
		`${w.detected}${sep}${when(incident.detectedAt)}`,
		`${w.occurred}${sep}${when(incident.occurredAt)}`,
		`${w.services}${sep}${list(incident.services)}`,
		`${w.systems}${sep}${list(incident.systems)}`,
		`${w.case}${sep}${report.causeCase ? caseLabel(report.causeCase, lang) : w.unknown}`,
		`${w.situation}${sep}${report.situation ? SITUATION_NAMES[report.situation][lang] : w.unknown}`,
		`${w.likelihood}${sep}${report.likelihood ? LIKELIHOOD_NAMES[report.likelihood][lang] : w.unknown}`,
		`${w.breach}${sep}${incident.serviceLevelBreached ? w.yes : w.no}${slash}${incident.verificationLevelBreached ? w.yes : w.no}${incident.breachNotes ? paren(incident.breachNotes) : ''}`,
		'',
		w.known,
		`${w.summary}${sep}`,
		block(report.summary, w.unknown),
		`${w.impact}${sep}`,
		block(report.impact, w.unknown),
		`${w.actions}${sep}`,
		block(report.actionsTaken, w.none),
		`${w.outlook}${sep}`,
		block(report.outlook, w.unknown),
		'',
		w.sharing,
		`${w.scope}${sep}${SHARING_SCOPE_NAMES[report.sharingScope][lang]}`,
		`${w.conditions}${sep}${block(report.sharingConditions, w.none)}`,
		ANONYMISATION_NOTE[lang],
		...(snapshot.previous.length
			? [
					'',
					`${w.previous}${sep}${snapshot.previous.map((p) => `${reportTitle(p.number, lang)}${paren(p.sentAt ? formatDateTime(p.sentAt, lang) : w.notSent)}`).join(slash)}`
				]
			: []),
		'',
		`${w.sent}${sep}${report.sentAt ? `${formatDateTime(report.sentAt, lang)} ${report.sentVia}` : w.notSent}`,
		w.fragment
	];
	return lines.join('\n') + '\n';
}
