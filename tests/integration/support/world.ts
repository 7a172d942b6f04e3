// Builds two organisations with one user per role, plus an outsider and a
// "mixed" user (auditor in A, security team in B), each with its own client.
import PocketBase from 'pocketbase';
import { inject } from 'vitest';

export const ROLES = ['admin', 'security', 'executive', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ACTORS = [...ROLES, 'otherOrg', 'mixed', 'anonymous'] as const;
export type Actor = (typeof ACTORS)[number];

const ROLE_FIELD: Record<Role, string> = {
	admin: 'admins',
	security: 'security_team',
	executive: 'executives',
	auditor: 'auditors'
};

export interface World {
	superuser: PocketBase;
	orgA: string;
	orgB: string;
	users: Record<Exclude<Actor, 'anonymous'>, { id: string; email: string }>;
	client(actor: Actor): PocketBase;
}

export async function superuserClient(): Promise<PocketBase> {
	const pb = new PocketBase(inject('pbUrl'));
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(inject('superuserEmail'), inject('superuserPassword'));
	return pb;
}

let counter = 0;
const PASSWORD = 'world-password-123';

export async function createWorld(): Promise<World> {
	const superuser = await superuserClient();
	const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`;
	const names: Exclude<Actor, 'anonymous'>[] = [...ROLES, 'otherOrg', 'mixed'];
	const users = {} as World['users'];
	const clients = new Map<Actor, PocketBase>();
	for (const name of names) {
		const email = `${name.toLowerCase()}-${tag}@mamori.test`;
		const record = await superuser.collection('users').create({
			email,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: `${name} ${tag}`,
			verified: true,
			language: 'ja'
		});
		users[name] = { id: record.id, email };
		const pb = new PocketBase(inject('pbUrl'));
		pb.autoCancellation(false);
		await pb.collection('users').authWithPassword(email, PASSWORD);
		clients.set(name, pb);
	}
	const anonymous = new PocketBase(inject('pbUrl'));
	anonymous.autoCancellation(false);
	clients.set('anonymous', anonymous);

	const orgA = await superuser.collection('organisations').create({
		name: `A ${tag}`,
		sector: 'electricity',
		operator_class: 'leading',
		fy_start_month: 4,
		...Object.fromEntries(ROLES.map((r) => [ROLE_FIELD[r], [users[r].id]])),
		auditors: [users.auditor.id, users.mixed.id]
	});
	const orgB = await superuser.collection('organisations').create({
		name: `B ${tag}`,
		sector: 'water',
		operator_class: 'other',
		fy_start_month: 4,
		admins: [users.otherOrg.id],
		security_team: [users.otherOrg.id, users.mixed.id]
	});
	return {
		superuser,
		orgA: orgA.id,
		orgB: orgB.id,
		users,
		client(actor) {
			const pb = clients.get(actor);
			if (!pb) throw new Error(`no client for ${actor}`);
			return pb;
		}
	};
}

/** Status code of a rejected SDK call, or 200 when it succeeded. */
export async function statusOf(call: () => Promise<unknown>): Promise<number> {
	try {
		await call();
		return 200;
	} catch (error) {
		const status = (error as { status?: number }).status;
		if (typeof status !== 'number') throw error;
		return status;
	}
}
