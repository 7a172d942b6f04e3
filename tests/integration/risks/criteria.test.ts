// Risk criteria in PocketBase: versions are drafted, submitted and approved
// through the one sign-off mechanism; an approved version (and its sign-off)
// is locked for everyone — through REST, batch and delete-and-recreate —
// superusers included.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteria } from '../../../src/lib/domain/risks/criteria-defaults';
import { createWorld, statusOf, type World } from '../support/world';
import { approveCriteria as approvedCriteria } from '../support/risks';
import { enableBatch } from './support';

describe('risk criteria versions', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
		await enableBatch(world.superuser);
	});

	it('numbers versions on the server, keeps one open at a time, and refuses unusable content', async () => {
		const security = world.client('security').collection('risk_criteria');
		const first = await approvedCriteria(world);
		expect((await security.getOne(first)).version).toBe(1);
		const bad = defaultCriteria();
		bad.grid[4][4] = 0;
		expect(await statusOf(() => security.create({ organisation: world.orgA, status: 'draft', content: bad }))).toBe(400);
		const draft = await security.create({
			organisation: world.orgA,
			status: 'signed',
			version: 77,
			content: defaultCriteria(),
			content_sha256: 'f'.repeat(64)
		});
		expect([draft.version, draft.status, draft.content_sha256]).toEqual([2, 'draft', '']);
		expect(await statusOf(() => security.create({ organisation: world.orgA, status: 'draft', content: defaultCriteria() }))).toBe(400);
		await security.delete(draft.id);
	});

	it('only the security team edits a draft; returning it needs a reason; approval only through a sign-off', async () => {
		const security = world.client('security').collection('risk_criteria');
		const executive = world.client('executive').collection('risk_criteria');
		const draft = await security.create({ organisation: world.orgA, status: 'draft', content: defaultCriteria() });
		const changed = { ...defaultCriteria(), tolerance: 2 };
		expect(await statusOf(() => executive.update(draft.id, { content: changed }))).toBe(400);
		await security.update(draft.id, { content: changed, note: '許容水準を「高」に引き上げる' });
		expect(await statusOf(() => security.update(draft.id, { status: 'signed' }))).toBe(400);
		await security.update(draft.id, { status: 'submitted' });
		expect(await statusOf(() => security.update(draft.id, { content: defaultCriteria() }))).toBe(400);
		expect(await statusOf(() => executive.update(draft.id, { status: 'draft' }))).toBe(400);
		await executive.update(draft.id, { status: 'draft', return_reason: '許容水準の根拠を示してください' });
		await security.update(draft.id, { status: 'submitted' });
		const signoff = await world
			.client('executive')
			.collection('signoffs')
			.create({ organisation: world.orgA, subject_collection: 'risk_criteria', subject_id: draft.id });
		const signed = await security.getOne(draft.id);
		expect(signed.status).toBe('signed');
		expect(signed.content_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(signoff.content_sha256).toBe(signed.content_sha256);
		const verify = await world.client('auditor').send(`/api/mamori/signoffs/${signoff.id}/verify`, { method: 'GET' });
		expect(verify.matches).toBe(true);
	});

	it('an approved version and its sign-off cannot change or go, for anyone, by any path', async () => {
		const id = await approvedCriteria(world);
		const su = world.superuser;
		const before = await su.collection('risk_criteria').getOne(id);
		const signoff = await su
			.collection('signoffs')
			.getFirstListItem(su.filter('subject_collection = "risk_criteria" && subject_id = {:id}', { id }));
		const looser = { ...defaultCriteria(), tolerance: 2 };
		expect(await statusOf(() => world.client('security').collection('risk_criteria').update(id, { content: looser }))).not.toBe(200);
		expect(await statusOf(() => su.collection('risk_criteria').update(id, { content: looser }))).toBe(400);
		expect(await statusOf(() => su.collection('risk_criteria').update(id, { status: 'draft' }))).toBe(400);
		expect(await statusOf(() => su.collection('risk_criteria').delete(id))).toBe(400);
		const batch = su.createBatch();
		batch.collection('risk_criteria').update(id, { content: looser });
		expect(await statusOf(() => batch.send())).toBe(400);
		const batchDelete = su.createBatch();
		batchDelete.collection('risk_criteria').delete(id);
		expect(await statusOf(() => batchDelete.send())).toBe(400);
		expect(await statusOf(() => su.collection('signoffs').delete(signoff.id))).toBe(400);
		expect(await statusOf(() => su.collection('signoffs').update(signoff.id, { statement: 'changed' }))).toBe(400);
		const after = await su.collection('risk_criteria').getOne(id);
		expect([after.content, after.status, after.content_sha256, after.version]).toEqual([
			before.content,
			'signed',
			before.content_sha256,
			before.version
		]);
		// a new version is a new record with the next number: the approved one stays as it was
		const next = await su.collection('risk_criteria').create({ organisation: world.orgA, status: 'signed', content: looser });
		expect([next.status, next.version > before.version]).toEqual(['draft', true]);
		await su.collection('risk_criteria').delete(next.id);
	});
});
