// Register import in PocketBase: one transaction — every row saved with its
// audit entry, or none when any row fails (and the answer names the row);
// only the security team; nothing of another organisation can be referenced.
import { beforeAll, describe, expect, it } from 'vitest';
import { worldCriteria } from '../support/risks';
import { createWorld, statusOf, type World } from '../support/world';

describe('risk register import', () => {
	let world: World;
	let criteria: string;
	beforeAll(async () => {
		world = await createWorld();
		criteria = await worldCriteria(world);
	});

	const row = (n: number, fields: Record<string, unknown>) => ({
		row: n,
		id: null,
		fields: { category: 'spillover', owner: '総務部', status: 'open', ...fields }
	});
	const count = async () =>
		(await world.superuser.collection('risks').getFullList({ filter: world.superuser.filter('organisation = {:o}', { o: world.orgA }) }))
			.length;
	const send = (actor: 'security' | 'executive' | 'otherOrg', changes: unknown[], org = world.orgA) =>
		world
			.client(actor)
			.send<{ created: number; updated: number }>('/api/mamori/risks/import', { method: 'POST', body: { organisation: org, changes } });

	it('creates and updates in one go, each with its audit entry', async () => {
		const before = await count();
		const result = await send('security', [
			row(2, { title: '停電A', criteria, current_likelihood: 2, current_impact: 3 }),
			row(3, { title: '停電B' })
		]);
		expect(result).toEqual({ created: 2, updated: 0 });
		expect(await count()).toBe(before + 2);
		const [a] = await world.superuser.collection('risks').getFullList({ filter: world.superuser.filter('title = "停電A"') });
		expect(a.ref).toMatch(/^R-\d{3}$/);
		const again = await send('security', [{ row: 2, id: a.id, fields: { title: '停電A（改）' } }]);
		expect(again).toEqual({ created: 0, updated: 1 });
		const trail = await world.superuser
			.collection('audit_log')
			.getFullList({ filter: world.superuser.filter('record_id = {:id}', { id: a.id }), sort: 'created' });
		expect(trail.map((e) => [e.action, e.actor])).toEqual([
			['create', world.users.security.id],
			['update', world.users.security.id]
		]);
	});

	it('saves nothing when one row fails, and says which row', async () => {
		const before = await count();
		const error = await send('security', [
			row(2, { title: '正しい行' }),
			row(3, { title: '評価が尺度外', criteria, current_likelihood: 9, current_impact: 1 })
		]).then(
			() => null,
			(e: { status: number; response: { data: { row?: { code: string } } } }) => e
		);
		expect(error?.status).toBe(400);
		expect(error?.response.data.row?.code).toBe('3');
		expect(await count()).toBe(before);
	});

	it('is for the security team of the organisation only, and refuses another organisation’s records', async () => {
		expect(await statusOf(() => send('executive', [row(2, { title: 'x' })]))).toBe(403);
		expect(await statusOf(() => send('otherOrg', [row(2, { title: 'x' })]))).toBe(403);
		const foreign = await world.superuser.collection('critical_services').create({ organisation: world.orgB, name: '他組織のサービス' });
		expect(await statusOf(() => send('security', [row(2, { title: 'x', services: [foreign.id] })]))).toBe(400);
		const theirs = await world.superuser
			.collection('risks')
			.create({ organisation: world.orgB, title: 'B', category: 'disaster', owner: 'b', status: 'open' });
		expect(await statusOf(() => send('security', [{ row: 2, id: theirs.id, fields: { title: 'taken' } }]))).toBe(400);
	});
});
