// Relations into another organisation (issue 8, medium): every relation of an
// organisation's record must point into the same organisation
// (pb_hooks/relations.pb.js), whoever saves — a superuser's create stands in
// for every client path, since the check sits below the API rules. Derived
// from pb_hooks/lib/collections.js and the live schema: a new collection or
// relation field is covered without editing this file.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../integration/support/collections';
import { createWorld, type World } from '../integration/support/world';

const require = createRequire(import.meta.url);
const { ORG_SCOPED } = require('../../pb_hooks/lib/collections.js') as { ORG_SCOPED: string[] };

interface SchemaField {
	name: string;
	type: string;
	collectionId?: string;
	maxSelect?: number;
}
interface SchemaCollection {
	id: string;
	name: string;
	fields: SchemaField[];
}

interface Refusal {
	status: number;
	data: Record<string, { code?: string }>;
}

async function refusal(run: () => Promise<unknown>): Promise<Refusal> {
	try {
		await run();
		return { status: 200, data: {} };
	} catch (error) {
		const e = error as { status?: number; response?: { data?: Refusal['data'] } };
		return { status: e.status ?? -1, data: e.response?.data ?? {} };
	}
}

describe('relations into another organisation', () => {
	let world: World;
	let other: World;
	let schema: SchemaCollection[];

	beforeAll(async () => {
		world = await createWorld();
		other = await createWorld();
		schema = await world.superuser.collections.getFullList<SchemaCollection>();
	});

	/** [collection, field, target collection] for every relation that must stay inside the organisation. */
	function relations(): [string, string, string][] {
		const byId = new Map(schema.map((c) => [c.id, c]));
		const found: [string, string, string][] = [];
		for (const name of ORG_SCOPED) {
			const collection = schema.find((c) => c.name === name);
			expect(collection, `${name} is listed in collections.js but not in the schema`).toBeDefined();
			for (const field of collection!.fields) {
				const target = byId.get(field.collectionId ?? '')?.name ?? '';
				if (field.type !== 'relation' || field.name === 'organisation') continue;
				if (target === 'organisations' || ORG_SCOPED.includes(target)) found.push([name, field.name, target]);
			}
		}
		return found;
	}

	/** The answer to a create as the superuser or, where hooks accept only people, the first member of A they accept. */
	async function create(collection: string, body: Record<string, unknown>): Promise<Refusal & { id?: string }> {
		for (const actor of [null, 'security', 'executive', 'auditor', 'admin'] as const) {
			const pb = actor ? world.client(actor) : world.superuser;
			let id: string | undefined;
			const answer = await refusal(async () => (id = (await pb.collection(collection).create(body)).id));
			if (answer.status !== 403) return { ...answer, id };
		}
		return { status: 403, data: {} };
	}

	/** Whether the record saved still holds `foreign` in `field` (a hook may clear a field clients may not set). */
	async function holds(collection: string, id: string, field: string, foreign: string): Promise<boolean> {
		const value = (await world.superuser.collection(collection).getOne(id))[field] as string | string[];
		return Array.isArray(value) ? value.includes(foreign) : value === foreign;
	}

	it('are refused on create, for every relation of every collection', async () => {
		const cases = relations();
		expect(cases.length).toBeGreaterThan(20);
		const relationFields = new Set(cases.map(([c, f]) => `${c}.${f}`));
		const accepted: string[] = [];
		for (const [collection, field, target] of cases) {
			const foreign = target === 'organisations' ? other.orgA : await FIXTURES[target].seed(other);
			const multiple = (schema.find((c) => c.name === collection)!.fields.find((f) => f.name === field)!.maxSelect ?? 1) > 1;
			// one relation into organisation B, the rest of the record A's own
			const one = await create(collection, { ...(await FIXTURES[collection].createBody(world)), [field]: multiple ? [foreign] : foreign });
			if (one.status === 400 && one.data[field]) continue;
			if (one.status === 200 && !(await holds(collection, one.id!, field, foreign))) continue;
			// a check of another field came first (e.g. an answer's checklist must be pinned in its
			// self-check): every relation into B at once, as a consistent forgery would be
			const all = await create(collection, { ...(await FIXTURES[collection].createBody(other)), organisation: world.orgA });
			const named = Object.keys(all.data).filter((f) => relationFields.has(`${collection}.${f}`));
			if (all.status === 400 && named.length) continue;
			// a record only the server creates: then the relation set on an existing one
			const existing = await FIXTURES[collection].seed(world);
			const moved = await refusal(() =>
				world.superuser.collection(collection).update(existing, { [field]: multiple ? [foreign] : foreign })
			);
			if (moved.status === 400 && moved.data[field]) continue;
			if (moved.status !== 200 && !(await holds(collection, existing, field, foreign))) continue;
			accepted.push(
				`${collection}.${field} → ${target} of another organisation: ${one.status} ${JSON.stringify(one.data)} / ${all.status}`
			);
		}
		expect(accepted).toEqual([]);
	}, 300_000);

	it('are refused on update (an important system linked to another organisation’s service)', async () => {
		const service = await FIXTURES.critical_services.seed(other);
		const own = await FIXTURES.critical_services.seed(world);
		const system = await world.superuser
			.collection('important_systems')
			.create({ ...(await FIXTURES.important_systems.createBody(world)), services: [own] });
		const security = world.client('security');
		const answer = await refusal(() => security.collection('important_systems').update(system.id, { 'services+': service }));
		expect(answer.status).toBe(400);
		expect(answer.data.services?.code).toBe('other_organisation');
		expect((await world.superuser.collection('important_systems').getOne(system.id)).services).toEqual([own]);
		// the organisation's own records stay linkable
		const second = await FIXTURES.critical_services.seed(world);
		expect((await security.collection('important_systems').update(system.id, { 'services+': second })).services).toEqual([own, second]);
	});
});
