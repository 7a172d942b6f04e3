/** The risk report as a report type (see ../kinds.ts). Subject: the organisation's register, in the fiscal year it was produced. */
import { REPORT_TYPE_TITLES, type ReportKind } from '../kinds';
import { buildRiskReport } from './build';
import { organisationNameIn, parseRiskSnapshot, type RiskSnapshot } from './snapshot';

export const riskReportKind: ReportKind<RiskSnapshot> = {
	type: 'risk',
	title: REPORT_TYPE_TITLES.risk,
	parse: parseRiskSnapshot,
	subject: (snapshot) => ({
		organisationId: snapshot.organisation.id,
		organisationName: organisationNameIn(snapshot, 'ja'),
		subjectId: snapshot.organisation.id,
		fiscalYear: snapshot.fiscalYear,
		// the register as a whole is not signed by management; the criteria and acceptances in it are
		status: 'draft'
	}),
	build: buildRiskReport
};
