/**
 * Risk snapshot + language → ReportModel of the risk report. Pure and
 * deterministic; report ID and snapshot hash come from the caller.
 */
import { sectorByCode } from '../../sectors';
import { fiscalYearPeriod } from '../format';
import type { BuildOptions } from '../kinds';
import type { ReportModel } from '../model';
import { buildRiskContext, type RiskContext } from './context';
import { criteriaSection, heatMapSection, summarySection } from './overview';
import { detailsSection, registerSection } from './register';
import { organisationNameIn, type RiskSnapshot } from './snapshot';
import { acceptancesSection, changesSection, treatmentSection } from './treatment';

export const RISK_REPORT_TYPE = 'risk';

function meta(ctx: RiskContext, type: string, title: string, signed: boolean, options: BuildOptions): ReportModel['meta'] {
	const { snap } = ctx;
	return {
		reportId: options.reportId,
		type,
		title,
		organisationName: organisationNameIn(snap, ctx.lang),
		sectorName: sectorByCode(snap.organisation.sector).name[ctx.lang],
		fiscalYearLabel: ctx.fyLabel,
		fiscalYearPeriod: fiscalYearPeriod(snap.fiscalYear, snap.organisation.fyStartMonth, ctx.lang),
		status: signed ? 'signed' : 'draft',
		language: ctx.lang,
		generatedAt: snap.generatedAt,
		snapshotSha256: options.snapshotSha256
	};
}

export function buildRiskReport(snapshot: RiskSnapshot, options: BuildOptions): ReportModel {
	const ctx = buildRiskContext(snapshot, options.language);
	return {
		meta: meta(ctx, RISK_REPORT_TYPE, ctx.s.title, false, options),
		sections: [
			summarySection(ctx),
			criteriaSection(ctx),
			heatMapSection(ctx),
			registerSection(ctx),
			detailsSection(ctx),
			treatmentSection(ctx),
			acceptancesSection(ctx),
			changesSection(ctx)
		]
	};
}
