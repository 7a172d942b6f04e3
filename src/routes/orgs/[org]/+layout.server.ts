import { error, redirect } from '@sveltejs/kit';
import { can, rolesOf, type Permission } from '$lib/domain/roles';
import { statusOf } from '$lib/server/pocketbase';
import type { OrganisationRecord } from '$lib/server/records';
import { LAST_ORG_COOKIE, storePreference } from '$lib/server/session';
import type { LayoutServerLoad } from './$types';

const PERMISSIONS: Permission[] = ['editContent', 'editProfile', 'manageMembers', 'readAudit', 'sign', 'review'];

export const load: LayoutServerLoad = async ({ locals, params, url, cookies }) => {
	const { pb, user } = locals.session;
	if (!user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	let org: OrganisationRecord;
	try {
		org = await pb.collection('organisations').getOne<OrganisationRecord>(params.org);
	} catch (err) {
		// PocketBase answers 404 both for a missing organisation and for one the user is not a member of.
		error(statusOf(err) === 404 ? 404 : 500, 'organisation not found');
	}
	const organisations = await pb.collection('organisations').getFullList<Pick<OrganisationRecord, 'id' | 'name'>>({
		fields: 'id,name',
		sort: 'name'
	});
	storePreference(cookies, LAST_ORG_COOKIE, org.id, url.protocol === 'https:');
	const roles = rolesOf(org, user.id);
	const permissions = Object.fromEntries(PERMISSIONS.map((p) => [p, can(roles, p)])) as Record<Permission, boolean>;
	return { org, organisations, roles, permissions };
};
