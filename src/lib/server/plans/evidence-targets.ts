/**
 * The plan area's records as evidence-link targets (pb_hooks/lib/link-targets.json:
 * "plan", "exercise"): how the evidence pages name them and link back, and
 * what a plan or exercise page needs for its EvidencePanel.
 */
import type PocketBase from 'pocketbase';
import { choiceOf, type EvidenceChoice, type LinkedEvidence } from '$lib/domain/evidence/links';
import { targetKey, type TargetInfo, type TargetRef } from '$lib/domain/evidence/targets';
import { PLAN_KIND_NAMES } from '$lib/domain/plans/templates';
import type { Lang } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { now } from '$lib/server/clock';
import { listEvidence } from '$lib/server/evidence/library';
import { evidenceOfTargets } from '$lib/server/evidence/links';
import { uploadLimit } from '$lib/server/evidence/upload';
import type { ExerciseRecord } from './exercise-records';
import type { PlanRecord } from './records';

const idFilter = (pb: PocketBase, ids: readonly string[]) =>
	ids.map((id, i) => pb.filter(`id = {:id${i}}`, { [`id${i}`]: id })).join(' || ');

export async function describePlans(pb: PocketBase, orgId: string, refs: TargetRef[], lang: Lang): Promise<Map<string, TargetInfo>> {
	const out = new Map<string, TargetInfo>();
	const ids = [...new Set(refs.map((r) => r.id))];
	if (!ids.length) return out;
	const plans = await pb.collection('plans').getFullList<PlanRecord>({ filter: idFilter(pb, ids), fields: 'id,kind,title' });
	for (const ref of refs) {
		const plan = plans.find((p) => p.id === ref.id);
		if (plan)
			out.set(targetKey(ref), {
				title: `${PLAN_KIND_NAMES[plan.kind][lang]} · ${plan.title}`,
				href: `/orgs/${orgId}/plans/${plan.kind}`,
				locked: false
			});
	}
	return out;
}

export async function describeExercises(pb: PocketBase, orgId: string, refs: TargetRef[], lang: Lang): Promise<Map<string, TargetInfo>> {
	const out = new Map<string, TargetInfo>();
	const ids = [...new Set(refs.map((r) => r.id))];
	if (!ids.length) return out;
	const exercises = await pb.collection('exercises').getFullList<ExerciseRecord>({ filter: idFilter(pb, ids), fields: 'id,title,held_on' });
	for (const ref of refs) {
		const e = exercises.find((x) => x.id === ref.id);
		if (e)
			out.set(targetKey(ref), {
				title: `${formatDate(e.held_on, lang)} · ${e.title}`,
				href: `/orgs/${orgId}/plans/exercises/${e.id}`,
				locked: false
			});
	}
	return out;
}

export interface RecordEvidence {
	target: TargetRef;
	linked: LinkedEvidence[];
	choices: EvidenceChoice[];
	limit: number;
}

/** The evidence linked to one plan or exercise, and what the security team may link. */
export async function recordEvidence(
	pb: PocketBase,
	orgId: string,
	type: 'plan' | 'exercise',
	id: string,
	canLink: boolean
): Promise<RecordEvidence> {
	const at = await now();
	const target: TargetRef = { type, id, part: '' };
	const [linked, choices] = await Promise.all([
		evidenceOfTargets(pb, pb.filter('target_type = {:t} && target_id = {:id}', { t: type, id }), at),
		canLink ? listEvidence(pb, orgId, at).then((list) => list.map(choiceOf)) : Promise.resolve([])
	]);
	return { target, linked: linked[targetKey(target)] ?? [], choices, limit: uploadLimit() };
}
