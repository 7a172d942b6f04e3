import { fail } from '@sveltejs/kit';
import { openCandidates, proposeCandidates, type Candidate } from '$lib/domain/risks/candidates';
import { messagesFor } from '$lib/i18n';
import { fieldErrors } from '$lib/server/pocketbase';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '$lib/server/records';
import type { RiskRecord } from '$lib/server/risks/records';
import type { Actions, PageServerLoad } from './$types';
import type PocketBase from 'pocketbase';

interface DismissalRecord {
	id: string;
	candidate_key: string;
	reason: string;
	created: string;
}

async function read(pb: PocketBase, org: string) {
	const filter = pb.filter('organisation = {:org}', { org });
	const [services, systems, dependencies, risks, dismissals] = await Promise.all([
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name,services,owner' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name' }),
		pb
			.collection('risks')
			.getFullList<RiskRecord>({ filter, sort: 'ref', fields: 'id,ref,title,status,candidate_keys,services,systems,dependencies' }),
		pb.collection('risk_dismissals').getFullList<DismissalRecord>({ filter, sort: '-created' })
	]);
	const all = proposeCandidates({ services, systems, dependencies });
	const decided = [...risks.flatMap((r) => r.candidate_keys ?? []), ...dismissals.map((d) => d.candidate_key)];
	return { services, systems, dependencies, risks, dismissals, all, open: openCandidates(all, decided) };
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { systems, risks, dismissals, all, open } = await read(locals.session.pb, params.org);
	const byKey = new Map(all.map((c) => [c.key, c]));
	return {
		systems: systems.map((s) => ({ id: s.id, name: s.name })),
		candidates: open,
		risks: risks.filter((r) => r.status === 'open').map((r) => ({ id: r.id, ref: r.ref, title: r.title })),
		dismissed: dismissals.map((d) => ({ id: d.id, reason: d.reason, candidate: byKey.get(d.candidate_key) ?? null, key: d.candidate_key }))
	};
};

async function candidateFor(locals: App.Locals, org: string, key: string): Promise<Candidate | null> {
	const { open } = await read(locals.session.pb, org);
	return open.find((c) => c.key === key) ?? null;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

export const actions: Actions = {
	confirm: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const key = String((await request.formData()).get('key') ?? '');
		const candidate = await candidateFor(locals, params.org, key);
		if (!candidate) return fail(400, { key, error: m.riskSuggestions.gone });
		const lang = locals.session.lang;
		try {
			const risk = await locals.session.pb.collection('risks').create<RiskRecord>({
				organisation: params.org,
				title: candidate.title[lang],
				scenario: candidate.scenario[lang],
				category: candidate.category,
				threat: candidate.threat,
				services: candidate.services,
				systems: candidate.systems,
				dependencies: candidate.dependencies,
				owner: candidate.owner || m.riskSuggestions.ownerToDecide,
				status: 'open',
				candidate_keys: [candidate.key]
			});
			return { confirmed: { id: risk.id, ref: risk.ref, title: risk.title } };
		} catch (error) {
			return fail(400, { key, error: Object.values(fieldErrors(error))[0] ?? m.errors.unknown });
		}
	},
	merge: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const key = String(form.get('key') ?? '');
		const riskId = String(form.get('risk') ?? '');
		const candidate = await candidateFor(locals, params.org, key);
		if (!candidate) return fail(400, { key, error: m.riskSuggestions.gone });
		if (!/^[a-z0-9]{15}$/.test(riskId)) return fail(400, { key, error: m.riskSuggestions.chooseRisk });
		try {
			const risk = await locals.session.pb.collection('risks').getOne<RiskRecord>(riskId);
			const merged = await locals.session.pb.collection('risks').update<RiskRecord>(riskId, {
				services: union(risk.services, candidate.services),
				systems: union(risk.systems, candidate.systems),
				dependencies: union(risk.dependencies, candidate.dependencies),
				candidate_keys: union(risk.candidate_keys ?? [], [candidate.key])
			});
			return { merged: { id: merged.id, ref: merged.ref, title: merged.title } };
		} catch (error) {
			return fail(400, { key, error: Object.values(fieldErrors(error))[0] ?? m.errors.unknown });
		}
	},
	dismiss: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const key = String(form.get('key') ?? '');
		const reason = String(form.get('reason') ?? '').trim();
		if (reason.length > 2000) return fail(400, { key, error: m.errors.tooLong(2000) });
		if (!(await candidateFor(locals, params.org, key))) return fail(400, { key, error: m.riskSuggestions.gone });
		try {
			await locals.session.pb.collection('risk_dismissals').create({ organisation: params.org, candidate_key: key, reason });
		} catch (error) {
			return fail(400, { key, error: Object.values(fieldErrors(error))[0] ?? m.errors.unknown });
		}
		return { dismissed: key };
	},
	restore: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await locals.session.pb.collection('risk_dismissals').delete(id);
		} catch {
			return fail(400, { key: '', error: m.errors.unknown });
		}
		return { restored: id };
	}
};
