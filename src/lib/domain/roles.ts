/**
 * Roles per organisation and what each may do. PocketBase API rules enforce
 * these on the server; the UI uses `can` only to decide what to show.
 */
export const ROLES = ['admin', 'security', 'executive', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The organisation field that holds the members of each role. */
export const ROLE_FIELDS: Record<Role, 'admins' | 'security_team' | 'executives' | 'auditors'> = {
	admin: 'admins',
	security: 'security_team',
	executive: 'executives',
	auditor: 'auditors'
};

export type Permission = 'editContent' | 'editProfile' | 'manageMembers' | 'readAudit' | 'sign' | 'review';

const GRANTS: Record<Role, readonly Permission[]> = {
	admin: ['editProfile', 'manageMembers', 'readAudit'],
	security: ['editContent'],
	executive: ['readAudit', 'sign'],
	auditor: ['readAudit', 'review']
};

export type Membership = Record<(typeof ROLE_FIELDS)[Role], string[]>;

/** The roles `userId` holds in an organisation, in the canonical order. */
export function rolesOf(org: Membership, userId: string): Role[] {
	return ROLES.filter((role) => org[ROLE_FIELDS[role]].includes(userId));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
	return roles.some((role) => GRANTS[role].includes(permission));
}
