/** The board report as a report type (see ../kinds.ts). Subject: this fiscal year's self-check (the latest revision chosen). */
import { REPORT_TYPE_TITLES, type ReportKind } from '../kinds';
import { organisationNameIn } from '../selfcheck/snapshot';
import { buildBoardReport } from './build';
import { parseBoardSnapshot, type BoardSnapshot } from './snapshot';

export const boardReportKind: ReportKind<BoardSnapshot> = {
	type: 'board',
	title: REPORT_TYPE_TITLES.board,
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
