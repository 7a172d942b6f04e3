/** Where the board report's snapshot and subjects come from (see sources.ts): one subject per fiscal year, its latest self-check. */
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { boardReportKind } from '$lib/domain/reports/board/kind';
import type { BoardSnapshot } from '$lib/domain/reports/board/snapshot';
import { messagesFor } from '$lib/i18n';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import { loadBoardSnapshot } from './board-snapshot';
import type { ReportSource } from './sources';

export const boardReportSource: ReportSource<BoardSnapshot> = {
	kind: boardReportKind,
	load: loadBoardSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		const assessments = await pb
			.collection('assessments')
			.getFullList<Pick<AssessmentRecord, 'id' | 'fiscal_year' | 'revision' | 'status'>>({
				filter: pb.filter('organisation = {:o}', { o: organisationId }),
				sort: '-fiscal_year,-revision',
				fields: 'id,fiscal_year,revision,status'
			});
		const latest = assessments.filter((a, i) => i === 0 || assessments[i - 1].fiscal_year !== a.fiscal_year);
		return latest.map((a) => ({
			id: a.id,
			label: m.reports.boardSubject(fiscalYearLabel(a.fiscal_year, language), m.selfcheck.revision(a.revision)),
			fiscalYear: a.fiscal_year,
			status: 'draft' as const
		}));
	}
};
