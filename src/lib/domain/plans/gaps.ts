/**
 * What a plan still lacks: missing required parts, listed on the plan's page
 * and in its PDF. A section still holding only the template's outline counts
 * as empty. BIA rows are checked separately for inconsistent numbers
 * (bia.ts); here only what is missing. Pure.
 */
import { sectorReporting } from '../incidents/reporting-routes';
import { SITUATION_NAMES } from '../incidents/classification';
import type { Localized, SectorCode } from '../sectors';
import { BIA_MISSING_NAMES, checkBiaEntry } from './bia';
import type { BcpContent, ContingencyContent, PlanContent, ProfileDependency, ProfileService } from './content';
import { PLAN_TEMPLATES, type PlanKind } from './templates';

export interface PlanContext {
	sector: SectorCode;
	services: ProfileService[];
	dependencies: ProfileDependency[];
	/** Ids of the contacts in the register. */
	contactIds: ReadonlySet<string>;
}

export type GapCode =
	| 'section_empty'
	| 'review_date'
	| 'bia_service_missing'
	| 'bia_value_missing'
	| 'dependency_missing'
	| 'dependency_no_fallback'
	| 'csirt_lead'
	| 'escalation_empty'
	| 'triage_incomplete'
	| 'reporter_missing'
	| 'contact_means_missing'
	| 'ministry_contact_missing'
	| 'ceptoar_contact_missing'
	| 'cases_missing'
	| 'scope_missing'
	| 'contact_deleted';

export interface Gap {
	code: GapCode;
	/** The section the gap belongs to. */
	section: string;
	/** What it is about (a service, a dependency, a section title), already in the plan's words. */
	subject?: string;
	/** Further detail, localized by gapText. */
	missing?: Localized[];
}

