import { error, redirect } from '@sveltejs/kit';
import { diffSections } from '$lib/domain/plans/diff';
import { planLines } from '$lib/domain/plans/lines';
import type { PlanKind } from '$lib/domain/plans/templates';
import { messagesFor } from '$lib/i18n';
import { loadPlanSources } from '$lib/server/plans/context';
import { contactDirectory } from '$lib/server/plans/view';
import { loadPlanState, loadVersionByNumber } from '$lib/server/plans/versions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const { org } = await parent();
	const { pb, lang } = locals.session;
	const m = messagesFor(lang);
	const kind = params.kind as PlanKind;
	const state = await loadPlanState(pb, org.id, kind);
	if (!state.plan) redirect(303, `/orgs/${org.id}/plans/${kind}`);
	const numbers = state.history.map((v) => v.number);
	const a = Number(url.searchParams.get('a') ?? numbers[1] ?? numbers[0]);
	const b = Number(url.searchParams.get('b') ?? numbers[0]);
	let comparison = null;
	if (numbers.length > 1 && Number.isInteger(a) && Number.isInteger(b)) {
		const [older, newer] = await Promise.all([
			loadVersionByNumber(pb, state.plan.id, Math.min(a, b)),
			loadVersionByNumber(pb, state.plan.id, Math.max(a, b))
		]);
		if (!older || !newer) error(404, m.plansEdit.versions.notFound);
		if (!older.parsed.ok || !newer.parsed.ok) {
			comparison = {
				a: older.record.number,
				b: newer.record.number,
				problem: older.parsed.ok ? (newer.parsed.ok ? '' : newer.parsed.problem) : older.parsed.problem,
				sections: []
			};
		} else {
			const sources = await loadPlanSources(pb, org.id, org.sector);
			const contacts = contactDirectory(sources.contacts);
			const name = (id: string) => contacts[id]?.label ?? m.plansEdit.contactRemoved;
			const sections = diffSections(planLines(older.parsed.content, lang, name), planLines(newer.parsed.content, lang, name));
			comparison = { a: older.record.number, b: newer.record.number, problem: null, sections };
		}
	}
	return { kind, history: state.history, comparison };
};
