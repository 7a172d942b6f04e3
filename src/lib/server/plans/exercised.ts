/** When a plan was last exercised, and the improvement actions still open on its sections. */
import type PocketBase from 'pocketbase';
import type { PlanKind } from '$lib/domain/plans/templates';
import type { ActionRecord, ExerciseRecord } from './exercise-records';

export interface Exercised {
	last: { id: string; title: string; held_on: string } | null;
	open: Pick<ActionRecord, 'id' | 'finding' | 'owner' | 'due_date' | 'status' | 'plan_sections' | 'exercise'>[];
}

export async function loadExercised(pb: PocketBase, org: string, kind: PlanKind): Promise<Exercised> {
	const [exercises, open] = await Promise.all([
		pb.collection('exercises').getList<Pick<ExerciseRecord, 'id' | 'title' | 'held_on'>>(1, 1, {
			filter: pb.filter('organisation = {:org} && plan_kinds ~ {:kind}', { org, kind }),
			sort: '-held_on',
			fields: 'id,title,held_on'
		}),
		pb.collection('improvement_actions').getFullList<Exercised['open'][number]>({
			filter: pb.filter('organisation = {:org} && status != "closed" && plan_sections ~ {:prefix}', { org, prefix: `${kind}.` }),
			sort: 'due_date',
			fields: 'id,finding,owner,due_date,status,plan_sections,exercise'
		})
	]);
	return { last: exercises.items[0] ?? null, open };
}
