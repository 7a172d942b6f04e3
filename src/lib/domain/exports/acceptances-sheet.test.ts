import { describe, expect, it } from 'vitest';
import type { RiskSnapshot } from '../reports/risk/snapshot';
import { acceptanceRows, acceptancesSheet } from './acceptances-sheet';
import { buildSheet } from './sheet';

/** Only what the sheets read of a risk snapshot. */
const snap = {
	generatedAt: '2027-03-25T01:00:00.000Z',
	risks: [{ id: 'r1', ref: 'R-001', title: '制御系への不正侵入' }],
	actions: [
		{ id: 'a1', risk: 'r1', title: '=境界の更新', owner: '設備部', dueDate: '2027-02-28', status: 'in_progress', completedOn: null },
		{ id: 'a2', risk: 'r1', title: '委託先監査', owner: '調達部', dueDate: '2027-01-31', status: 'done', completedOn: '2027-01-20' }
	],
	acceptances: [
		{
			id: 'c1',
			risk: 'r1',
			status: 'expired',
			justification: '代替策で許容範囲',
			expiresAt: '2027-03-14T15:00:00.000Z',
			requestedBy: '安全 太郎',
			requestedAt: '2026-03-01T01:00:00.000Z',
			approval: { signerName: '経営 一郎', signedAt: '2026-03-05T01:00:00.000Z', statement: '', contentSha256: 'a'.repeat(64) },
			decision: null,
			revocation: null,
			snapshot: null
		}
	]
} as unknown as RiskSnapshot;

describe('acceptances sheet', () => {
	it('lists acceptances with who approved when, the last valid day and the signed hash', () => {
		const sheet = buildSheet(acceptancesSheet, acceptanceRows(snap, 'en'), 'en');
		const cell = (key: string) => sheet.rows[0][acceptancesSheet.columns.findIndex((c) => c.key === key)];
		expect(cell('status')?.value).toBe('Expired');
		expect(cell('approvedAt')).toEqual({ type: 'datetime', value: '2026-03-05 10:00:00' });
		expect(cell('validThrough')).toEqual({ type: 'date', value: '2027-03-14' });
		expect(cell('sha256')?.value).toBe('a'.repeat(64));
	});
});
