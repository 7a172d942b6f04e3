// Builders for self-check records used by several integration tests.
import type { World } from './world';

export const TINY_CHECKLIST = {
	id: 'tiny',
	version: '1',
	title: { ja: '小さなチェックリスト', en: 'Tiny checklist' },
	issuer: { ja: 'テスト', en: 'Test' },
	published: '2026-04-01',
	applies_to: { sectors: 'all', operator_classes: ['leading', 'other'] },
	sections: [
		{
			id: 'S1',
			title: { ja: '節', en: 'Section' },
			items: [
				{
					id: 'S1-01',
					classification: 'consider',
					title: { ja: '項目1', en: 'Item 1' },
					guidance: { ja: '確認する。', en: 'Check it.' },
					evidence_examples: { ja: ['記録'], en: ['Records'] },
					threats: ['intentional'],
					stage: 'treatment'
				},
				{
					id: 'S1-02',
					classification: 'reference',
					title: { ja: '項目2', en: 'Item 2' },
					guidance: { ja: '確認する。', en: 'Check it.' },
					evidence_examples: { ja: ['記録'], en: ['Records'] },
					threats: ['intentional'],
					stage: 'treatment'
				}
			]
		}
	]
};

let n = 0;

/** A pinned checklist copy in organisation A (created by the superuser). */
export async function pinnedChecklist(world: World, version = `v${n++}`): Promise<string> {
	const record = await world.superuser.collection('checklists').create({
		organisation: world.orgA,
		checklist_id: TINY_CHECKLIST.id,
		version,
		title: TINY_CHECKLIST.title,
		content: { ...TINY_CHECKLIST, version },
		source: 'library'
	});
	return record.id;
}

let revision = 1;

/** A draft assessment in organisation A (fiscal year 2050, each with its own revision). */
export async function draftAssessment(world: World): Promise<{ id: string; checklist: string }> {
	const checklist = await pinnedChecklist(world);
	const record = await world.superuser.collection('assessments').create({
		organisation: world.orgA,
		fiscal_year: 2050,
		revision: revision++,
		status: 'draft',
		checklists: [checklist]
	});
	return { id: record.id, checklist };
}

export async function submittedAssessment(world: World): Promise<{ id: string; checklist: string }> {
	const draft = await draftAssessment(world);
	await world.superuser.collection('assessments').update(draft.id, { status: 'submitted' });
	return draft;
}

export async function answer(world: World, assessment: { id: string; checklist: string }, itemId = 'S1-01'): Promise<string> {
	const record = await world.superuser.collection('answers').create({
		organisation: world.orgA,
		assessment: assessment.id,
		checklist: assessment.checklist,
		item_id: itemId,
		status: 'implemented'
	});
	return record.id;
}

/**
 * A self-check in organisation A answered by its security team (S1-01 implemented,
 * S1-02 partly implemented with owner and target date), submitted, then signed by
 * its executive. `beforeSign` runs while it is submitted (e.g. for review comments).
 */
export async function signedSelfCheck(
	world: World,
	version: string,
	beforeSign?: (ids: { assessment: string; checklist: string }) => Promise<void>
): Promise<{ assessment: string; checklist: string; signoff: string }> {
	const checklist = await pinnedChecklist(world, version);
	const security = world.client('security');
	const { id: assessment } = await security.send<{ id: string }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: world.orgA, fiscal_year: 2026, checklists: [checklist] }
	});
	const base = { organisation: world.orgA, assessment, checklist };
	await security.collection('answers').create({ ...base, item_id: 'S1-01', status: 'implemented', notes: '**規程**で確認した。' });
	// S1-02 is a reference item: adopted, so it is scored and listed as a gap
	await security.collection('reference_adoptions').create({ ...base, item_id: 'S1-02', adopted: true, reason: '今年度から採用' });
	await security.collection('answers').create({
		...base,
		item_id: 'S1-02',
		status: 'partial',
		owner: '情報システム部',
		target_date: '2027-03-31'
	});
	await security.collection('assessments').update(assessment, { status: 'submitted' });
	await beforeSign?.({ assessment, checklist });
	const signoff = await world.client('executive').collection('signoffs').create({
		organisation: world.orgA,
		subject_collection: 'assessments',
		subject_id: assessment,
		statement: '内容を確認し、承認します。'
	});
	return { assessment, checklist, signoff: signoff.id };
}
