/** A frozen acceptance snapshot for unit tests (the shape pb_hooks/lib/risk-acceptance.js builds). */
import type { AcceptanceSnapshot } from '../acceptance';

export const frozenLevel = (likelihood: number, impact: number, level: number) => ({
	likelihood,
	impact,
	level,
	label: { ja: '中', en: 'Medium' }
});

export function frozenAcceptance(over: Partial<AcceptanceSnapshot> = {}): AcceptanceSnapshot {
	return {
		subject: 'risk_acceptances',
		id: 'a',
		organisation: 'o',
		risk: {
			id: 'r',
			ref: 'R-001',
			title: '変電所監視制御システムの停電',
			scenario: '',
			category: 'disaster',
			threat: '',
			owner: '系統運用部',
			services: [],
			systems: [],
			dependencies: [],
			controls: '',
			treatment: 'accept',
			treatmentPlan: ''
		},
		criteria: { id: 'c1', version: 1, contentSha256: 'f'.repeat(64) },
		levels: { inherent: frozenLevel(4, 4, 3), current: frozenLevel(3, 3, 1), target: frozenLevel(3, 3, 1) },
		controls: [{ key: 'cross-sector:BK-04', title: 'バックアップ', status: 'partial', fiscalYear: 2026 }],
		justification: '予備電源で8時間は運転を続けられる。',
		expiresAt: '2027-03-31T15:00:00.000Z',
		requestedBy: 'セキュリティ 花子',
		...over
	};
}
