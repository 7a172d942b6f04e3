// Accounts and membership (issue 8, high): nobody but the owner chooses an
// account's password, nobody becomes a member without accepting, the
// inviting answer is the same whether an account exists or not, members can
// leave, and creating an organisation makes only oneself its admin.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setClock } from '../integration/support/clock';
import { createWorld, statusOf, type World } from '../integration/support/world';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';

const PASSWORD = 'victim-own-password-1';
const ATTACKER_PASSWORD = 'attacker-chosen-pw-1';
let n = 0;
const fresh = () => `person-${Date.now().toString(36)}-${n++}@mamori.test`;

function client(): PocketBase {
	const pb = new PocketBase(inject('pbUrl'));
	pb.autoCancellation(false);
	return pb;
}

async function canLogIn(email: string, password: string): Promise<boolean> {
	return (await statusOf(() => client().collection('users').authWithPassword(email, password))) === 200;
}

/** What an admin of organisation B is answered when inviting (or, before invitations, "adding") an e-mail. */
async function invite(
	world: World,
	route: 'invitations' | 'members',
	body: Record<string, unknown>
): Promise<{ status: number; keys: string[]; answer: { id?: string; token?: string; mailed?: boolean } }> {
	try {
		const answer = await world.client('otherOrg').send(`/api/mamori/organisations/${world.orgB}/${route}`, { method: 'POST', body });
		return { status: 200, keys: Object.keys(answer).sort(), answer: answer as { token?: string } };
	} catch (error) {
		const e = error as { status: number };
		return { status: e.status, keys: [], answer: {} };
	}
}

async function membersOf(world: World, org: string): Promise<string[]> {
	return (await world.superuser.collection('organisations').getOne(org)).members as string[];
}

