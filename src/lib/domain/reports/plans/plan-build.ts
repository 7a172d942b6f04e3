/**
 * Plan snapshot + language → ReportModel: an overview (status, approval,
 * review date, gaps, BIA flags, exercises and open actions), one section
 * per plan section (its Markdown and its structured part), the contact
 * sheet and the approval. Pure and deterministic.
 */
import { CONTACT_CATEGORY_NAMES, groupContacts } from '../../plans/contacts';
import { ACTION_STATUS_NAMES } from '../../plans/actions';
import { biaRows } from '../../plans/bia-view';
import { biaFlagText } from '../../plans/bia';
import { gapText, planGaps } from '../../plans/gaps';
import { reviewState } from '../../plans/review';
import { PLAN_KIND_NAMES, PLAN_TEMPLATES, sectionRefName } from '../../plans/templates';
import { formatDate, formatDateTime, groupedHash } from '../format';
import type { BuildOptions } from '../kinds';
import type { Block, ReportModel, Section } from '../model';
import { fiscalYearAt, metaFor } from './common';
import { PLAN_REPORT_STRINGS } from './i18n';
import { structuredBlocks, type PartContext } from './plan-parts';
import type { PlanReportSnapshot } from './plan-snapshot';

export const PLAN_REPORT_TYPE = 'plan';

/** The instant the report's fiscal year is taken from: the approval, else the version. */
export function planReportInstant(snap: PlanReportSnapshot): string {
	return snap.approval?.signedAt ?? snap.version.createdAt;
}

