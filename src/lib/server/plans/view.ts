/**
 * The page model of one plan version: sections with their rendered Markdown
 * and guidance, the structured parts resolved against the profile and the
 * contact register, the gaps and the BIA flags. Plain data for the page.
 */
import { biaFlagText } from '$lib/domain/plans/bia';
import { biaRows, type BiaRowView } from '$lib/domain/plans/bia-view';
import { contactLabel } from '$lib/domain/plans/contacts';
import type { PlanContent } from '$lib/domain/plans/content';
import { gapText, planGaps } from '$lib/domain/plans/gaps';
import { PLAN_TEMPLATES, type StructuredPart } from '$lib/domain/plans/templates';
import { sectorReporting, type SectorReporting } from '$lib/domain/incidents/reporting-routes';
import type { Lang } from '$lib/i18n';
import { renderMarkdown } from '$lib/server/selfcheck/markdown';
import type { PlanSources } from './context';
import type { ContactRecord } from './contact-records';

export interface SectionView {
	key: string;
	title: string;
	guidance: string;
	html: string;
	empty: boolean;
	structured: StructuredPart | null;
	gaps: string[];
}

export interface PlanView {
	content: PlanContent;
	sections: SectionView[];
	gaps: { section: string; text: string }[];
	bia: BiaRowView[];
	flags: { serviceName: string; text: string }[];
	reporting: SectorReporting;
	contacts: Record<string, { label: string; phone: string; email: string; category: string }>;
}

export function contactDirectory(contacts: readonly ContactRecord[]): PlanView['contacts'] {
	return Object.fromEntries(contacts.map((c) => [c.id, { label: contactLabel(c), phone: c.phone, email: c.email, category: c.category }]));
}

export function planView(content: PlanContent, sources: PlanSources, lang: Lang): PlanView {
	const gaps = planGaps(content, sources.context).map((g) => ({ section: g.section, text: gapText(g, content.kind, lang) }));
	const bia = content.kind === 'bcp' ? biaRows(content, sources.context.services, sources.context.sector) : [];
	const sections = PLAN_TEMPLATES[content.kind].map((t) => {
		const body = content.sections[t.key]?.body ?? '';
		return {
			key: t.key,
			title: t.title[lang],
			guidance: t.guidance[lang],
			html: renderMarkdown(body),
			empty: body.trim() === '',
			structured: t.structured ?? null,
			gaps: gaps.filter((g) => g.section === t.key).map((g) => g.text)
		};
	});
	return {
		content,
		sections,
		gaps,
		bia,
		flags: bia.flatMap((r) => r.check.flags.map((f) => ({ serviceName: r.entry.serviceName, text: biaFlagText(f, lang) }))),
		reporting: sectorReporting(sources.context.sector),
		contacts: contactDirectory(sources.contacts)
	};
}
