/** Invitations to an organisation role (pb_migrations/1764200000_invitations.js); the roles from domain/roles.ts. */
import { ROLE_FIELDS, ROLES } from '../roles';
import { PERSON_NAME_MAX, SHA256_PATTERN } from './common';
import { relation, select, text, type CollectionFacts } from './fields';

/** The role fields a person can be invited into (the organisation's `members` field is derived from them). */
export const INVITATION_ROLES = ROLES.map((role) => ROLE_FIELDS[role]);

/**
 * What an account accepts from a form (users.email and users.password are
 * PocketBase formats, not restated facts): an e-mail address within the
 * 254 characters SMTP allows, a password of at least 10 characters and at
 * most 71 (bcrypt reads the first 72 bytes only).
 */
export const ACCOUNT_LIMITS = { email: 254, passwordMin: 10, passwordMax: 71 } as const;

export const INVITATIONS = {
	organisation: relation(1, { required: true }),
	role: select(INVITATION_ROLES, { required: true }),
	/** Only the token's SHA-256 is stored (hidden). */
	token_hash: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	invited_by: relation(1),
	invited_by_name: text(PERSON_NAME_MAX),
	accepted_by: relation(1)
} satisfies CollectionFacts;
