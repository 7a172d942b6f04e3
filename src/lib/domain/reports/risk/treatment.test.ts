import { describe, expect, it } from 'vitest';
import { buildRiskContext } from './context';
import type { RiskSnapshot } from './snapshot';
import { risk, snapshot } from './testing';
import { changesSection, treatmentSection } from './treatment';

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

	it('the treatment plan names the plans each action revises', () => {
		const snap = snapshot([risk(1, {})]);
		snap.actions.push(
			{
				id: 'action000000001',
				risk: risk(1, {}).id,
				title: '燃料供給協定',
				owner: '総務部',
				dueDate: null,
				status: 'planned',
				completedOn: null,
				plans: [{ kind: 'bcp', title: '' }]
			},
			{ id: 'action000000002', risk: risk(1, {}).id, title: '訓練', owner: '総務部', dueDate: null, status: 'planned', completedOn: null }
		);
		const table = treatmentSection(buildRiskContext(snap, 'ja')).blocks.find((b) => b.kind === 'table');
		const cells = table && table.kind === 'table' ? table.rows.map((row) => JSON.stringify(row[1])) : [];
		expect(cells[0]).toContain('関係する計画: 事業継続計画');
		expect(cells[1]).toBe('"訓練"');
	});
});
