import { describe, expect, it } from 'vitest';
import { can, rolesOf } from './roles';

const org = { admins: ['a'], security_team: ['s', 'a'], executives: ['e'], auditors: ['x'] };

describe('roles', () => {
	it('finds every role a user holds', () => {
		expect(rolesOf(org, 'a')).toEqual(['admin', 'security']);
		expect(rolesOf(org, 'x')).toEqual(['auditor']);
		expect(rolesOf(org, 'nobody')).toEqual([]);
	});

	it('grants content editing to the security team only', () => {
		expect(can(['security'], 'editContent')).toBe(true);
		expect(can(['executive', 'auditor', 'admin'], 'editContent')).toBe(false);
	});

	it('lets executives sign and auditors review, but not the other way round', () => {
		expect(can(['executive'], 'sign')).toBe(true);
		expect(can(['auditor'], 'sign')).toBe(false);
		expect(can(['auditor'], 'review')).toBe(true);
		expect(can(['executive'], 'review')).toBe(false);
	});

	it('shows the audit trail to admins, executives and auditors', () => {
		expect(can(['admin'], 'readAudit')).toBe(true);
		expect(can(['security'], 'readAudit')).toBe(false);
	});
});