describe('invitations', () => {
	let world: World;
	let victim: { id: string; email: string };

	beforeAll(async () => {
		world = await createWorld();
		const email = fresh();
		const record = await world.superuser
			.collection('users')
			.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Victim', verified: true });
		victim = { id: record.id, email };
		await world.superuser.collection('organisations').update(world.orgA, { 'executives+': victim.id });
	});
	afterAll(() => setClock(null));

	it('never let the inviter choose a password: no account is pre-created for someone else', async () => {
		for (const route of ['members', 'invitations'] as const) {
			const email = fresh();
			await invite(world, route, { email, role: 'auditors', name: 'Pre-created', password: ATTACKER_PASSWORD });
			expect(await canLogIn(email, ATTACKER_PASSWORD), `${route}: the inviter's password opens the account`).toBe(false);
			expect((await world.superuser.collection('users').getList(1, 1, { filter: `email = "${email}"` })).totalItems).toBe(0);
		}
	});

	it('never add an existing account without its consent', async () => {
		for (const route of ['members', 'invitations'] as const) {
			await invite(world, route, { email: victim.email, role: 'security_team' });
			expect(await membersOf(world, world.orgB), route).not.toContain(victim.id);
		}
		// nor by a plain update of the organisation's roles, nor at creation
		expect(
			await statusOf(() => world.client('otherOrg').collection('organisations').update(world.orgB, { 'security_team+': victim.id }))
		).toBe(400);
		expect(await membersOf(world, world.orgB)).not.toContain(victim.id);
		const created = await world
			.client('otherOrg')
			.collection('organisations')
			.create({ name: 'Forced', sector: 'gas', operator_class: 'other', fy_start_month: 4, admins: [victim.id], executives: [victim.id] });
		expect(created.admins).toEqual([world.users.otherOrg.id]);
		expect([...created.security_team, ...created.executives, ...created.auditors]).toEqual([]);
		expect(created.members).toEqual([world.users.otherOrg.id]);
	});

	it('answer the same whether an account exists for the e-mail or not', async () => {
		for (const route of ['members', 'invitations'] as const) {
			const existing = await invite(world, route, { email: victim.email, role: 'auditors' });
			const unknown = await invite(world, route, { email: fresh(), role: 'auditors' });
			expect({ status: existing.status, keys: existing.keys }, route).toEqual({ status: unknown.status, keys: unknown.keys });
		}
	});

	it('let the invitee create an account with their own password, once', async () => {
		const email = fresh();
		const { answer } = await invite(world, 'invitations', { email, role: 'auditors' });
		const token = answer.token!;
		const guest = client();
		const looked = await guest.send('/api/mamori/invitations/lookup', { method: 'POST', body: { token } });
		expect(looked).toMatchObject({ organisation: world.orgB, email, role: 'auditors', state: 'pending' });
		expect(
			await statusOf(() =>
				guest.send('/api/mamori/invitations/accept', { method: 'POST', body: { token, name: 'New', password: 'short' } })
			)
		).toBe(400);
		const accepted = await guest.send('/api/mamori/invitations/accept', {
			method: 'POST',
			body: { token, name: 'Newcomer', password: PASSWORD, passwordConfirm: PASSWORD }
		});
		expect(accepted).toMatchObject({ organisation: world.orgB, created: true });
		expect(await canLogIn(email, PASSWORD)).toBe(true);
		const org = await world.superuser.collection('organisations').getOne(world.orgB);
		const user = await world.superuser.collection('users').getFirstListItem(`email = "${email}"`);
		expect(org.auditors).toContain(user.id);
		// one use only
		expect(
			await statusOf(() =>
				client().send('/api/mamori/invitations/accept', {
					method: 'POST',
					body: { token, name: 'Again', password: ATTACKER_PASSWORD, passwordConfirm: ATTACKER_PASSWORD }
				})
			)
		).toBe(400);
		expect(await canLogIn(email, ATTACKER_PASSWORD)).toBe(false);
	});

	it('let an existing account accept only while signed in as itself; nobody else can take over the invitation', async () => {
		const { answer } = await invite(world, 'invitations', { email: victim.email, role: 'auditors' });
		const token = answer.token!;
		// a signed-out holder of the link cannot set a password on the existing account
		expect(
			await statusOf(() =>
				client().send('/api/mamori/invitations/accept', {
					method: 'POST',
					body: { token, name: 'X', password: ATTACKER_PASSWORD, passwordConfirm: ATTACKER_PASSWORD }
				})
			)
		).toBe(409);
		expect(await canLogIn(victim.email, ATTACKER_PASSWORD)).toBe(false);
		// another account cannot accept it
		expect(
			await statusOf(() => world.client('executive').send('/api/mamori/invitations/accept', { method: 'POST', body: { token } }))
		).toBe(403);
		expect(await membersOf(world, world.orgB)).not.toContain(victim.id);
		const self = client();
		await self.collection('users').authWithPassword(victim.email, PASSWORD);
		expect(await self.send('/api/mamori/invitations/accept', { method: 'POST', body: { token } })).toMatchObject({
			organisation: world.orgB,
			created: false
		});
		expect((await world.superuser.collection('organisations').getOne(world.orgB)).auditors).toContain(victim.id);
		// leaving again
		expect(await self.send(`/api/mamori/organisations/${world.orgB}/leave`, { method: 'POST' })).toMatchObject({ left: world.orgB });
		expect(await membersOf(world, world.orgB)).not.toContain(victim.id);
	});

	it('can be accepted once only, even by concurrent requests, stamped by PocketBase’s clock', async () => {
		await setClock('2031-05-06T07:08:09.000Z');
		const { answer } = await invite(world, 'invitations', { email: victim.email, role: 'executives' });
		const self = client();
		await self.collection('users').authWithPassword(victim.email, PASSWORD);
		const answers = await Promise.all(
			Array.from({ length: 8 }, () =>
				statusOf(() => self.send('/api/mamori/invitations/accept', { method: 'POST', body: { token: answer.token } }))
			)
		);
		await setClock(null);
		expect(answers.filter((s) => s === 200)).toHaveLength(1);
		expect(answers.filter((s) => s !== 200)).toEqual(Array(7).fill(400));
		const invitation = await world.superuser.collection('invitations').getOne(answer.id as string);
		expect(invitation.accepted).toBe('2031-05-06 07:08:09.000Z');
		const audited = await world.superuser
			.collection('audit_log')
			.getFullList({ filter: `record_id = "${invitation.id}" && action = "update"` });
		expect(audited).toHaveLength(1);
		await self.send(`/api/mamori/organisations/${world.orgB}/leave`, { method: 'POST' });
	});

	it('expire after 7 days and can be revoked; the token is never shown again', async () => {
		const expiring = (await invite(world, 'invitations', { email: fresh(), role: 'executives' })).answer.token!;
		const revoked = (await invite(world, 'invitations', { email: fresh(), role: 'executives' })).answer.token!;
		const list = await world
			.client('otherOrg')
			.collection('invitations')
			.getFullList({ filter: `organisation = "${world.orgB}"` });
		for (const record of list) expect(Object.keys(record)).not.toContain('token_hash');
		const toRevoke = list.find((r) => r.role === 'executives' && !r.accepted)!;
		await world.client('otherOrg').collection('invitations').delete(toRevoke.id);
		const lookups = await Promise.all(
			[expiring, revoked].map((token) =>
				statusOf(() => client().send('/api/mamori/invitations/lookup', { method: 'POST', body: { token } }))
			)
		);
		expect(lookups.filter((s) => s === 404)).toHaveLength(1);
		await setClock(new Date(Date.now() + 8 * 24 * 3600 * 1000));
		const stillThere = lookups[0] === 200 ? expiring : revoked;
		expect(await client().send('/api/mamori/invitations/lookup', { method: 'POST', body: { token: stillThere } })).toMatchObject({
			state: 'expired'
		});
		expect(
			await statusOf(() =>
				client().send('/api/mamori/invitations/accept', {
					method: 'POST',
					body: { token: stillThere, name: 'Late', password: PASSWORD, passwordConfirm: PASSWORD }
				})
			)
		).toBe(400);
		await setClock(null);
	});

	it('only admins invite; outsiders learn nothing', async () => {
		const body = { email: fresh(), role: 'admins' };
		expect(
			await statusOf(() => world.client('security').send(`/api/mamori/organisations/${world.orgA}/invitations`, { method: 'POST', body }))
		).toBe(403);
		expect(
			await statusOf(() => world.client('otherOrg').send(`/api/mamori/organisations/${world.orgA}/invitations`, { method: 'POST', body }))
		).toBe(404);
		expect(await statusOf(() => client().send(`/api/mamori/organisations/${world.orgA}/invitations`, { method: 'POST', body }))).toBe(401);
		expect(await statusOf(() => client().send('/api/mamori/invitations/lookup', { method: 'POST', body: { token: 'a'.repeat(48) } }))).toBe(
			404
		);
	});

	it('the last admin cannot leave', async () => {
		expect(await statusOf(() => world.client('otherOrg').send(`/api/mamori/organisations/${world.orgB}/leave`, { method: 'POST' }))).toBe(
			400
		);
		expect(await membersOf(world, world.orgB)).toContain(world.users.otherOrg.id);
	});

	describe('with SMTP configured in PocketBase', () => {
		let sink: SmtpSink;
		beforeAll(async () => {
			sink = await startSmtpSink();
			await world.superuser.settings.update({ smtp: { enabled: true, host: '127.0.0.1', port: sink.port, tls: false } });
		});
		afterAll(async () => {
			await world.superuser.settings.update({ smtp: { enabled: false } });
			await sink.close();
		});

		it('mails the one-time link to the invitee', async () => {
			const email = fresh();
			const { answer } = await invite(world, 'invitations', { email, role: 'auditors' });
			expect(answer).toMatchObject({ mailed: true });
			const mail = sink.messages.find((m) => m.to.some((t) => t.includes(email)));
			expect(mail).toBeDefined();
			const body = mail!.data.replace(/=\r\n/g, '');
			expect(body).toContain(`${inject('webUrl')}/invite/${answer.token}`);
		});
	});
});
