import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX } from './authorization-matrix';
import { RISK_WRITERS } from './support/risks';
import { FIXTURES, signedReport } from './support/collections';
import { ACTORS, createWorld, statusOf, type World } from './support/world';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

interface Entry {
	id: string;
	action: string;
	actor: string;
	organisation: string;
	changes: Record<string, { before: unknown; after: unknown }>;
}

async function entriesFor(world: World, collection: string, recordId: string): Promise<Entry[]> {
	return world.superuser.collection('audit_log').getFullList<Entry>({
		filter: world.superuser.filter('collection = {:c} && record_id = {:r}', { c: collection, r: recordId }),
		sort: 'created'
	});
}

/** Who writes each audited collection in these tests; what they may do comes from the authorization matrix. */
const WRITER: Record<string, 'admin' | 'security' | 'executive' | 'auditor'> = {
	organisations: 'admin',
	critical_services: 'security',
	...RISK_WRITERS,
	important_systems: 'security',
	checklists: 'security',
	assessments: 'security',
	answers: 'security',
	reference_adoptions: 'security',
	review_comments: 'auditor',
	signoffs: 'executive',
	reports: 'auditor',
	plans: 'security',
	plan_versions: 'security',
	contacts: 'security',
	exercises: 'security',
	timeline_entries: 'security',
	improvement_actions: 'security',
	incidents: 'security',
	incident_reports: 'security',
	sharing_log: 'security',
	dependencies: 'security',
	evidence: 'security',
	evidence_revisions: 'security',
	evidence_links: 'security',
	invitations: 'admin',
	evidence_reviews: 'auditor',
	evidence_requests: 'auditor',
	findings: 'auditor',
	finding_events: 'auditor',
	audit_grants: 'admin'
};

/** Request parameters the hooks read that are not fields of the record. */
const REQUEST_ONLY = ['base_number'];

/** Created only through routes, which write their own entries; tested where the route is (evidence.test.ts). */
const ROUTE_CREATED = ['evidence_revisions', 'finding_events', 'audit_grants'];

/** Fields hooks set on every save. */
const SERVER_FIELDS = ['version', 'updated_by', 'carried_over', 'submitted_at'];

