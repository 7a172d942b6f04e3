import { error, fail, redirect } from '@sveltejs/kit';
import { biaRows } from '$lib/domain/plans/bia-view';
import { sectionTemplate, type PlanKind } from '$lib/domain/plans/templates';
import { messagesFor } from '$lib/i18n';
import { rejected } from '$lib/server/forms';
import { loadPlanSources } from '$lib/server/plans/context';
import { formValues, parseSectionForm } from '$lib/server/plans/section-form';
import { contactDirectory } from '$lib/server/plans/view';
import { findPlan, loadPlanState, loadVersionByNumber, saveVersion } from '$lib/server/plans/versions';
import { sectorReporting } from '$lib/domain/incidents/reporting-routes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const { pb, lang } = locals.session;
	const kind = params.kind as PlanKind;
	const template = sectionTemplate(kind, params.section);
	if (!template) error(404, messagesFor(lang).plansEdit.unknownSection);
	const [state, sources] = await Promise.all([loadPlanState(pb, org.id, kind), loadPlanSources(pb, org.id, org.sector)]);
	if (!state.latest) redirect(303, `/orgs/${org.id}/plans/${kind}`);
	const parsed = state.latest.parsed;
	const content = parsed.ok ? parsed.content : null;
	return {
		kind,
		section: { key: template.key, title: template.title[lang], guidance: template.guidance[lang], structured: template.structured ?? null },
		base: state.latest.record.number,
		status: state.latest.record.status,
		problem: parsed.ok ? null : parsed.problem,
		content,
		bia: content?.kind === 'bcp' ? biaRows(content, sources.context.services, org.sector).filter((r) => r.service !== null) : [],
		dependencies: sources.context.dependencies,
		contacts: sources.contacts.map((c) => ({ id: c.id, category: c.category, label: contactDirectory([c])[c.id].label })),
		reporting: sectorReporting(org.sector)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { pb, lang } = locals.session;
		const m = messagesFor(lang);
		const kind = params.kind as PlanKind;
		const form = await request.formData();
		const base = Number(form.get('base_number'));
		const org = await pb.collection('organisations').getOne(params.org);
		const [plan, sources] = await Promise.all([findPlan(pb, params.org, kind), loadPlanSources(pb, params.org, org.sector)]);
		const current = plan && Number.isInteger(base) ? await loadVersionByNumber(pb, plan.id, base) : null;
		if (!plan || !current || !current.parsed.ok) return fail(400, { values: {}, errors: { _form: m.plans.workflow.failed } });
		const parsed = parseSectionForm(current.parsed.content, params.section, form, {
			m,
			serviceIds: new Set(sources.context.services.map((s) => s.id)),
			contactIds: sources.context.contactIds
		});
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const saved = await saveVersion(pb, {
			org: params.org,
			plan,
			base,
			content: parsed.content,
			section: params.section,
			note: parsed.note
		});
		if (!saved.ok) {
			const values = formValues(form, ['cases']);
			if (saved.conflict !== null) return fail(409, { values, errors: { _form: m.plans.conflict(saved.conflict) } });
			return rejected(saved.error, m, values, undefined, (rejection, errors) => {
				if (rejection.fields.status) errors._form = m.plans.workflow.awaiting;
			});
		}
		redirect(303, `/orgs/${params.org}/plans/${kind}?saved=${saved.number}#section-${params.section}`);
	}
};
