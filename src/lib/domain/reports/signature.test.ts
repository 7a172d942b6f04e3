import { describe, expect, it } from 'vitest';
import { CURRENT_SIGNATURE_VERSION, signatureMessage, type RegistrationFields } from './signature';

const fields: RegistrationFields = {
	report_id: 'MR-2026-ABCDEFGH',
	type: 'selfcheck',
	organisation: 'org000000000001',
	subject_id: 'sub000000000001',
	fiscal_year: 2026,
	language: 'ja',
	status: 'signed',
	snapshot_sha256: 'a'.repeat(64),
	pdf_sha256: 'b'.repeat(64)
};

describe('report signature message', () => {
	it('signs every registration field in the current format', () => {
		expect(CURRENT_SIGNATURE_VERSION).toBe(2);
		const message = signatureMessage(fields);
		expect(message).toBe(
			`mamori-report-v2|MR-2026-ABCDEFGH|selfcheck|org000000000001|sub000000000001|2026|ja|signed|${'a'.repeat(64)}|${'b'.repeat(64)}`
		);
		for (const [name, changed] of [
			['type', 'risk'],
			['fiscal_year', 2027],
			['language', 'en'],
			['status', 'draft']
		] as const) {
			expect(signatureMessage({ ...fields, [name]: changed }), name).not.toBe(message);
		}
	});

	it('keeps the first format for registrations made before the current one', () => {
		expect(signatureMessage(fields, 1)).toBe(`MR-2026-ABCDEFGH|org000000000001|sub000000000001|${'a'.repeat(64)}|${'b'.repeat(64)}`);
		expect(() => signatureMessage(fields, 9)).toThrow(/unknown report signature version 9/);
	});
});
