// Plan versions: history, conflicts, submit, approval through the one sign-off
// mechanism, and immutability of the approved version for everyone —
// through REST, batch and delete-and-recreate — checked against a real PocketBase.
import { beforeAll, describe, expect, it } from 'vitest';
import { contingencyContent, latestNumber, planOf, versionBody } from './support/plans';
import { createWorld, statusOf, type World } from './support/world';

describe('plan versions', () => {
	let world: World;
	let plan: string;

	const create = async (actor: 'security' | 'executive', note: string) =>
		world
			.client(actor)
			.collection('plan_versions')
			.create(await versionBody(world, plan, note));

	beforeAll(async () => {
		world = await createWorld();
		plan = (
			await world
				.client('security')
				.collection('plans')
				.create({ organisation: world.orgA, kind: 'contingency', title: 'コンティンジェンシープラン' })
		).id;
	});

	it('numbers every save and records its author', async () => {
		const v1 = await create('security', 'one');
		const v2 = await create('security', 'two');
		expect([v1.number, v2.number]).toEqual([1, 2]);
		expect(v2.status).toBe('draft');
		expect(v2.author).toBe(world.users.security.id);
		expect(v2.kind).toBe('contingency');
	});

	it('refuses a save based on an older version with 409', async () => {
		const stale = { ...(await versionBody(world, plan, 'stale')), base_number: 1 };
		expect(await statusOf(() => world.client('security').collection('plan_versions').create(stale))).toBe(409);
	});

	it('refuses a second plan of the same kind, content of another kind, and a version of another organisation’s plan', async () => {
		expect(
			await statusOf(() =>
				world.client('security').collection('plans').create({ organisation: world.orgA, kind: 'contingency', title: 'x' })
			)
		).toBe(400);
		const wrongKind = { ...(await versionBody(world, plan)), content: { ...contingencyContent(), kind: 'bcp' } };
		expect(await statusOf(() => world.client('security').collection('plan_versions').create(wrongKind))).toBe(400);
		const otherPlan = await planOf(world, 'bcp', world.orgB);
		const body = { ...(await versionBody(world, otherPlan)), organisation: world.orgA };
		expect(await statusOf(() => world.client('security').collection('plan_versions').create(body))).toBe(400);
	});

	it('never changes or deletes a saved version, even for a superuser', async () => {
		const id = (await create('security', 'fixed')).id;
		expect(await statusOf(() => world.superuser.collection('plan_versions').update(id, { content: contingencyContent('rewritten') }))).toBe(
			400
		);
		// the API rule lets a member send only status moves (404: no record matches the rule); the hook refuses the rest
		expect(await statusOf(() => world.client('security').collection('plan_versions').update(id, { title: 'renamed' }))).toBe(404);
		expect(
			await statusOf(() => world.client('security').collection('plan_versions').update(id, { title: 'renamed', status: 'draft' }))
		).toBe(400);
		expect(await statusOf(() => world.superuser.collection('plan_versions').delete(id))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('plans').delete(plan))).toBe(400);
	});

	it('submits only the newest version; a submitted version blocks new saves until it is returned with a reason', async () => {
		const older = (await create('security', 'older')).id;
		const newest = (await create('security', 'newest')).id;
		expect(await statusOf(() => world.client('security').collection('plan_versions').update(older, { status: 'submitted' }))).toBe(400);
		expect(await statusOf(() => world.client('executive').collection('plan_versions').update(newest, { status: 'submitted' }))).toBe(400);
		const submitted = await world.client('security').collection('plan_versions').update(newest, { status: 'submitted' });
		expect(submitted.submitted_at).not.toBe('');
		expect(await statusOf(() => create('security', 'blocked'))).toBe(400);
		expect(await statusOf(() => world.client('executive').collection('plan_versions').update(newest, { status: 'draft' }))).toBe(400);
		const returned = await world
			.client('executive')
			.collection('plan_versions')
			.update(newest, { status: 'draft', return_reason: 'BIA の RTO を見直してください' });
		expect(returned.return_reason).toBe('BIA の RTO を見直してください');
	});

	it('is approved only through an executive’s sign-off, which hashes and locks the version', async () => {
		const version = (await create('security', 'to approve')).id;
		const signoff = { organisation: world.orgA, subject_collection: 'plan_versions', subject_id: version, statement: '承認します' };
		expect(await statusOf(() => world.client('executive').collection('signoffs').create(signoff))).toBe(400); // still a draft
		await world.client('security').collection('plan_versions').update(version, { status: 'submitted' });
		expect(await statusOf(() => world.client('security').collection('plan_versions').update(version, { status: 'signed' }))).toBe(404);
		expect(await statusOf(() => world.superuser.collection('plan_versions').update(version, { status: 'signed' }))).toBe(400);
		expect(await statusOf(() => world.client('security').collection('signoffs').create(signoff))).toBe(400); // a refused create answers 400
		const signed = await world.client('executive').collection('signoffs').create(signoff);
		const approved = await world.client('auditor').collection('plan_versions').getOne(version);
		expect(approved.status).toBe('signed');
		expect(approved.content_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(signed.content_sha256).toBe(approved.content_sha256);
		const check = await world.client('auditor').send(`/api/mamori/signoffs/${signed.id}/verify`, {});
		expect(check).toMatchObject({ matches: true });
	});

	it('keeps the approved version immutable through REST, batch and delete-and-recreate, for everyone', async () => {
		const su = world.superuser;
		const approved = (
			await su.collection('plan_versions').getList(1, 1, { filter: su.filter('plan = {:p} && status = "signed"', { p: plan }) })
		).items[0];
		for (const body of [
			{ status: 'draft', return_reason: 'x' },
			{ content: contingencyContent('tampered') },
			{ content_sha256: 'f'.repeat(64) }
		]) {
			expect(await statusOf(() => su.collection('plan_versions').update(approved.id, body))).toBe(400);
			expect(await statusOf(() => world.client('executive').collection('plan_versions').update(approved.id, body))).not.toBe(200);
		}
		await su.settings.update({ batch: { enabled: true, maxRequests: 10, timeout: 3 } });
		const batch = su.createBatch();
		batch.collection('plan_versions').update(approved.id, { content: contingencyContent('batch tampering') });
		expect(await statusOf(() => batch.send())).toBe(400);
		const deleteBatch = su.createBatch();
		deleteBatch.collection('plan_versions').delete(approved.id);
		expect(await statusOf(() => deleteBatch.send())).toBe(400);
		expect(await statusOf(() => su.collection('plan_versions').delete(approved.id))).toBe(400);
		const forged = { ...(await versionBody(world, plan, 'forged')), id: approved.id };
		expect(await statusOf(() => su.collection('plan_versions').create(forged))).toBe(400);
		const preSigned = { ...(await versionBody(world, plan, 'pre-signed')), status: 'signed', content_sha256: approved.content_sha256 };
		const created = await su.collection('plan_versions').create(preSigned);
		expect([created.status, created.content_sha256, created.signed_at]).toEqual(['draft', '', '']); // a new version is always a draft
		const after = await su.collection('plan_versions').getOne(approved.id);
		expect(after.content).toEqual(approved.content);
		expect(after.content_sha256).toBe(approved.content_sha256);
		const check = await world
			.client('auditor')
			.send(
				`/api/mamori/signoffs/${(await su.collection('signoffs').getFirstListItem(su.filter('subject_id = {:id}', { id: approved.id }))).id}/verify`,
				{}
			);
		expect(check).toMatchObject({ matches: true });
	});

	it('starts a new draft on top of the approved version', async () => {
		const before = await latestNumber(world.superuser, plan);
		const next = await create('security', 'after approval');
		expect(next.number).toBe(before + 1);
		expect(next.status).toBe('draft');
	});

	it('shows plans and versions to members only', async () => {
		const id = (await create('security', 'private')).id;
		expect(await statusOf(() => world.client('otherOrg').collection('plan_versions').getOne(id))).toBe(404);
		const list = await world.client('otherOrg').collection('plans').getFullList();
		expect(list.filter((p) => p.organisation === world.orgA)).toEqual([]);
	});
});
