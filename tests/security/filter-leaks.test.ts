// Cross-tenant reads through client filters (issue 8, critical): PocketBase
// evaluates "all" and negated operators on multi-valued relations without the
// related collection's rules, so filters that cross relations are refused by
// pb_hooks/queries.pb.js unless listed in pb_hooks/lib/query-allowlist.js.
// Checked against every collection of the live schema, as a member of
// organisation A who knows organisation B exists.
import { createRequire } from 'node:module';
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../integration/support/world';

const require = createRequire(import.meta.url);
const { ALLOWED_PATHS } = require('../../pb_hooks/lib/query-allowlist.js') as { ALLOWED_PATHS: Record<string, string[]> };
const { AUDITED } = require('../../pb_hooks/lib/collections.js') as { AUDITED: string[] };
/** The collections attacked: every domain collection of pb_hooks/lib/collections.js, plus accounts and the audit trail. */
const ATTACKED = [...AUDITED, 'users', 'audit_log'];

interface SchemaField {
	name: string;
	type: string;
	hidden?: boolean;
	collectionId?: string;
}
interface SchemaCollection {
	id: string;
	name: string;
	type: string;
	system: boolean;
	fields: SchemaField[];
}

// the "all" / negated forms leak; the "any" form is refused too (one rule, no exceptions by operator)
const OPERATORS = ['!=', '!~', '=', '?='];

/** Status and ids of a list request (400 when refused). */
async function listIds(pb: PocketBase, collection: string, query: { filter?: string; sort?: string }) {
	try {
		const items = await pb.collection(collection).getFullList({ ...query, fields: 'id' });
		return { status: 200, ids: items.map((r) => r.id).sort() };
	} catch (error) {
		const e = error as { status?: number; response?: { message?: string } };
		return { status: e.status ?? -1, ids: [] as string[], message: e.response?.message ?? '' };
	}
}

function crossingPaths(collections: SchemaCollection[], c: SchemaCollection): string[] {
	const byId = new Map(collections.map((x) => [x.id, x]));
	const paths: string[] = [];
	const plain = (x: SchemaCollection) =>
		x.fields.filter((f) => !f.hidden && !['password', 'tokenKey'].includes(f.name) && f.type !== 'relation').map((f) => f.name);
	for (const field of c.fields.filter((f) => f.type === 'relation')) {
		const target = byId.get(field.collectionId ?? '');
		if (!target) continue;
		for (const name of plain(target)) paths.push(`${field.name}.${name}`);
		for (const next of target.fields.filter((f) => f.type === 'relation')) paths.push(`${field.name}.${next.name}.id`);
	}
	for (const other of collections) {
		for (const back of other.fields.filter((f) => f.type === 'relation' && f.collectionId === c.id)) {
			const via = `${other.name}_via_${back.name}`;
			paths.push(via);
			for (const name of plain(other)) paths.push(`${via}.${name}`);
		}
	}
	return paths;
}

