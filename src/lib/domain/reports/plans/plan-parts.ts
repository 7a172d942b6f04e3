/** The structured parts of a plan as report blocks: BIA, dependencies, CSIRT, triage with the classification, reporting. Pure. */
import { caseLabel } from '../../incidents/causes';
import {
	classify,
	LIKELIHOOD_NAMES,
	LIKELIHOODS,
	MINISTRY_ACTION_TEXT,
	OPERATOR_ACTION_TEXT,
	SITUATION_NAMES,
	SITUATIONS
} from '../../incidents/classification';
import {
	ANONYMISATION_NOTE,
	NO_CEPTOAR,
	NO_LEGAL_ROUTE,
	NOT_IN_SEEDS,
	SHARING_SCOPE_NAMES,
	sectorReporting
} from '../../incidents/reporting-routes';
import { BIA_MISSING_NAMES, biaFlagText } from '../../plans/bia';
import type { BiaRowView } from '../../plans/bia-view';
import type { ContingencyContent, DependencyEntry } from '../../plans/content';
import { formatDuration } from '../../plans/durations';
import type { StructuredPart } from '../../plans/templates';
import type { SectorCode } from '../../sectors';
import type { Block, Cell, ReportLanguage } from '../model';
import type { PlanReportStrings } from './i18n';

export interface PartContext {
	lang: ReportLanguage;
	s: PlanReportStrings;
	sector: SectorCode;
	bia: BiaRowView[];
	contact: (id: string | null) => string;
}

const dur = (m: number | null, lang: ReportLanguage) => (m === null ? '—' : formatDuration(m, lang));

function biaBlocks(ctx: PartContext): Block[] {
	const { lang, s } = ctx;
	const rows: Cell[][] = ctx.bia.map((r) => {
		const flagged = r.check.flags.length > 0;
		const limits = [
			r.serviceLevelMinutes === null ? '—' : dur(r.serviceLevelMinutes, lang),
			r.verificationMinutes === null ? '—' : dur(r.verificationMinutes, lang)
		].join(' / ');
		return [
			{ text: r.entry.serviceName, bold: true },
			dur(r.entry.mtpdMinutes, lang),
			flagged ? { text: dur(r.entry.rtoMinutes, lang), tone: 'danger', bold: true } : dur(r.entry.rtoMinutes, lang),
			dur(r.entry.rpoMinutes, lang),
			r.entry.minimumServiceLevel || '—',
			limits
		];
	});
	const notes = ctx.bia.flatMap((r) => [
		...r.check.flags.map((f) => `${r.entry.serviceName}: ${biaFlagText(f, lang)}`),
		...(r.check.missing.length
			? [`${r.entry.serviceName}: ${r.check.missing.map((k) => BIA_MISSING_NAMES[k][lang]).join(lang === 'ja' ? '、' : ', ')}`]
			: [])
	]);
	return [
		{
			kind: 'table',
			header: [s.service, 'MTPD', 'RTO', 'RPO', lang === 'ja' ? '最低限のサービスレベル' : 'Minimum service level', s.limits],
			rows,
			widths: [90, 48, 48, 48, '*', 80],
			dense: true
		},
		...(notes.length ? [{ kind: 'callout', tone: 'danger', title: s.flags, text: notes.join('\n') } as Block] : [])
	];
}

function dependencyBlocks(rows: DependencyEntry[], ctx: PartContext): Block[] {
	const { lang, s } = ctx;
	return [
		{
			kind: 'table',
			header: [s.dependency, s.fallback, s.tolerance, s.owner],
			rows: rows.map((d) => [{ text: d.label, bold: true }, d.fallback || '—', dur(d.toleranceMinutes, lang), d.owner || '—']),
			widths: [110, '*', 70, 60],
			dense: true,
			emptyText: '—'
		}
	];
}

function csirtBlocks(content: ContingencyContent, ctx: PartContext): Block[] {
	const { lang, s } = ctx;
	const c = content.csirt;
	const ja = lang === 'ja';
	return [
		{
			kind: 'keyValue',
			rows: [
				{ key: ja ? 'CSIRT 責任者' : 'CSIRT lead', value: ctx.contact(c.leadContactId) },
				{ key: ja ? '代行者' : 'Deputy', value: ctx.contact(c.deputyContactId) },
				{ key: ja ? '構成' : 'Members', value: c.members || '—' }
			]
		},
		{
			kind: 'table',
			header: [s.trigger, s.notify, s.contact, s.within],
			rows: c.escalation.map((e) => [e.trigger, e.notify, ctx.contact(e.contactId), dur(e.withinMinutes, lang)]),
			widths: ['*', '*', 110, 60],
			dense: true,
			emptyText: '—'
		}
	];
}

