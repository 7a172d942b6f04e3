/** Where the board report's snapshot and subjects come from (see sources.ts): one subject per fiscal year, its latest self-check. */
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { boardReportKind } from '$lib/domain/reports/board/kind';
import type { BoardSnapshot } from '$lib/domain/reports/board/snapshot';
import { messagesFor } from '$lib/i18n';
import { assessmentHeads, latestPerYear } from './assessment-heads';
import { loadBoardSnapshot } from './board-snapshot';
import type { ReportSource } from './sources';

export const boardReportSource: ReportSource<BoardSnapshot> = {
	kind: boardReportKind,
	load: loadBoardSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		return latestPerYear(await assessmentHeads(pb, organisationId)).map((a) => ({
			id: a.id,
			label: m.reports.boardSubject(fiscalYearLabel(a.fiscal_year, language), m.selfcheck.revision(a.revision)),
			fiscalYear: a.fiscal_year,
			status: 'draft' as const
		}));
	}
};
