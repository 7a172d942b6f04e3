import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ROLE_FIELDS, ROLES, type Role } from '$lib/domain/roles';
import { ACCOUNT_LIMITS } from '$lib/domain/schema';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import type { OrganisationRecord, UserRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

interface InvitationRecord {
	id: string;
	email: string;
	role: (typeof ROLE_FIELDS)[Role];
	expires: string;
	invited_by_name: string;
	created: string;
}

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { pb } = locals.session;
	const [org, { permissions }] = await Promise.all([
		pb.collection('organisations').getOne<OrganisationRecord & { expand?: { members?: UserRecord[] } }>(params.org, { expand: 'members' }),
		parent()
	]);
	const people = (org.expand?.members ?? [])
		.map((user) => ({
			id: user.id,
			name: user.name,
			email: user.email,
			roles: ROLES.filter((role) => org[ROLE_FIELDS[role]].includes(user.id))
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
	const invitations = permissions.manageMembers
		? await pb.collection('invitations').getFullList<InvitationRecord>({
				filter: pb.filter('organisation = {:o} && accepted = ""', { o: params.org }),
				sort: '-created',
				fields: 'id,email,role,expires,invited_by_name,created'
			})
		: [];
	const roleOf = Object.fromEntries(ROLES.map((r) => [ROLE_FIELDS[r], r])) as Record<string, Role>;
	return {
		people,
		invitations: invitations.map((i) => ({ ...i, role: roleOf[i.role] })),
		lastAdmin: org.admins.length === 1,
		now: (await now()).toISOString()
	};
};

export const actions: Actions = {
	invite: async ({ request, locals, params, url }) => {
		const m = messagesFor(locals.session.lang);
		const schema = z.object({
			email: z
				.string()
				.trim()
				.toLowerCase()
				.min(1, m.errors.required)
				.max(ACCOUNT_LIMITS.email, m.errors.tooLong(ACCOUNT_LIMITS.email))
				.email(m.errors.email),
			role: z.enum(ROLES, { error: m.errors.choose })
		});
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'invite');
		const { email, role } = parsed.data;
		try {
			const result = await locals.session.pb.send<{ token: string; expires: string; mailed: boolean }>(
				`/api/mamori/organisations/${params.org}/invitations`,
				{ method: 'POST', body: { email, role: ROLE_FIELDS[role] } }
			);
			return { saved: 'invite', email, link: `${url.origin}/invite/${result.token}`, expires: result.expires, mailed: result.mailed };
		} catch (error) {
			return rejected(error, m, { email, role }, 'invite', (rejection, errors) => {
				if (rejection.fields.role) errors.role = errors._form = m.members.alreadyInRole;
				// The page is only open to members, so a refusal here means the person is not an admin.
				if (rejection.status === 403 || rejection.status === 404) errors._form = m.members.onlyAdmins;
			});
		}
	},
	revoke: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('invitation') ?? '');
		try {
			await locals.session.pb.collection('invitations').delete(id);
		} catch (error) {
			return rejected(error, m, {}, 'revoke', (rejection, errors) => {
				if (rejection.status === 403 || rejection.status === 404) errors._form = m.members.onlyAdmins;
			});
		}
		return { saved: 'revoke' };
	},
	removeRole: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const role = String(form.get('role')) as Role;
		const user = String(form.get('user'));
		if (!ROLES.includes(role)) return invalid({ _form: m.errors.choose }, {}, 'remove');
		try {
			await locals.session.pb.collection('organisations').update(params.org, { [`${ROLE_FIELDS[role]}-`]: user });
		} catch (error) {
			return rejected(error, m, {}, 'remove', (rejection, errors) => {
				if (rejection.fields.admins) errors._form = m.members.lastAdmin;
				else if (rejection.status === 403 || rejection.status === 404) errors._form = m.members.onlyAdmins;
			});
		}
		return { saved: 'remove' };
	},
	leave: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		try {
			await locals.session.pb.send(`/api/mamori/organisations/${params.org}/leave`, { method: 'POST' });
		} catch (error) {
			return rejected(error, m, {}, 'leave', (rejection, errors) => {
				if (rejection.fields.admins) errors._form = m.members.leaveLastAdmin;
			});
		}
		redirect(303, '/?left=1');
	}
};
