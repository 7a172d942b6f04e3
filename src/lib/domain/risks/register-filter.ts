/**
 * Filters of the register list, as they appear in its URL: a heat-map cell
 * (stage, likelihood, impact), a view (due for review, needs a decision,
 * treatment required, older criteria version, closed), a threat category.
 * Pure.
 */
import { needsDecision } from './acceptance';
import type { EvaluatedRisk } from './register';
import { RISK_CATEGORIES, type RiskCategory } from './threat-catalogue';
import { STAGES, type Stage } from './versions';

export const REGISTER_VIEWS = ['open', 'due', 'decision', 'treatment', 'stale', 'unrated', 'closed', 'all'] as const;
export type RegisterView = (typeof REGISTER_VIEWS)[number];

export interface RegisterFilter {
	view: RegisterView;
	category: RiskCategory | null;
	cell: { stage: Stage; likelihood: number; impact: number } | null;
}

export function parseRegisterFilter(params: URLSearchParams): RegisterFilter {
	const view = params.get('view') ?? 'open';
	const category = params.get('category') ?? '';
	const stage = params.get('stage') ?? '';
	const l = Number(params.get('l'));
	const i = Number(params.get('i'));
	return {
		view: (REGISTER_VIEWS as readonly string[]).includes(view) ? (view as RegisterView) : 'open',
		category: (RISK_CATEGORIES as readonly string[]).includes(category) ? (category as RiskCategory) : null,
		cell:
			(STAGES as readonly string[]).includes(stage) && Number.isInteger(l) && Number.isInteger(i) && l >= 1 && i >= 1
				? { stage: stage as Stage, likelihood: l, impact: i }
				: null
	};
}

type Row = EvaluatedRisk & { decision: string };

function inView(row: Row, view: RegisterView): boolean {
	if (view === 'all') return true;
	if (view === 'closed') return row.status === 'closed';
	if (row.status === 'closed') return false;
	switch (view) {
		case 'open':
			return true;
		case 'due':
			return row.review.days !== null && row.review.days <= 30;
		case 'decision':
			return needsDecision(row.decision) || row.decision === 'requested';
		case 'treatment':
			return row.decision === 'treatment_required';
		case 'stale':
			return row.levels.stale;
		case 'unrated':
			return row.levels.version === null || row.analysis.current === null;
	}
}

export function filterRows<T extends Row>(rows: readonly T[], filter: RegisterFilter, currentVersionId: string | null): T[] {
	return rows.filter((row) => {
		if (!inView(row, filter.cell ? 'open' : filter.view)) return false;
		if (filter.category && row.category !== filter.category) return false;
		if (filter.cell) {
			const rating = row.analysis[filter.cell.stage];
			if (row.levels.version?.id !== currentVersionId || !rating) return false;
			if (rating.likelihood !== filter.cell.likelihood || rating.impact !== filter.cell.impact) return false;
		}
		return true;
	});
}

/** The query string of a heat-map cell (what its count links to). */
export function cellQuery(stage: Stage, likelihood: number, impact: number): string {
	return `?stage=${stage}&l=${likelihood}&i=${impact}`;
}
