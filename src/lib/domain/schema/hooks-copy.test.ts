import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROLE_FIELDS } from '../roles';
import { FINDING_EVENT_KINDS, FINDING_STATUSES, REQUEST_STATUSES } from '../evidence/review';
import { AUDIT_GRANTS, EVIDENCE_REVISIONS, FISCAL_YEAR, REPORT_ID_FIELD_PATTERN } from './index';

const require = createRequire(import.meta.url);
const copy = require('../../../../pb_hooks/lib/schema-facts.js') as Record<string, unknown>;
const membership = require('../../../../pb_hooks/lib/membership.js') as { ROLE_FIELDS: string[] };

describe('the copy of the schema facts that pb_hooks load', () => {
	it('equals the TypeScript definition', () => {
		expect(copy).toEqual({
			FISCAL_YEAR,
			REPORT_ID_FIELD_PATTERN,
			AUDIT_GRANTS: { note: AUDIT_GRANTS.note.max },
			EVIDENCE_REVISIONS: { note: EVIDENCE_REVISIONS.note.max },
			REQUEST_STATUSES,
			FINDING_STATUSES,
			FINDING_EVENT_KINDS
		});
	});

	it('names the same role fields as the app', () => {
		expect(membership.ROLE_FIELDS).toEqual(Object.values(ROLE_FIELDS));
	});
});
