/**
 * Reading the 参考事項 adoption of self-checks with the user's own token.
 * No SvelteKit imports: the report CLI loads this too.
 */
import type PocketBase from 'pocketbase';
import { adoptionModeOf, type Adoption, type AdoptionDecision } from '$lib/domain/selfcheck/adoption';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import type { AssessmentRecord, ReferenceAdoptionRecord } from './records';

const FIELDS = 'id,checklist,item_id,adopted,reason,carried_over';

export async function readAdoptionRecords(pb: PocketBase, assessment: string): Promise<ReferenceAdoptionRecord[]> {
	return pb.collection('reference_adoptions').getFullList<ReferenceAdoptionRecord>({
		filter: pb.filter('assessment = {:a}', { a: assessment }),
		fields: FIELDS
	});
}

/**
 * The adoption of a self-check: its mode and the decisions by item key.
 * @param expanded the decisions when already read (expandedList)
 */
export async function readAdoption(
	pb: PocketBase,
	assessment: Pick<AssessmentRecord, 'id' | 'reference_adoption'>,
	expanded?: ReferenceAdoptionRecord[]
): Promise<Adoption> {
	const mode = adoptionModeOf(assessment.reference_adoption);
	if (mode === 'all') return { mode, decisions: new Map() };
	const records = expanded ?? (await readAdoptionRecords(pb, assessment.id));
	const decisions = new Map<string, AdoptionDecision>(
		records.map((r) => [itemKey(r.checklist, r.item_id), { adopted: !!r.adopted, reason: r.reason ?? '', carriedOver: !!r.carried_over }])
	);
	return { mode, decisions };
}

/** Adoption of many self-checks at once (the list page): one query. */
export async function readAdoptions(
	pb: PocketBase,
	orgId: string,
	assessments: readonly Pick<AssessmentRecord, 'id' | 'reference_adoption'>[]
): Promise<Map<string, Adoption>> {
	const decisions = new Map<string, Map<string, AdoptionDecision>>();
	if (assessments.some((a) => adoptionModeOf(a.reference_adoption) === 'per_item')) {
		const records = await pb.collection('reference_adoptions').getFullList<ReferenceAdoptionRecord>({
			filter: pb.filter('organisation = {:o}', { o: orgId }),
			fields: `assessment,${FIELDS}`
		});
		for (const r of records) {
			const map = decisions.get(r.assessment) ?? new Map<string, AdoptionDecision>();
			map.set(itemKey(r.checklist, r.item_id), { adopted: !!r.adopted, reason: r.reason ?? '', carriedOver: !!r.carried_over });
			decisions.set(r.assessment, map);
		}
	}
	return new Map(
		assessments.map((a): [string, Adoption] => {
			const mode = adoptionModeOf(a.reference_adoption);
			return [a.id, { mode, decisions: mode === 'per_item' ? (decisions.get(a.id) ?? new Map()) : new Map() }];
		})
	);
}
