import { describe, expect, it } from 'vitest';
import { buildRiskContext } from './context';
import type { RiskSnapshot } from './snapshot';
import { risk, snapshot } from './testing';
import { changesSection } from './treatment';

/** The rows of the section's first table (risks identified this year). */
function identified(snap: RiskSnapshot): string[] {
	const table = changesSection(buildRiskContext(snap, 'ja')).blocks.find((b) => b.kind === 'table');
	return table && table.kind === 'table' ? table.rows.map((row) => String(row[0])) : [];
}

describe('risk report: changes since last year', () => {
	it('lists as identified this year only risks that did not exist before the year began', () => {
		const snap = snapshot([
			risk(1, {}),
			// entered this year, but already reviewed last year: carried over, not new
			risk(2, { baseline: { criteria: 'criteria0000001', current: { likelihood: 3, impact: 3 }, reviewedAt: '2026-02-10T00:00:00.000Z' } }),
			risk(3, { created: '2025-11-01T00:00:00.000Z' })
		]);
		expect(identified(snap)).toEqual(['R-001']);
	});
});
