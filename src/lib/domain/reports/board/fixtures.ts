/**
 * A SYNTHETIC board snapshot for tests only (never shown as real data):
 * the synthetic self-check of 2026年度 with last year's answers, and a few
 * risks, acceptances, actions, findings, plans and exercises placed around
 * its "today" (2027-03-25 in Japan), so that every list has something in it.
 */
import { syntheticSnapshot } from '../selfcheck/synthetic';
import type { BoardSnapshot } from './snapshot';

export function syntheticBoardSnapshot(): BoardSnapshot {
	const selfcheck = syntheticSnapshot({ items: 155, sections: 13, withPrevious: true, signed: true });
	return {
		schemaVersion: 1,
		selfcheck,
		period: { start: '2026-04-01', end: '2027-03-31' },
		risks: [
			{ id: 'r1', ref: 'R-001', title: '制御系ネットワークへの不正侵入（合成データ）', status: 'open' },
			{ id: 'r2', ref: 'R-002', title: '委託先からの情報漏えい（合成データ）', status: 'open' },
			{ id: 'r3', ref: 'R-003', title: '旧基幹システムの保守終了（合成データ）', status: 'open' },
			{ id: 'r4', ref: 'R-004', title: '閉じたリスク（合成データ）', status: 'closed' }
		],
		acceptances: [
			// approved this year, valid for another 40 days: newly accepted and expiring
			{
				id: 'a1',
				risk: 'r1',
				status: 'signed',
				expiresAt: '2027-05-03T15:00:00Z',
				approval: { signerName: '経営 一郎', signedAt: '2026-06-10T01:00:00Z' }
			},
			// approved last year, lapsed while the risk is open
			{
				id: 'a2',
				risk: 'r2',
				status: 'expired',
				expiresAt: '2027-03-14T15:00:00Z',
				approval: { signerName: '経営 一郎', signedAt: '2025-09-01T01:00:00Z' }
			},
			// approved last year, valid for long: neither new nor expiring
			{
				id: 'a3',
				risk: 'r3',
				status: 'signed',
				expiresAt: '2028-03-31T15:00:00Z',
				approval: { signerName: '経営 二郎', signedAt: '2025-04-20T01:00:00Z' }
			},
			// lapsed, but the risk is closed
			{
				id: 'a4',
				risk: 'r4',
				status: 'expired',
				expiresAt: '2027-01-31T15:00:00Z',
				approval: { signerName: '経営 二郎', signedAt: '2025-02-01T01:00:00Z' }
			},
			// requested only
			{ id: 'a5', risk: 'r3', status: 'requested', expiresAt: '2028-03-31T15:00:00Z', approval: null }
		],
		riskActions: [
			{ id: 'x1', risk: 'r1', title: '境界ファイアウォールの更新', owner: '設備部', dueDate: '2027-02-28', status: 'in_progress' },
			{ id: 'x2', risk: 'r1', title: '侵入検知の導入', owner: '設備部', dueDate: '2027-06-30', status: 'planned' },
			{ id: 'x3', risk: 'r2', title: '委託先監査', owner: '調達部', dueDate: '2027-01-31', status: 'done' }
		],
		findings: [
			{
				id: 'f1',
				title: 'アクセス権の棚卸し記録がない',
				severity: 'high',
				status: 'open',
				dueDate: '2027-03-01',
				raisedAt: '2026-12-01T01:00:00Z'
			},
			{
				id: 'f2',
				title: '訓練記録の署名漏れ',
				severity: 'low',
				status: 'responded',
				dueDate: '2027-04-30',
				raisedAt: '2026-12-02T01:00:00Z'
			}
		],
		improvementActions: [
			{ id: 'i1', finding: '連絡網の電話番号が古かった', owner: '総務部', dueDate: '2027-01-15', status: 'in_progress' },
			{ id: 'i2', finding: '代替拠点の鍵の保管場所が不明', owner: '総務部', dueDate: '2027-05-15', status: 'open' }
		],
		planVersions: [
			{ id: 'p1', kind: 'bcp', title: '事業継続計画（合成データ）', number: 3, signedAt: '2026-07-01T02:00:00Z' },
			{ id: 'p0', kind: 'bcp', title: '事業継続計画（合成データ）', number: 2, signedAt: '2025-07-01T02:00:00Z' }
		],
		exercises: [
			{ id: 'e1', title: '大規模停電の机上演習', kind: 'tabletop', heldOn: '2026-10-20', planKinds: ['bcp'] },
			{ id: 'e0', title: '前年度の演習', kind: 'functional', heldOn: '2026-03-10', planKinds: ['contingency'] }
		],
		generatedAt: selfcheck.generatedAt
	};
}