describe('audit trail', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('names a writer for every audited collection', () => {
		expect(Object.keys(WRITER).sort()).toEqual([...AUDITED].sort());
	});

	for (const collection of AUDITED.filter((c) => !ROUTE_CREATED.includes(c))) {
		it(`${collection}: every allowed create, update and delete leaves exactly one entry with actor and diff`, async () => {
			const actor = WRITER[collection];
			const allowed = MATRIX[collection][actor];
			const api = world.client(actor).collection(collection);
			const fixture = FIXTURES[collection];
			// collections that only hooks write are created through their route (fixture.createThroughRoute)
			const make = async () => {
				const b = await fixture.createBody(world);
				if (allowed.includes('create') || !fixture.createThroughRoute) return { body: b, record: await api.create(b) };
				const made = await fixture.createThroughRoute(world, actor);
				return { body: made.body, record: await world.superuser.collection(collection).getOne(made.id) };
			};
			const { body, record: created } = await make();
			const patch = fixture.updateBody(world);
			const updatable = allowed.includes('update');
			if (updatable) await api.update(created.id, patch);
			const entries = await entriesFor(world, collection, created.id);
			expect(entries.map((e) => e.action)).toEqual(updatable ? ['create', 'update'] : ['create']);
			for (const entry of entries) {
				expect(entry.actor).toBe(world.users[actor].id);
				expect(entry.organisation).toBe(collection === 'organisations' ? created.id : world.orgA);
			}
			const [create, update] = entries;
			for (const [field, value] of Object.entries(body)) {
				if ((field === 'status' && collection === 'answers') || REQUEST_ONLY.includes(field)) continue;
				expect(create.changes[field], field).toEqual({ before: null, after: value });
			}
			if (updatable) {
				// fields the server maintains itself (versions, timestamps) may change too
				const own = Object.keys(patch).filter((f) => f !== 'expected_version');
				for (const field of own) {
					expect(update.changes[field].after).toEqual(patch[field]);
					expect(update.changes[field].before).toEqual(created[field]);
				}
				const unexpected = Object.keys(update.changes).filter((f) => !own.includes(f) && !SERVER_FIELDS.includes(f));
				expect(unexpected).toEqual([]);
			}
			if (allowed.includes('delete')) {
				const doomed = (await make()).record;
				await api.delete(doomed.id);
				const trail = await entriesFor(world, collection, doomed.id);
				expect(trail.map((e) => e.action)).toEqual(['create', 'delete']);
				expect(trail[1].actor).toBe(world.users[actor].id);
				expect(trail[1].changes.organisation).toEqual({ before: world.orgA, after: null });
			}
		});
	}

	it('records membership changes made by accepting an invitation, with the person who accepted as actor', async () => {
		const email = `added-${Date.now()}@mamori.test`;
		const invitation = await world
			.client('admin')
			.send<{ token: string; id: string }>(`/api/mamori/organisations/${world.orgA}/invitations`, {
				method: 'POST',
				body: { email, role: 'auditors' }
			});
		const guest = world.client('anonymous');
		const accepted = await guest.send<{ organisation: string }>('/api/mamori/invitations/accept', {
			method: 'POST',
			body: { token: invitation.token, name: '追加 監査人', password: 'own-password-1', passwordConfirm: 'own-password-1' }
		});
		expect(accepted.organisation).toBe(world.orgA);
		const user = await world.superuser.collection('users').getFirstListItem(world.superuser.filter('email = {:e}', { e: email }));
		const entries = await entriesFor(world, 'organisations', world.orgA);
		const last = entries[entries.length - 1];
		expect(last.actor).toBe(user.id);
		expect((last.changes.auditors.after as string[]).includes(user.id)).toBe(true);
		expect((last.changes.auditors.before as string[]).includes(user.id)).toBe(false);
		const trail = await entriesFor(world, 'invitations', invitation.id);
		expect(trail.map((e) => [e.action, e.actor])).toEqual([
			['create', world.users.admin.id],
			['update', user.id]
		]);
	});

	it('refuses the invitations endpoint to non-admins and reports bad input per field', async () => {
		const status = await statusOf(() =>
			world.client('security').send(`/api/mamori/organisations/${world.orgA}/invitations`, {
				method: 'POST',
				body: { email: 'x@mamori.test', role: 'auditors' }
			})
		);
		expect(status).toBe(403);
		try {
			await world.client('admin').send(`/api/mamori/organisations/${world.orgA}/invitations`, {
				method: 'POST',
				body: { email: 'not-an-email', role: 'kings' }
			});
			expect.unreachable();
		} catch (error) {
			const data = (error as { response: { data: Record<string, { code: string; message: string }> } }).response.data;
			expect(Object.keys(data).sort()).toEqual(['email', 'role']);
			expect(data.email.code).toBe('invalid_email');
			expect(data.role.message).toContain('security_team');
		}
	});

	it('cannot be changed or deleted by any actor, not even a superuser', async () => {
		const service = await world.client('security').collection('critical_services').create({ organisation: world.orgA, name: 'x' });
		const [entry] = await entriesFor(world, 'critical_services', service.id);
		for (const actor of ACTORS) {
			const api = world.client(actor).collection('audit_log');
			expect(await statusOf(() => api.update(entry.id, { action: 'delete' }))).not.toBe(200);
			expect(await statusOf(() => api.delete(entry.id))).not.toBe(200);
		}
		const su = world.superuser.collection('audit_log');
		expect(await statusOf(() => su.update(entry.id, { action: 'delete' }))).toBe(400);
		expect(await statusOf(() => su.delete(entry.id))).toBe(400);
		const [again] = await entriesFor(world, 'critical_services', service.id);
		expect(again).toEqual(entry);
	});

	it('refuses a report registration whose HMAC was not made with the server key', async () => {
		const forged = signedReport(world, 'not-the-server-key');
		expect(await statusOf(() => world.client('security').collection('reports').create(forged))).toBe(400);
		const tampered = { ...signedReport(world), pdf_sha256: 'b'.repeat(64) };
		expect(await statusOf(() => world.client('security').collection('reports').create(tampered))).toBe(400);
	});

	it('keeps a record in its organisation', async () => {
		const service = await world.superuser.collection('critical_services').create({ organisation: world.orgA, name: 'stay' });
		// mixed is security team in B; moving A's record into B must fail even for the superuser
		expect(await statusOf(() => world.superuser.collection('critical_services').update(service.id, { organisation: world.orgB }))).toBe(
			400
		);
	});
});
