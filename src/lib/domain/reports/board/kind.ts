/** The board report as a report type (see ../kinds.ts). Subject: this fiscal year's self-check (the latest revision chosen). */
import type { ReportKind } from '../kinds';
import { organisationNameIn } from '../selfcheck/snapshot';
import { buildBoardReport } from './build';
import { parseBoardSnapshot, type BoardSnapshot } from './snapshot';

export const boardReportKind: ReportKind<BoardSnapshot> = {
	type: 'board',
	title: { ja: '経営層向け報告書', en: 'Board report' },
	parse: parseBoardSnapshot,
	subject: (snapshot) => ({
		organisationId: snapshot.selfcheck.organisation.id,
		organisationName: organisationNameIn(snapshot.selfcheck, 'ja'),
		subjectId: snapshot.selfcheck.assessment.id,
		fiscalYear: snapshot.selfcheck.assessment.fiscalYear,
		// a summary of the year: the records in it carry their own sign-offs
		status: 'draft'
	}),
	build: buildBoardReport
};
