import { z } from 'zod';
import { ROLE_FIELDS, ROLES, type Role } from '$lib/domain/roles';
import { USERS } from '$lib/domain/schema';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import type { OrganisationRecord, UserRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const org = await locals.session.pb
		.collection('organisations')
		.getOne<OrganisationRecord & { expand?: { members?: UserRecord[] } }>(params.org, { expand: 'members' });
	const people = (org.expand?.members ?? [])
		.map((user) => ({
			id: user.id,
			name: user.name,
			email: user.email,
			roles: ROLES.filter((role) => org[ROLE_FIELDS[role]].includes(user.id))
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
	return { people };
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const schema = z.object({
			email: z.string().trim().toLowerCase().min(1, m.errors.required).email(m.errors.email),
			role: z.enum(ROLES, { error: m.errors.choose }),
			name: z.string().trim().max(USERS.name.max, m.errors.tooLong(USERS.name.max)).default(''),
			password: z
				.string()
				.default('')
				.refine((p) => p === '' || p.length >= 10, m.errors.passwordTooShort(10))
		});
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, { ...parsed.values, password: '' }, 'add');
		const { email, role, name, password } = parsed.data;
		try {
			const result = await locals.session.pb.send<{ created: boolean }>(`/api/mamori/organisations/${params.org}/members`, {
				method: 'POST',
				body: { email, role: ROLE_FIELDS[role], name, password }
			});
			return { saved: 'add', created: result.created, addedName: name || email };
		} catch (error) {
			return rejected(error, m, { email, role, name }, 'add', (rejection, errors) => {
				if (rejection.fields.role) errors.role = errors._form = m.members.alreadyInRole;
				if (rejection.fields.name || rejection.fields.password) errors._form = m.members.needsNameAndPassword;
				// The page is only open to members, so a refusal here means the person is not an admin.
				if (rejection.status === 403 || rejection.status === 404) errors._form = m.members.onlyAdmins;
			});
		}
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
	}
};
