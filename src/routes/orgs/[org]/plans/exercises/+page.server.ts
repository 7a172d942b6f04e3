import { redirect } from '@sveltejs/kit';
import { exerciseSchema, scenarioFromRisk } from '$lib/domain/plans/exercises';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import type { ActionRecord, ExerciseRecord } from '$lib/server/plans/exercise-records';
import { riskOptions, scenarioRisk } from '$lib/server/plans/risk-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const filter = pb.filter('organisation = {:org}', { org: params.org });
	const [exercises, actions, risks] = await Promise.all([
		pb.collection('exercises').getFullList<ExerciseRecord>({ filter, sort: '-held_on', fields: 'id,title,kind,held_on,plan_kinds' }),
		pb.collection('improvement_actions').getFullList<Pick<ActionRecord, 'id' | 'exercise' | 'status'>>({
			filter: pb.filter('organisation = {:org} && source = "exercise"', { org: params.org }),
			fields: 'id,exercise,status'
		}),
		riskOptions(pb, params.org)
	]);
	const findings = (id: string) => actions.filter((a) => a.exercise === id);
	return {
		risks,
		exercises: exercises.map((e) => ({
			...e,
			findings: findings(e.id).length,
			open: findings(e.id).filter((a) => a.status !== 'closed').length
		}))
	};
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(exerciseSchema(m), await request.formData(), ['plan_kinds']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'exercise-');
		let id: string;
		try {
			const { pb } = locals.session;
			const scenario = scenarioFromRisk(parsed.data.scenario, await scenarioRisk(pb, params.org, parsed.data.risk));
			id = (await pb.collection('exercises').create({ ...parsed.data, scenario, organisation: params.org })).id;
		} catch (error) {
			return rejected(error, m, parsed.values, 'exercise-');
		}
		redirect(303, `/orgs/${params.org}/plans/exercises/${id}`);
	}
};
