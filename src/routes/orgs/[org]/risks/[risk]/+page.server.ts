import { error, fail, redirect } from '@sveltejs/kit';
import { refuseDeleteUnlessSecurity } from '$lib/server/delete-role';
import {
	acceptanceRequestSchema,
	actionSchema,
	analysisSchema,
	closeSchema,
	identificationSchema,
	reviewSchema,
	treatmentSchema
} from '$lib/domain/risks/forms';
import { threatValue } from '$lib/domain/risks/threat-catalogue';
import { currentCriteria } from '$lib/domain/risks/versions';
import { messagesFor } from '$lib/i18n';
import { now as serverNow } from '$lib/server/clock';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import { statusOf } from '$lib/server/pocketbase';
import { rejectionSummary } from '$lib/server/rejections';
import { loadCriteria } from '$lib/server/risks/criteria';
import { loadRisk } from '$lib/server/risks/detail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org, permissions } = await parent();
	try {
		return await loadRisk(
			locals.session.pb,
			params.org,
			params.risk,
			{ sector: org.sector, operatorClass: org.operator_class },
			permissions.readAudit,
			permissions.editContent
		);
	} catch (err) {
		const status = statusOf(err) ?? (err as { status?: number }).status ?? 500;
		error(status === 404 ? 404 : 500, 'risk not found');
	}
};

type Locals = App.Locals;

/** Saves a change of the risk; PocketBase's refusal comes back under the form's name with the field's own message. */
async function save(locals: Locals, id: string, data: Record<string, unknown>, name: string, values: Record<string, string | string[]>) {
	const m = messagesFor(locals.session.lang);
	try {
		await locals.session.pb.collection('risks').update(id, data);
	} catch (err) {
		return rejected(err, m, values, name);
	}
	return { saved: name };
}

async function create(
	locals: Locals,
	collection: string,
	data: Record<string, unknown>,
	name: string,
	values: Record<string, string | string[]>
) {
	const m = messagesFor(locals.session.lang);
	try {
		await locals.session.pb.collection(collection).create(data);
	} catch (err) {
		return rejected(err, m, values, name);
	}
	return { saved: name };
}

export const actions: Actions = {
	identify: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(identificationSchema(m), await request.formData(), ['services', 'systems', 'dependencies']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'identify');
		return save(locals, params.risk, { ...parsed.data, threat: threatValue(parsed.data.threat) }, 'identify', parsed.values);
	},
	analyse: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const versions = await loadCriteria(locals.session.pb, params.org);
		const chosen =
			versions.find((v) => v.id === String(form.get('criteria') ?? '') && v.status === 'signed' && v.content) ?? currentCriteria(versions);
		if (!chosen?.content) return invalid({ _form: m.risks.noCriteria }, {}, 'analyse');
		const sizes = { likelihood: chosen.content.likelihood.length, impact: chosen.content.impact.length };
		const parsed = parseForm(analysisSchema(m, sizes), form, ['control_items']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'analyse');
		return save(locals, params.risk, parsed.data, 'analyse', parsed.values);
	},
	treat: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(treatmentSchema(m), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'treat');
		return save(locals, params.risk, parsed.data, 'treat', parsed.values);
	},
	saveAction: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const name = `action-${id}`;
		const parsed = parseForm(actionSchema(m), form, ['checklist_items', 'plans']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, name);
		if (!id) return create(locals, 'risk_actions', { ...parsed.data, organisation: params.org, risk: params.risk }, name, parsed.values);
		try {
			await locals.session.pb.collection('risk_actions').update(id, parsed.data);
		} catch (err) {
			return rejected(err, m, parsed.values, name);
		}
		return { saved: name };
	},
	deleteAction: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await locals.session.pb.collection('risk_actions').delete(id);
		} catch {
			return invalid({ _form: m.errors.unknown }, {}, `action-${id}`);
		}
		return { saved: 'actions' };
	},
	request: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(acceptanceRequestSchema(m, await serverNow()), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'request');
		const { justification, valid_through: expires } = parsed.data;
		return create(
			locals,
			'risk_acceptances',
			{ organisation: params.org, risk: params.risk, status: 'requested', justification, expires_at: expires },
			'request',
			parsed.values
		);
	},
	withdraw: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await locals.session.pb.collection('risk_acceptances').update(id, { status: 'withdrawn' });
		} catch (err) {
			return invalid({ _form: rejectionSummary(err, m) }, {}, 'request');
		}
		return { saved: 'withdrawn' };
	},
	review: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(reviewSchema(m), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'review');
		return create(locals, 'risk_reviews', { ...parsed.data, organisation: params.org, risk: params.risk }, 'review', parsed.values);
	},
	close: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(closeSchema(m), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'close');
		return save(locals, params.risk, { status: 'closed', closed_reason: parsed.data.closed_reason }, 'close', parsed.values);
	},
	reopen: async ({ locals, params }) => save(locals, params.risk, { status: 'open' }, 'close', {}),
	delete: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const refused = await refuseDeleteUnlessSecurity(locals.session.pb, params.org, m, 'close');
		if (refused) return refused;
		try {
			await locals.session.pb.collection('risks').delete(params.risk);
		} catch (err) {
			return fail(400, { form: 'close', errors: { _form: statusOf(err) === 400 ? m.risks.cannotDelete : m.errors.unknown } });
		}
		redirect(303, `/orgs/${params.org}/risks`);
	}
};
