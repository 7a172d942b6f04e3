// 参考事項 adoption through the REST API: which items can be decided, who
// decides, that decisions are locked with the signature and part of the
// signed content, and that they come along when a self-check carries forward.
import { beforeAll, describe, expect, it } from 'vitest';
import { pinnedChecklist } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

interface Adoption {
	id: string;
	item_id: string;
	adopted: boolean;
	reason: string;
	carried_over: boolean;
}

async function start(world: World, year: number, checklist: string, previous?: string) {
	return world.client('security').send<{ id: string; carried: number }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: world.orgA, fiscal_year: year, checklists: [checklist], previous, carryForward: !!previous }
	});
}

const adoptionsOf = (world: World, assessment: string) =>
	world.superuser
		.collection('reference_adoptions')
		.getFullList<Adoption>({ filter: world.superuser.filter('assessment = {:a}', { a: assessment }), sort: 'item_id' });

describe('reference-item adoption', () => {
	let world: World;
	let checklist: string;
	let assessment: string;

	beforeAll(async () => {
		world = await createWorld();
		checklist = await pinnedChecklist(world, '2026.1');
		assessment = (await start(world, 2040, checklist)).id;
	});

	it('marks a new self-check as recording adoption per item', async () => {
		const record = await world.client('security').collection('assessments').getOne(assessment);
		expect(record.reference_adoption).toBe('per_item');
	});

	it('lets the security team decide a reference item, never an item to consider or an unknown one', async () => {
		const api = world.client('security').collection('reference_adoptions');
		const body = { organisation: world.orgA, assessment, checklist, adopted: false, reason: '当社の規模では優先度が低い' };
		const created = await api.create<Adoption>({ ...body, item_id: 'S1-02' });
		expect(created).toMatchObject({ adopted: false, carried_over: false });
		expect(await statusOf(() => api.create({ ...body, item_id: 'S1-01' }))).toBe(400);
		expect(await statusOf(() => api.create({ ...body, item_id: 'NOPE-01' }))).toBe(400);
		expect(await statusOf(() => api.update(created.id, { item_id: 'S1-01' }))).toBe(400);
		const executive = world.client('executive').collection('reference_adoptions');
		expect(await statusOf(() => executive.update(created.id, { adopted: true }))).toBe(404);
		const updated = await api.update<Adoption>(created.id, { adopted: true, reason: '' });
		expect(updated.adopted).toBe(true);
	});

	it('puts the decisions into the signed content and locks them once signed', async () => {
		const [decision] = await adoptionsOf(world, assessment);
		await world.client('security').collection('assessments').update(assessment, { status: 'submitted' });
		const signoff = await world.client('executive').collection('signoffs').create<{ id: string; content_sha256: string }>({
			organisation: world.orgA,
			subject_collection: 'assessments',
			subject_id: assessment,
			statement: '承認します'
		});
		const verify = await world.client('auditor').send<{ matches: boolean }>(`/api/mamori/signoffs/${signoff.id}/verify`, {});
		expect(verify.matches).toBe(true);
		expect(await statusOf(() => world.superuser.collection('reference_adoptions').update(decision.id, { adopted: false }))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('reference_adoptions').delete(decision.id))).toBe(400);
		expect((await adoptionsOf(world, assessment))[0].adopted).toBe(true);
	});

	it('carries the decisions forward to next year’s self-check, marked as carried over', async () => {
		const next = await start(world, 2041, checklist, assessment);
		const decisions = await adoptionsOf(world, next.id);
		expect(decisions).toHaveLength(1);
		expect(decisions[0]).toMatchObject({ item_id: 'S1-02', adopted: true, carried_over: true });
	});

	it('counts every reference item of a self-check started before adoption was recorded, and refuses decisions there', async () => {
		const legacy = await world.superuser.collection('assessments').create({
			organisation: world.orgA,
			fiscal_year: 2042,
			revision: 1,
			status: 'draft',
			checklists: [checklist]
		});
		// What the migration leaves on self-checks that existed before it (a test-only route).
		await world.superuser.send(`/api/mamori/test/legacy-adoption/${legacy.id}`, { method: 'POST' });
		expect((await world.superuser.collection('assessments').getOne(legacy.id)).reference_adoption).toBe('');
		const body = { organisation: world.orgA, assessment: legacy.id, checklist, item_id: 'S1-02', adopted: false };
		expect(await statusOf(() => world.client('security').collection('reference_adoptions').create(body))).toBe(400);
		const next = await start(world, 2043, checklist, legacy.id);
		expect(await adoptionsOf(world, next.id)).toEqual([expect.objectContaining({ item_id: 'S1-02', adopted: true, carried_over: true })]);
	});
});
