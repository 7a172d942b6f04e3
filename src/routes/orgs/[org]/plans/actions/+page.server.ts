import { now } from '$lib/server/clock';
import { TIMELINE_KINDS } from '$lib/domain/plans/exercises';
import { actionViews, checklistItems, timelineAndActionActions } from '$lib/server/plans/actions';
import type { ActionRecord, ExerciseRecord } from '$lib/server/plans/exercise-records';
import { riskOptions } from '$lib/server/plans/risk-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { pb, lang } = locals.session;
	const all = url.searchParams.get('show') === 'all';
	const filter = all
		? pb.filter('organisation = {:org}', { org: params.org })
		: pb.filter('organisation = {:org} && status != "closed"', { org: params.org });
	const [actions, items, today, exercises, risks, incidents] = await Promise.all([
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter, sort: 'due_date,created' }),
		checklistItems(pb, params.org, lang),
		now(),
		pb.collection('exercises').getFullList<Pick<ExerciseRecord, 'id' | 'title'>>({
			filter: pb.filter('organisation = {:org}', { org: params.org }),
			fields: 'id,title'
		}),
		riskOptions(pb, params.org),
		pb.collection('incidents').getFullList<{ id: string; title: string }>({
			filter: pb.filter('organisation = {:org}', { org: params.org }),
			fields: 'id,title'
		})
	]);
	const titles = new Map(exercises.map((e) => [e.id, e.title]));
	const incidentTitles = new Map(incidents.map((i) => [i.id, i.title]));
	const base = `/orgs/${params.org}/plans`;
	const views = actionViews(actions, items, today, risks, (a) =>
		a.exercise
			? { label: titles.get(a.exercise) ?? '', href: `${base}/exercises/${a.exercise}` }
			: a.incident
				? { label: incidentTitles.get(a.incident) ?? '', href: `${base}/incidents/${a.incident}` }
				: undefined
	);
	return { all, actions: views, risks, overdue: views.filter((a) => a.overdue).length };
};

const { action, deleteAction } = timelineAndActionActions(TIMELINE_KINDS);

export const actions: Actions = { action, deleteAction };
