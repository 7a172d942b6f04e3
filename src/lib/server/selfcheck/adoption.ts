/**
 * 参考事項 adoption of one self-check: the `?/adoption` action that saves the adoption form with the user's own token
 * (pb_hooks/adoptions.pb.js checks the item and locks signed self-checks).
 */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { adoptionModeOf, parseAdoptionForm } from '$lib/domain/selfcheck/adoption';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import type { Lang, Messages } from '$lib/i18n';
import type { FormValues } from '$lib/server/forms';
import { rejectionSummary } from '$lib/server/rejections';
import type { OrganisationRecord } from '$lib/server/records';
import { readAssessment } from './assessment';
import { plainItems, readPinned } from './pinned';
import { readAdoptionRecords } from './adoption-read';

export interface AdoptionFailure {
	form: 'adoption';
	errors: Record<string, string>;
	/** As entered: `adopt` lists the ticked keys, `reason:<key>` each reason. */
	values: FormValues;
}

/** Saves the decisions that changed; answers already given to an item are kept whatever is decided. */
export async function saveAdoption(options: {
	pb: PocketBase;
	orgId: string;
	assessmentId: string;
	form: FormData;
	m: Messages;
	lang: Lang;
}) {
	const { pb, orgId, assessmentId, form, m, lang } = options;
	const assessment = await readAssessment(pb, orgId, assessmentId);
	const org = await pb.collection('organisations').getOne<OrganisationRecord>(orgId, { fields: 'id,sector,operator_class' });
	const applicant: Applicant = { sector: org.sector, operatorClass: org.operator_class };
	const references = plainItems(await readPinned(pb, assessment.checklists), applicant).filter((i) => i.classification === 'reference');
	const known = new Set(references.map((i) => i.key));
	const parsed = parseAdoptionForm(form, known);
	const values: FormValues = {
		adopt: parsed.choices.filter((c) => c.adopted).map((c) => c.key),
		...Object.fromEntries(parsed.choices.map((c) => [`reason:${c.key}`, c.reason]))
	};
	if (!parsed.ok) {
		const errors = Object.fromEntries(parsed.issues.map((i) => [i.key, i.message[lang]]));
		return fail(400, { form: 'adoption', errors, values } satisfies AdoptionFailure);
	}
	if (adoptionModeOf(assessment.reference_adoption) === 'all') {
		return fail(400, { form: 'adoption', errors: { _form: m.adoption.legacy }, values } satisfies AdoptionFailure);
	}
	const stored = new Map((await readAdoptionRecords(pb, assessment.id)).map((r) => [itemKey(r.checklist, r.item_id), r]));
	const byKey = new Map(references.map((i) => [i.key, i]));
	let changed = 0;
	try {
		for (const choice of parsed.choices) {
			const record = stored.get(choice.key);
			if (record) {
				if (!!record.adopted === choice.adopted && (record.reason ?? '') === choice.reason) continue;
				await pb.collection('reference_adoptions').update(record.id, { adopted: choice.adopted, reason: choice.reason }, { fields: 'id' });
			} else {
				const item = byKey.get(choice.key);
				if (!item) continue;
				await pb.collection('reference_adoptions').create(
					{
						organisation: orgId,
						assessment: assessment.id,
						checklist: item.pinnedId,
						item_id: item.itemId,
						adopted: choice.adopted,
						reason: choice.reason
					},
					{ fields: 'id' }
				);
			}
			changed++;
		}
	} catch (error) {
		return fail(400, {
			form: 'adoption',
			errors: { _form: `${m.adoption.failed} ${rejectionSummary(error, m)}` },
			values
		} satisfies AdoptionFailure);
	}
	return { form: 'adoption' as const, saved: changed };
}
