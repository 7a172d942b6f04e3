// The contact register is personal data: members of the organisation read it,
// the security team keeps it, nobody else sees any of it — not through the
// records, not through a relation, not through the audit trail.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, statusOf, type World } from './support/world';

describe('contact register', () => {
	let world: World;
	let contact: string;

	beforeAll(async () => {
		world = await createWorld();
		contact = (
			await world.client('security').collection('contacts').create({
				organisation: world.orgA,
				category: 'csirt',
				name: '守谷 翔太',
				affiliation: '情報セキュリティ室',
				phone: '090-0000-0000',
				email: 'moriya@example.jp'
			})
		).id;
	});

	it('is readable by every member of the organisation', async () => {
		for (const actor of ['admin', 'executive', 'auditor', 'mixed'] as const) {
			expect((await world.client(actor).collection('contacts').getOne(contact)).phone).toBe('090-0000-0000');
		}
	});

	it('is invisible to another organisation, through the records and the audit trail', async () => {
		const other = world.client('otherOrg');
		expect(await statusOf(() => other.collection('contacts').getOne(contact))).toBe(404);
		expect((await other.collection('contacts').getFullList()).map((c) => c.id)).not.toContain(contact);
		expect(await other.collection('contacts').getFullList({ filter: `name ~ "守谷"` })).toEqual([]);
		expect(await other.collection('audit_log').getFullList({ filter: other.filter('record_id = {:id}', { id: contact }) })).toEqual([]);
		expect(await statusOf(() => world.client('anonymous').collection('contacts').getOne(contact))).toBe(404);
	});

	it('cannot be written or linked from another organisation', async () => {
		const mixed = world.client('mixed'); // auditor in A, security team in B
		expect(await statusOf(() => mixed.collection('contacts').update(contact, { phone: '000' }))).toBe(404);
		const body = { organisation: world.orgB, category: 'internal', name: 'B の窓口', deputy: contact };
		expect(await statusOf(() => mixed.collection('contacts').create(body))).toBe(400);
		expect(await statusOf(() => mixed.collection('contacts').create({ ...body, organisation: world.orgA, deputy: '' }))).toBe(400);
	});

	it('records every change in the audit trail', async () => {
		await world.client('security').collection('contacts').update(contact, { phone: '090-1111-1111' });
		const entries = await world
			.client('auditor')
			.collection('audit_log')
			.getFullList({
				filter: world.superuser.filter('record_id = {:id}', { id: contact }),
				sort: 'created'
			});
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1].changes.phone).toEqual({ before: '090-0000-0000', after: '090-1111-1111' });
	});

	it('refuses a contact as its own deputy', async () => {
		expect(await statusOf(() => world.client('security').collection('contacts').update(contact, { deputy: contact }))).toBe(400);
	});
});