/** A body counts as empty when nothing but the template's headings is left. */
export function isBodyEmpty(body: string): boolean {
	return body
		.split('\n')
		.map((line) => line.trim())
		.every((line) => line === '' || /^#{1,6}\s/.test(line));
}

export function planGaps(content: PlanContent, ctx: PlanContext): Gap[] {
	const gaps: Gap[] = [];
	for (const section of PLAN_TEMPLATES[content.kind]) {
		if (!section.structured && isBodyEmpty(content.sections[section.key]?.body ?? ''))
			gaps.push({ code: 'section_empty', section: section.key });
	}
	if (!content.reviewBy) gaps.push({ code: 'review_date', section: PLAN_TEMPLATES[content.kind][0].key });
	if (content.kind === 'bcp') gaps.push(...bcpGaps(content, ctx));
	else gaps.push(...contingencyGaps(content, ctx));
	return gaps;
}

function bcpGaps(content: BcpContent, ctx: PlanContext): Gap[] {
	const gaps: Gap[] = [];
	for (const service of ctx.services) {
		const row = content.bia.find((r) => r.serviceId === service.id);
		if (!row) {
			gaps.push({ code: 'bia_service_missing', section: 'bia', subject: service.name });
			continue;
		}
		const { missing } = checkBiaEntry(row, { serviceLevelMinutes: null, verificationMinutes: null });
		if (missing.length)
			gaps.push({ code: 'bia_value_missing', section: 'bia', subject: row.serviceName, missing: missing.map((m) => BIA_MISSING_NAMES[m]) });
	}
	for (const dep of ctx.dependencies) {
		const row = content.dependencies.find((r) => r.key === dep.key);
		if (!row) gaps.push({ code: 'dependency_missing', section: 'dependencies', subject: dep.label.ja, missing: [dep.label] });
		else if (!row.fallback.trim()) gaps.push({ code: 'dependency_no_fallback', section: 'dependencies', subject: row.label });
	}
	return gaps;
}

function contingencyGaps(content: ContingencyContent, ctx: PlanContext): Gap[] {
	const gaps: Gap[] = [];
	const { csirt, reporting } = content;
	const referenced = (id: string | null, section: string) => {
		if (id !== null && !ctx.contactIds.has(id)) gaps.push({ code: 'contact_deleted', section });
	};
	if (!csirt.leadContactId) gaps.push({ code: 'csirt_lead', section: 'csirt' });
	referenced(csirt.leadContactId, 'csirt');
	referenced(csirt.deputyContactId, 'csirt');
	if (csirt.escalation.length === 0) gaps.push({ code: 'escalation_empty', section: 'csirt' });
	for (const step of csirt.escalation) referenced(step.contactId, 'csirt');
	for (const row of content.triage) {
		if (!row.firstResponse.trim() || !row.decides.trim()) {
			gaps.push({
				code: 'triage_incomplete',
				section: 'detection',
				subject: SITUATION_NAMES[row.situation].ja,
				missing: [SITUATION_NAMES[row.situation]]
			});
		}
	}
	if (!reporting.reporterContactId) gaps.push({ code: 'reporter_missing', section: 'reporting' });
	if (!reporting.contactMeans.trim()) gaps.push({ code: 'contact_means_missing', section: 'reporting' });
	if (!reporting.ministryContactId) gaps.push({ code: 'ministry_contact_missing', section: 'reporting' });
	if (!reporting.ceptoarContactId && sectorReporting(ctx.sector).ceptoars.length > 0)
		gaps.push({ code: 'ceptoar_contact_missing', section: 'reporting' });
	referenced(reporting.reporterContactId, 'reporting');
	referenced(reporting.ministryContactId, 'reporting');
	referenced(reporting.ceptoarContactId, 'reporting');
	if (reporting.casesCovered.length === 0) gaps.push({ code: 'cases_missing', section: 'reporting' });
	if (!reporting.defaultScope) gaps.push({ code: 'scope_missing', section: 'reporting' });
	return gaps;
}

/** The sentence for a gap, in the page's or the report's language. */
export function gapText(gap: Gap, kind: PlanKind, lang: keyof Localized): string {
	const section = PLAN_TEMPLATES[kind].find((s) => s.key === gap.section)?.title[lang] ?? gap.section;
	const list = (gap.missing ?? []).map((m) => m[lang]).join(lang === 'ja' ? '、' : ', ');
	const s = gap.subject ?? '';
	const ja: Record<GapCode, string> = {
		section_empty: `「${section}」の本文がまだ書かれていません。`,
		review_date: '次回の見直し期限が決まっていません。',
		bia_service_missing: `重要インフラサービス「${s}」の BIA がありません。`,
		bia_value_missing: `「${s}」の BIA に未記入の項目があります：${list}。`,
		dependency_missing: `依存先「${list}」が計画に載っていません。`,
		dependency_no_fallback: `依存先「${s}」の代替手段が書かれていません。`,
		csirt_lead: 'CSIRT の責任者が決まっていません。',
		escalation_empty: 'エスカレーションの基準がありません。',
		triage_incomplete: `「${list}」の初動または判断者が決まっていません。`,
		reporter_missing: '情報連絡の連絡担当者（必須）が決まっていません。',
		contact_means_missing: '障害時に使える連絡手段（必須）が書かれていません。',
		ministry_contact_missing: '所管省庁の連絡窓口が連絡先台帳から選ばれていません。',
		ceptoar_contact_missing: 'セプターの連絡窓口が連絡先台帳から選ばれていません。',
		cases_missing: '情報連絡の対象とする場合が一つも選ばれていません。',
		scope_missing: '情報共有を認める範囲の既定値が決まっていません。',
		contact_deleted: `「${section}」が、連絡先台帳から削除された連絡先を参照しています。`
	};
	const en: Record<GapCode, string> = {
		section_empty: `“${section}” has no text yet.`,
		review_date: 'No date is set for the next review.',
		bia_service_missing: `The critical service “${s}” has no BIA.`,
		bia_value_missing: `The BIA of “${s}” is missing: ${list}.`,
		dependency_missing: `The dependency “${list}” is not in the plan.`,
		dependency_no_fallback: `The dependency “${s}” has no fallback.`,
		csirt_lead: 'No CSIRT lead is named.',
		escalation_empty: 'There are no escalation rules.',
		triage_incomplete: `“${list}” has no first response or no decision maker.`,
		reporter_missing: 'No contact person for information reporting is named (mandatory).',
		contact_means_missing: 'No contact means usable during a failure is given (mandatory).',
		ministry_contact_missing: 'The ministry’s contact point is not chosen from the contact register.',
		ceptoar_contact_missing: 'The CEPTOAR’s contact point is not chosen from the contact register.',
		cases_missing: 'No case is selected for information reporting.',
		scope_missing: 'No default sharing scope is set.',
		contact_deleted: `“${section}” refers to a contact that was removed from the register.`
	};
	return (lang === 'ja' ? ja : en)[gap.code];
}