function triageBlocks(content: ContingencyContent, ctx: PartContext): Block[] {
	const { lang, s } = ctx;
	const matrix: Cell[][] = [
		...SITUATIONS.map((sit) => [
			{ text: SITUATION_NAMES[sit][lang], bold: true } as Cell,
			...LIKELIHOODS.map((l): Cell => (classify(sit, l).consistent ? '' : { text: '—', align: 'center', tone: 'neutral' }))
		]),
		[
			{ text: s.operatorRow, bold: true },
			...LIKELIHOODS.map((l): Cell => OPERATOR_ACTION_TEXT[classify('minor_failure', l).operatorAction][lang])
		],
		[
			{ text: s.ministryRow, bold: true },
			...LIKELIHOODS.map((l): Cell => MINISTRY_ACTION_TEXT[classify('minor_failure', l).ministryAction][lang])
		]
	];
	return [
		{ kind: 'heading', level: 3, text: s.matrix, keepWithNext: true },
		{
			kind: 'table',
			header: [s.situation, ...LIKELIHOODS.map((l) => LIKELIHOOD_NAMES[l][lang])],
			rows: matrix,
			dense: true,
			widths: [90, '*', '*', '*', '*', '*']
		},
		{
			kind: 'table',
			header: [s.situation, s.first, s.decides, s.reportWithin],
			rows: content.triage.map((t) => [
				{ text: SITUATION_NAMES[t.situation][lang], bold: true },
				t.firstResponse || '—',
				t.decides || '—',
				dur(t.reportWithinMinutes, lang)
			]),
			widths: [90, '*', 70, 60],
			dense: true
		}
	];
}

function reportingBlocks(content: ContingencyContent, ctx: PartContext): Block[] {
	const { lang } = ctx;
	const ja = lang === 'ja';
	const route = sectorReporting(ctx.sector);
	const r = content.reporting;
	const join = (xs: string[]) => xs.join(ja ? '、' : ', ');
	return [
		{
			kind: 'keyValue',
			keyWidth: 140,
			rows: [
				{ key: ja ? '所管省庁' : 'Ministry', value: route.ministry[lang] },
				{
					key: ja ? '法令などに基づく報告経路' : 'Legal reporting route',
					value: route.legalRoutes.length
						? route.legalRoutes.map((x) => x[lang]).join('\n')
						: route.inSeeds
							? NO_LEGAL_ROUTE[lang]
							: NOT_IN_SEEDS[lang]
				},
				{ key: ja ? 'セプター' : 'CEPTOAR', value: route.ceptoars.length ? join(route.ceptoars.map((x) => x[lang])) : NO_CEPTOAR[lang] },
				{
					key: ja ? '連絡担当者（必須）' : 'Contact person (mandatory)',
					value: ctx.contact(r.reporterContactId),
					tone: r.reporterContactId ? undefined : 'danger'
				},
				{
					key: ja ? '連絡手段（必須）' : 'Contact means (mandatory)',
					value: r.contactMeans || '—',
					tone: r.contactMeans ? undefined : 'danger'
				},
				{ key: ja ? '所管省庁の窓口' : 'Ministry contact point', value: ctx.contact(r.ministryContactId) },
				{ key: ja ? 'セプターの窓口' : 'CEPTOAR contact point', value: ctx.contact(r.ceptoarContactId) },
				{ key: ja ? '共有を認める範囲' : 'Sharing scope', value: r.defaultScope ? SHARING_SCOPE_NAMES[r.defaultScope][lang] : '—' },
				{
					key: ja ? '匿名化・共有の条件' : 'Anonymisation and conditions',
					value: [r.anonymisation, ANONYMISATION_NOTE[lang]].filter(Boolean).join('\n')
				}
			]
		},
		{
			kind: 'heading',
			level: 3,
			text: ja ? '情報連絡を行う場合（第2次行動計画 別添3）' : 'When to report (Second Action Plan, 別添3)',
			keepWithNext: true
		},
		{
			kind: 'paragraph',
			text: r.casesCovered.length ? r.casesCovered.map((c) => `・${caseLabel(c, lang)}`).join('\n') : '—',
			variant: 'small'
		}
	];
}

export function structuredBlocks(part: StructuredPart, content: import('../../plans/content').PlanContent, ctx: PartContext): Block[] {
	if (content.kind === 'bcp' && part === 'bia') return biaBlocks(ctx);
	if (content.kind === 'bcp' && part === 'dependencies') return dependencyBlocks(content.dependencies, ctx);
	if (content.kind === 'contingency' && part === 'csirt') return csirtBlocks(content, ctx);
	if (content.kind === 'contingency' && part === 'triage') return triageBlocks(content, ctx);
	if (content.kind === 'contingency' && part === 'reporting') return reportingBlocks(content, ctx);
	return [];
}
