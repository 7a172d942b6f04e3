import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX, type Operation } from './authorization-matrix';
import { FIXTURES } from './support/collections';
import { ACTORS, createWorld, statusOf, superuserClient, type Actor, type World } from './support/world';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

const OPERATIONS: Operation[] = ['list', 'view', 'create', 'update', 'delete'];

async function attempt(world: World, collection: string, actor: Actor, op: Operation): Promise<boolean> {
	const fixture = FIXTURES[collection];
	const api = world.client(actor).collection(collection);
	switch (op) {
		case 'list': {
			const target = await fixture.seed(world);
			try {
				const items = await api.getFullList({ filter: world.superuser.filter('id = {:id}', { id: target }) });
				return items.some((r) => r.id === target);
			} catch {
				return false;
			}
		}
		case 'view': {
			const target = await fixture.seed(world);
			return (await statusOf(() => api.getOne(target))) === 200;
		}
		case 'create': {
			const body = await fixture.createBody(world);
			return (await statusOf(() => api.create(body))) === 200;
		}
		case 'update': {
			const target = await fixture.seed(world);
			return (await statusOf(() => api.update(target, fixture.updateBody(world)))) === 200;
		}
		case 'delete': {
			const target = await fixture.seed(world);
			return (await statusOf(() => api.delete(target))) === 200;
		}
	}
}

describe('authorization matrix', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('lists every collection of the schema, and audits every organisation-scoped one', async () => {
		const su = await superuserClient();
		const collections = (await su.collections.getFullList()).filter((c) => !c.system && !c.name.startsWith('_'));
		const names = collections.map((c) => c.name).sort();
		expect(Object.keys(MATRIX).sort()).toEqual(names);
		for (const c of collections) {
			const scoped = c.fields.some((f: { name: string }) => f.name === 'organisation') && c.name !== 'audit_log';
			if (scoped || c.name === 'organisations') expect(AUDITED, `${c.name} must be audited`).toContain(c.name);
		}
		expect(Object.keys(FIXTURES).sort()).toEqual(names);
	});

	for (const collection of Object.keys(MATRIX)) {
		for (const actor of ACTORS) {
			for (const op of OPERATIONS) {
				const allowed = MATRIX[collection][actor].includes(op);
				it(`${collection}: ${actor} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
					expect(await attempt(world, collection, actor, op)).toBe(allowed);
				});
			}
		}
	}
});