export function buildPlanReport(snap: PlanReportSnapshot, options: BuildOptions): ReportModel {
	const lang = options.language;
	const s = PLAN_REPORT_STRINGS[lang];
	const { content, version, approval } = snap;
	const kindName = PLAN_KIND_NAMES[snap.plan.kind][lang];
	const contactsById = new Map(snap.contacts.map((c) => [c.id, c]));
	const contact = (id: string | null) => {
		if (!id) return '—';
		const c = contactsById.get(id);
		if (!c) return lang === 'ja' ? '（連絡先台帳から削除された連絡先）' : '(removed from the contact register)';
		return [c.affiliation ? `${c.name}（${c.affiliation}）` : c.name, c.phone].filter(Boolean).join(' ☎ ');
	};
	const bia = content.kind === 'bcp' ? biaRows(content, snap.services, snap.organisation.sector) : [];
	const gaps = planGaps(content, {
		sector: snap.organisation.sector,
		services: snap.services,
		dependencies: snap.dependencies,
		contactIds: new Set(snap.contacts.map((c) => c.id))
	});
	const review = reviewState(content.reviewBy, new Date(snap.generatedAt));
	const ctx: PartContext = { lang, s, sector: snap.organisation.sector, bia, contact };
	const signed = version.status === 'signed' && approval !== null;

	const overviewBlocks: Block[] = [
		{
			kind: 'keyValue',
			rows: [
				{ key: s.plan, value: snap.plan.title },
				{ key: s.version, value: `${version.number}` },
				{ key: s.status, value: s.statusNames[version.status], tone: signed ? 'success' : 'warning' },
				{ key: s.savedBy, value: `${version.authorName || '—'} · ${formatDateTime(version.createdAt, lang)}` },
				{
					key: s.reviewBy,
					value: content.reviewBy ? `${formatDate(content.reviewBy, lang)}（${s.reviewState[review.state]}）` : s.reviewState.none,
					tone: review.state === 'overdue' ? 'danger' : review.state === 'due_soon' ? 'warning' : undefined
				}
			]
		},
		{ kind: 'heading', level: 2, text: s.gaps, keepWithNext: true },
		gaps.length
			? { kind: 'paragraph', text: gaps.map((g) => `・${gapText(g, content.kind, lang)}`).join('\n') }
			: { kind: 'callout', tone: 'success', text: s.noGaps },
		...(bia.some((r) => r.check.flags.length)
			? [
					{
						kind: 'callout',
						tone: 'danger',
						title: s.flags,
						text: bia.flatMap((r) => r.check.flags.map((f) => `${r.entry.serviceName}: ${biaFlagText(f, lang)}`)).join('\n')
					} as Block
				]
			: []),
		{ kind: 'heading', level: 2, text: s.exercises, keepWithNext: true },
		{
			kind: 'paragraph',
			text: snap.exercised.last
				? `${s.lastExercised}: ${formatDate(snap.exercised.last.heldOn, lang)} — ${snap.exercised.last.title}`
				: s.neverExercised
		},
		{
			kind: 'table',
			header: [s.finding, s.owner, s.due, s.actionStatus, s.sections],
			rows: snap.exercised.open.map((a) => [
				a.finding,
				a.owner || '—',
				a.dueDate ? formatDate(a.dueDate, lang) : '—',
				ACTION_STATUS_NAMES[a.status][lang],
				a.sections.map((ref) => sectionRefName(ref, lang)).join('\n')
			]),
			widths: ['*', 60, 60, 50, 110],
			dense: true,
			emptyText: s.noOpenActions
		}
	];

	const planSections: Section[] = PLAN_TEMPLATES[content.kind].map((t) => {
		const body = content.sections[t.key]?.body ?? '';
		const blocks: Block[] = [...(t.structured ? structuredBlocks(t.structured, content, ctx) : [])];
		if (body.trim()) blocks.push({ kind: 'markdown', source: body });
		else if (!t.structured) blocks.push({ kind: 'paragraph', text: s.emptyBody, variant: 'muted' });
		// sections with a table start on a new page, so that no heading is left alone at the bottom of one
		return { id: `section-${t.key}`, title: t.title[lang], blocks, newPage: !!t.structured };
	});

	const contactBlocks: Block[] = [
		{ kind: 'paragraph', text: s.contactsNote, variant: 'small' },
		{
			kind: 'table',
			header: [s.category, s.name, s.role, s.phone, s.email, s.hours, s.deputy],
			rows: groupContacts(snap.contacts).flatMap((g) =>
				g.contacts.map((c) => [
					CONTACT_CATEGORY_NAMES[g.category][lang],
					{ text: c.affiliation ? `${c.name}\n${c.affiliation}` : c.name, bold: true },
					c.role || '—',
					[c.phone, c.phoneAlt].filter(Boolean).join('\n') || '—',
					c.email || '—',
					c.hours || '—',
					c.deputyName || '—'
				])
			),
			widths: [58, 80, 60, 66, '*', 50, 50],
			dense: true,
			emptyText: s.noContacts
		}
	];

	const approvalBlocks: Block[] = approval
		? [
				{
					kind: 'keyValue',
					keyWidth: 140,
					rows: [
						{ key: s.approvedBy, value: approval.signerName },
						{ key: s.approvedAt, value: formatDateTime(approval.signedAt, lang) },
						...(approval.statement ? [{ key: s.approvalStatement, value: approval.statement }] : []),
						{ key: s.approvedSha, value: [{ text: groupedHash(approval.contentSha256), small: true }] }
					]
				}
			]
		: [{ kind: 'callout', tone: 'warning', text: s.notApproved }];

	return {
		meta: metaFor(snap.organisation, fiscalYearAt(planReportInstant(snap), snap.organisation.fyStartMonth), {
			reportId: options.reportId,
			type: PLAN_REPORT_TYPE,
			title: s.versionTitle(kindName, version.number),
			status: signed ? 'signed' : 'draft',
			language: lang,
			generatedAt: snap.generatedAt,
			snapshotSha256: options.snapshotSha256,
			statusNotice: signed ? s.approvedNotice(version.number) : s.draftNotice(version.number, s.statusNames[version.status])
		}),
		sections: [
			{ id: 'overview', title: s.overview, blocks: overviewBlocks },
			...planSections.map((section, i) => (i === 0 ? { ...section, newPage: true } : section)),
			{ id: 'contacts', title: s.contacts, blocks: contactBlocks },
			{ id: 'approval', title: s.approval, blocks: approvalBlocks, newPage: false }
		]
	};
}
