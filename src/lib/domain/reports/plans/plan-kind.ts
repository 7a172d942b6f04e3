/** The BCP and contingency-plan report as a report type (see ../kinds.ts). */
import { REPORT_TYPE_TITLES, type ReportKind } from '../kinds';
import { fiscalYearAt, organisationName } from './common';
import { buildPlanReport, planReportInstant } from './plan-build';
import { parsePlanReportSnapshot, type PlanReportSnapshot } from './plan-snapshot';

export const planReportKind: ReportKind<PlanReportSnapshot> = {
	type: 'plan',
	title: REPORT_TYPE_TITLES.plan,
	parse: parsePlanReportSnapshot,
	subject: (snap) => ({
		organisationId: snap.organisation.id,
		organisationName: organisationName(snap.organisation, 'ja'),
		subjectId: snap.version.id,
		fiscalYear: fiscalYearAt(planReportInstant(snap), snap.organisation.fyStartMonth),
		status: snap.version.status === 'signed' && snap.approval !== null ? 'signed' : 'draft'
	}),
	build: buildPlanReport
};
