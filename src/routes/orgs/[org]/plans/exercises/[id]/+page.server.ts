import { error, redirect } from '@sveltejs/kit';
import { refuseDeleteUnlessSecurity } from '$lib/server/delete-role';
import { EXERCISE_TIMELINE_KINDS, exerciseSchema, scenarioFromRisk } from '$lib/domain/plans/exercises';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import { now } from '$lib/server/clock';
import { statusOf } from '$lib/server/pocketbase';
import { actionViews, checklistItems, timelineAndActionActions } from '$lib/server/plans/actions';
import { recordEvidence } from '$lib/server/plans/evidence-targets';
import type { ActionRecord, ExerciseRecord, TimelineRecord } from '$lib/server/plans/exercise-records';
import { riskOptions, scenarioRisk } from '$lib/server/plans/risk-options';
import { renderMarkdown } from '$lib/server/selfcheck/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { permissions } = await parent();
	const { pb, lang } = locals.session;
	let exercise: ExerciseRecord;
	try {
		exercise = await pb.collection('exercises').getOne<ExerciseRecord>(params.id);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, messagesFor(lang).common.notFound);
	}
	if (exercise.organisation !== params.org) error(404, messagesFor(lang).common.notFound);
	const byExercise = pb.filter('exercise = {:id}', { id: exercise.id });
	const [entries, actions, items, today, evidence, risks] = await Promise.all([
		pb.collection('timeline_entries').getFullList<TimelineRecord>({ filter: byExercise, sort: 'at,created' }),
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: byExercise, sort: 'created' }),
		checklistItems(pb, params.org, lang),
		now(),
		recordEvidence(pb, params.org, 'exercise', exercise.id, permissions.editContent),
		riskOptions(pb, params.org)
	]);
	return {
		exercise,
		scenarioHtml: renderMarkdown(exercise.scenario),
		observationsHtml: renderMarkdown(exercise.observations),
		entries,
		actions: actionViews(actions, items, today, risks),
		risks,
		scenarioRisk: risks.find((r) => r.id === exercise.risk) ?? null,
		evidence
	};
};

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const formName = `exercise-${params.id}`;
		const parsed = parseForm(exerciseSchema(m), await request.formData(), ['plan_kinds']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, formName);
		try {
			const { pb } = locals.session;
			const scenario = scenarioFromRisk(parsed.data.scenario, await scenarioRisk(pb, params.org, parsed.data.risk));
			await pb.collection('exercises').update(params.id, { ...parsed.data, scenario });
		} catch (err) {
			return rejected(err, m, parsed.values, formName);
		}
		return { saved: formName };
	},
	delete: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const refused = await refuseDeleteUnlessSecurity(locals.session.pb, params.org, m, 'exercise-delete');
		if (refused) return refused;
		try {
			await locals.session.pb.collection('exercises').delete(params.id);
		} catch (err) {
			if (statusOf(err) === null) throw err;
			return invalid({ _form: m.errors.unknown }, {}, 'exercise-delete');
		}
		redirect(303, `/orgs/${params.org}/plans/exercises`);
	},
	...timelineAndActionActions(EXERCISE_TIMELINE_KINDS)
};
