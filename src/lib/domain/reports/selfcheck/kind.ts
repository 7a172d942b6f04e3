/** The self-check report as a report type (see ../kinds.ts). */
import { REPORT_TYPE_TITLES, type ReportKind } from '../kinds';
import { buildSelfCheckReport } from './build';
import { organisationNameIn, parseSelfCheckSnapshot, type SelfCheckSnapshot } from './snapshot';

export const selfCheckReportKind: ReportKind<SelfCheckSnapshot> = {
	type: 'selfcheck',
	title: REPORT_TYPE_TITLES.selfcheck,
	parse: parseSelfCheckSnapshot,
	subject: (snapshot) => ({
		organisationId: snapshot.organisation.id,
		organisationName: organisationNameIn(snapshot, 'ja'),
		subjectId: snapshot.assessment.id,
		fiscalYear: snapshot.assessment.fiscalYear,
		status: snapshot.assessment.status === 'signed' && snapshot.signoff !== null ? 'signed' : 'draft'
	}),
	build: buildSelfCheckReport
};
