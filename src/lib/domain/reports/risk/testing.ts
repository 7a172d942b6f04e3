/** Small risk report snapshots for the builder's unit tests. */
import { defaultCriteria } from '../../risks/criteria-defaults';
import type { RiskSnapshot, SnapshotRisk } from './snapshot';

export const ID = (n: number) => `risk${String(n).padStart(11, '0')}`;

export function risk(n: number, over: Partial<SnapshotRisk>): SnapshotRisk {
	return {
		id: ID(n),
		ref: `R-00${n}`,
		title: `リスク${n}`,
		category: 'disaster',
		threat: '',
		scenario: '',
		owner: '系統運用部',
		status: 'open',
		closedReason: '',
		services: [],
		systems: [],
		dependencies: [],
		criteria: 'criteria0000001',
		inherent: null,
		current: { likelihood: 3, impact: 3 },
		target: null,
		treatment: '',
		treatmentPlan: '',
		controls: '',
		controlItems: [],
		created: '2026-06-01T00:00:00.000Z',
		updated: '2026-06-01T00:00:00.000Z',
		reviewedAt: null,
		baseline: null,
		...over
	};
}

export function snapshot(risks: SnapshotRisk[]): RiskSnapshot {
	return {
		schemaVersion: 1,
		organisation: {
			id: 'org000000000001',
			name: '【デモ】東都電力ネットワーク株式会社',
			sector: 'electricity',
			operatorClass: 'leading',
			fyStartMonth: 4
		},
		fiscalYear: 2026,
		fiscalYearStart: '2026-04-01',
		criteria: [
			{
				id: 'criteria0000001',
				version: 1,
				content: defaultCriteria(),
				contentSha256: 'f'.repeat(64),
				approvedBy: '経営 一郎',
				approvedAt: '2026-04-10T00:00:00.000Z'
			}
		],
		services: [],
		systems: [],
		dependencies: [],
		risks,
		actions: [],
		acceptances: [],
		selfcheckFiscalYear: 2026,
		generatedAt: '2026-12-02T03:00:00.000Z'
	};
}
