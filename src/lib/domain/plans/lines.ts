/**
 * A plan version as lines of text per section, for the version comparison:
 * the section's Markdown line by line, then its structured part one line
 * per row, in the reader's language. Pure.
 */
import { caseLabel } from '../incidents/causes';
import { SITUATION_NAMES } from '../incidents/classification';
import { SHARING_SCOPE_NAMES } from '../incidents/reporting-routes';
import type { Localized } from '../sectors';
import type { SectionLines } from './diff';
import { formatDuration } from './durations';
import type { PlanContent } from './content';
import { PLAN_TEMPLATES, type StructuredPart } from './templates';

type Lang = keyof Localized;

/** Resolves a contact id to the name shown (or a note that it was removed). */
export type ContactName = (id: string) => string;

const one = (text: string) => text.replace(/\s*\n\s*/g, ' / ').trim();

function words(lang: Lang) {
	const ja = lang === 'ja';
	return {
		dur: (m: number | null) => (m === null ? (ja ? '未記入' : 'not set') : formatDuration(m, lang)),
		sep: ja ? '｜' : ' | ',
		minimum: ja ? '最低限のサービスレベル' : 'Minimum service level',
		notes: ja ? '備考' : 'Notes',
		fallback: ja ? '代替手段' : 'Fallback',
		tolerance: ja ? '代替なしで持ちこたえる時間' : 'Holds without it for',
		owner: ja ? '担当' : 'Owner',
		lead: ja ? 'CSIRT 責任者' : 'CSIRT lead',
		deputy: ja ? '代行者' : 'Deputy',
		members: ja ? '構成' : 'Members',
		escalation: ja ? 'エスカレーション' : 'Escalation',
		within: ja ? '以内' : 'within',
		first: ja ? '初動' : 'First response',
		decides: ja ? '判断者' : 'Decides',
		report: ja ? '所管省庁への連絡まで' : 'Contact the ministry within',
		reporter: ja ? '連絡担当者' : 'Contact person',
		means: ja ? '連絡手段' : 'Contact means',
		ministry: ja ? '所管省庁の窓口' : 'Ministry contact point',
		ceptoar: ja ? 'セプターの窓口' : 'CEPTOAR contact point',
		cases: ja ? '連絡する場合' : 'Reported when',
		scope: ja ? '共有を認める範囲' : 'Sharing scope',
		anonymisation: ja ? '匿名化・共有の条件' : 'Anonymisation and sharing conditions',
		none: ja ? '未選択' : 'not chosen',
		review: ja ? '次回見直し期限' : 'Next review by'
	};
}

function structuredLines(content: PlanContent, part: StructuredPart | undefined, lang: Lang, contact: ContactName): string[] {
	const w = words(lang);
	const who = (id: string | null) => (id ? contact(id) : w.none);
	if (content.kind === 'bcp' && part === 'bia') {
		return content.bia.map((r) =>
			[
				r.serviceName,
				`MTPD ${w.dur(r.mtpdMinutes)}`,
				`RTO ${w.dur(r.rtoMinutes)}`,
				`RPO ${w.dur(r.rpoMinutes)}`,
				`${w.minimum}: ${one(r.minimumServiceLevel)}`,
				...(r.notes.trim() ? [`${w.notes}: ${one(r.notes)}`] : [])
			].join(w.sep)
		);
	}
	if (content.kind === 'bcp' && part === 'dependencies') {
		return content.dependencies.map((d) =>
			[d.label, `${w.fallback}: ${one(d.fallback)}`, `${w.tolerance}: ${w.dur(d.toleranceMinutes)}`, `${w.owner}: ${d.owner}`].join(w.sep)
		);
	}
	if (content.kind === 'contingency' && part === 'csirt') {
		const c = content.csirt;
		return [
			`${w.lead}: ${who(c.leadContactId)}`,
			`${w.deputy}: ${who(c.deputyContactId)}`,
			`${w.members}: ${one(c.members)}`,
			...c.escalation.map(
				(s) =>
					`${w.escalation}: ${one(s.trigger)} → ${one(s.notify)}${s.contactId ? ` (${contact(s.contactId)})` : ''}${w.sep}${lang === 'ja' ? `${w.dur(s.withinMinutes)}${w.within}` : `${w.within} ${w.dur(s.withinMinutes)}`}`
			)
		];
	}
	if (content.kind === 'contingency' && part === 'triage') {
		return content.triage.map((t) =>
			[
				SITUATION_NAMES[t.situation][lang],
				`${w.first}: ${one(t.firstResponse)}`,
				`${w.decides}: ${t.decides}`,
				`${w.report}: ${w.dur(t.reportWithinMinutes)}`
			].join(w.sep)
		);
	}
	if (content.kind === 'contingency' && part === 'reporting') {
		const r = content.reporting;
		return [
			`${w.reporter}: ${who(r.reporterContactId)}`,
			`${w.means}: ${one(r.contactMeans)}`,
			`${w.ministry}: ${who(r.ministryContactId)}`,
			`${w.ceptoar}: ${who(r.ceptoarContactId)}`,
			...r.casesCovered.map((c) => `${w.cases}: ${caseLabel(c, lang)}`),
			`${w.scope}: ${r.defaultScope ? SHARING_SCOPE_NAMES[r.defaultScope][lang] : w.none}`,
			`${w.anonymisation}: ${one(r.anonymisation)}`
		];
	}
	return [];
}

export function planLines(content: PlanContent, lang: Lang, contact: ContactName): SectionLines[] {
	const w = words(lang);
	const meta: SectionLines = { key: '_meta', title: w.review, lines: [`${w.review}: ${content.reviewBy ?? w.none}`] };
	return [
		meta,
		...PLAN_TEMPLATES[content.kind].map((s) => {
			const body = (content.sections[s.key]?.body ?? '').replace(/\r\n/g, '\n').replace(/\n+$/, '');
			return {
				key: s.key,
				title: s.title[lang],
				lines: [...(body ? body.split('\n') : []), ...structuredLines(content, s.structured, lang, contact)]
			};
		})
	];
}
