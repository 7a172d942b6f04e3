/**
 * Who may download what, for export routes (which run without the
 * organisation layout): the organisation read with the user's own token
 * (PocketBase answers 404 to non-members) and the user's roles in it.
 */
import { error } from '@sveltejs/kit';
import { can, rolesOf, type Permission, type Role } from '$lib/domain/roles';
import { messagesFor } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import type { OrganisationRecord } from '$lib/server/records';
import type { Session } from '$lib/server/session';

export interface OrgAccess {
	org: OrganisationRecord;
	roles: Role[];
	can: (permission: Permission) => boolean;
}

export async function orgAccess(session: Session, orgId: string): Promise<OrgAccess> {
	const m = messagesFor(session.lang).exports.errors;
	if (!session.user) error(401, messagesFor(session.lang).common.forbidden);
	let org: OrganisationRecord;
	try {
		org = await session.pb.collection('organisations').getOne<OrganisationRecord>(orgId);
	} catch (err) {
		if (statusOf(err) === 404) error(404, m.notMember);
		throw err;
	}
	const roles = rolesOf(org, session.user.id);
	return { org, roles, can: (permission) => can(roles, permission) };
}