describe('client filters and sorts that cross relations', () => {
	let world: World;
	let collections: SchemaCollection[];
	let executive: PocketBase;

	beforeAll(async () => {
		world = await createWorld();
		executive = world.client('executive');
		const schema = await world.superuser.collections.getFullList<SchemaCollection>();
		collections = ATTACKED.map((name) => {
			const found = schema.find((c) => c.name === name);
			if (!found) throw new Error(`${name} is listed in pb_hooks/lib/collections.js but not in the schema`);
			return found;
		});
		// a collection with relations left out of collections.js would escape this test
		const unlisted = schema.filter(
			(c) => !c.system && !c.name.startsWith('_') && !ATTACKED.includes(c.name) && c.fields.some((f) => f.type === 'relation')
		);
		expect(unlisted.map((c) => c.name)).toEqual([]);
		// organisation B's secrets, and a colleague of the executive who also belongs to B
		await world.superuser.collection('critical_services').create({ organisation: world.orgB, name: 'B only', description: 'xsecret plan' });
		await world.superuser.collection('organisations').update(world.orgB, { 'executives+': world.users.security.id });
	});

	it('are refused on every collection with relations, for every operator and in sort', async () => {
		const refusedWrongly: string[] = [];
		let checked = 0;
		for (const c of collections) {
			for (const path of crossingPaths(collections, c)) {
				if ((ALLOWED_PATHS[c.name] ?? []).includes(path)) continue;
				for (const op of OPERATORS) {
					const answer = await listIds(executive, c.name, { filter: `${path} ${op} "x"` });
					checked++;
					if (answer.status !== 400 || !/crosses relations/.test(answer.message ?? ''))
						refusedWrongly.push(`${c.name}: ${path} ${op} → ${answer.status}`);
				}
				const sorted = await listIds(executive, c.name, { sort: `-${path}` });
				if (sorted.status !== 400) refusedWrongly.push(`${c.name}: sort -${path} → ${sorted.status}`);
			}
		}
		expect(refusedWrongly).toEqual([]);
		expect(checked).toBeGreaterThan(300);
	}, 300_000);

	it('refuse the shapes of the finding, so results never depend on organisation B', async () => {
		const pairs: [string, string, string][] = [
			['users', 'organisations_via_members.sector != "water"', 'organisations_via_members.sector != "gas"'],
			['users', 'organisations_via_members.members.email !~ "mixed%"', 'organisations_via_members.members.email !~ "zzz%"'],
			['users', 'organisations_via_members.members.name !~ "otherOrg%"', 'organisations_via_members.members.name !~ "zzz%"'],
			[
				'users',
				'organisations_via_members.critical_services_via_organisation.description !~ "xsecret%"',
				'organisations_via_members.critical_services_via_organisation.description !~ "zzz%"'
			],
			['users', 'organisations_via_executives ~ "%"', 'organisations_via_executives ~ "zzz"'],
			['organisations', 'members.email !~ "mixed%"', 'members.email !~ "zzz%"'],
			['critical_services', 'organisation.members.name !~ "otherOrg%"', 'organisation.members.name !~ "zzz%"'],
			['users', '@collection.critical_services.description ~ "xsecret"', '@collection.critical_services.description ~ "zzz"'],
			['users', '@request.auth.organisations_via_members.name ~ "B"', '@request.auth.organisations_via_members.name ~ "zzz"']
		];
		for (const [collection, leaking, control] of pairs) {
			const a = await listIds(executive, collection, { filter: leaking });
			const b = await listIds(executive, collection, { filter: control });
			expect(a.status, `${collection}?filter=${leaking}`).toBe(400);
			expect(a).toEqual({ ...b, message: a.message });
		}
	});

	it('cannot be smuggled past the scanner in quotes, comments or odd spacing', async () => {
		for (const filter of [
			'name = "a" || organisations_via_members.sector != "water"',
			"name = 'it\\'s' || organisations_via_members.sector!=\"water\"",
			'name = "a\\" || organisations_via_members.sector != "water"',
			'(organisations_via_members.sector:lower != "water")',
			'name = "x" // comment\n || organisations_via_members.sector != "water"'
		]) {
			expect((await listIds(executive, 'users', { filter })).status, filter).toBe(400);
		}
	});

	it('keep working on a collection’s own fields and JSON paths', async () => {
		const org = world.orgA;
		const cases: [string, { filter?: string; sort?: string }][] = [
			['critical_services', { filter: `organisation = "${org}"`, sort: '-created,name' }],
			['important_systems', { filter: `organisation = "${org}" && services:length >= 0` }],
			['organisations', { filter: `members ?= "${world.users.executive.id}" && id = "${org}"`, sort: 'name' }],
			['checklists', { filter: `organisation = "${org}" && title.ja ~ "x"` }],
			['assessments', { filter: `organisation = "${org}" && status != "signed" && created <= @now` }],
			['users', { filter: `id = "${world.users.executive.id}"`, sort: 'name,-created' }],
			['answers', { filter: 'assessment = "abcdefghijklmno"' }]
		];
		for (const [collection, query] of cases) expect((await listIds(executive, collection, query)).status, JSON.stringify(query)).toBe(200);
	});

	it('are refused in realtime subscriptions', async () => {
		const { pbUrl, token } = { pbUrl: executive.baseURL, token: executive.authStore.token };
		const controller = new AbortController();
		const stream = await fetch(`${pbUrl}/api/realtime`, { signal: controller.signal });
		const reader = stream.body!.getReader();
		let text = '';
		while (!/clientId/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
		const clientId = JSON.parse(/data:(.*)/.exec(text)![1]).clientId as string;
		const subscribe = (subscriptions: string[]) =>
			fetch(`${pbUrl}/api/realtime`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: token },
				body: JSON.stringify({ clientId, subscriptions })
			}).then((r) => r.status);
		const options = (query: object) => `?options=${encodeURIComponent(JSON.stringify({ query }))}`;
		expect(await subscribe([`users/*${options({ filter: 'organisations_via_members.sector != "water"' })}`])).toBe(400);
		expect(await subscribe([`users/*${options({ FILTER: 'x', nested: { filter: 'organisations_via_members.sector != "water"' } })}`])).toBe(
			400
		);
		expect(await subscribe([`critical_services/*${options({ filter: 'organisation.members.email ~ "a"' })}`])).toBe(400);
		expect(await subscribe([`critical_services/*${options({ filter: `organisation = "${world.orgA}"` })}`])).toBe(204);
		controller.abort();
	});

	it('expand shows only what the reader may view: never organisation B through a shared colleague', async () => {
		const colleague = world.users.security.id;
		const [user] = await executive.collection('users').getFullList({ filter: `id = "${colleague}"`, expand: 'organisations_via_members' });
		const expanded = (user?.expand?.organisations_via_members ?? []) as { id: string }[];
		expect(expanded.map((o) => o.id)).toEqual([world.orgA]);
		const deep = await executive.collection('users').getFullList({
			filter: `id = "${colleague}"`,
			expand: 'organisations_via_members.critical_services_via_organisation,organisations_via_executives'
		});
		expect(JSON.stringify(deep)).not.toContain('xsecret');
		expect(JSON.stringify(deep)).not.toContain(world.orgB);
	});

	it('allowlisted paths only reach records of the same organisation', async () => {
		// each hop is a forward relation into an organisation-scoped collection (kept inside the
		// organisation by pb_hooks/relations.pb.js), or ends on a plain field of `organisations`
		const byId = new Map(collections.map((c) => [c.id, c]));
		for (const [collection, paths] of Object.entries(ALLOWED_PATHS)) {
			for (const path of paths) {
				let current = collections.find((c) => c.name === collection);
				const parts = path.split('.');
				expect(current, `${collection} is in the allowlist but not in the schema`).toBeDefined();
				expect(parts.length, `${collection}: ${path} crosses nothing`).toBeGreaterThan(1);
				for (const [i, part] of parts.slice(0, -1).entries()) {
					const field = current!.fields.find((f) => f.name === part);
					expect(field?.type, `${collection}: ${path} — ${part} is not a forward relation`).toBe('relation');
					current = byId.get(field!.collectionId ?? '');
					const scoped = current?.fields.some((f) => f.name === 'organisation' && f.type === 'relation');
					const organisationField = current?.name === 'organisations' && i === parts.length - 2;
					expect(scoped || organisationField, `${collection}: ${path} reaches ${current?.name}, outside the organisation`).toBe(true);
				}
				const last = current!.fields.find((f) => f.name === parts[parts.length - 1]);
				expect(last && last.type !== 'relation', `${collection}: ${path} must end on a plain field`).toBe(true);
			}
		}
	});
});
