/**
 * Self-check snapshot + language → ReportModel. Pure and deterministic: the
 * snapshot holds everything (read once at export start), and the report ID
 * and snapshot hash are computed by the caller (integrity.ts).
 */
import { sectorByCode } from '../../sectors';
import { fiscalYearPeriod } from '../format';
import type { ReportLanguage, ReportModel } from '../model';
import { buildContext } from './context';
import { packageManifest, manifestJson } from '../../evidence/package';
import { sha256HexSync } from '../sha256';
import { detailSection } from './detail';
import { evidenceSection, findingsSection } from './evidence';
import { relyingRisksSection } from './risks';
import { commentsSection, gapsSection, justificationsSection, notAdoptedSection, signoffSection } from './lists';
import { organisationNameIn, type SelfCheckSnapshot } from './snapshot';
import { coverageSection, summarySection, yearOverYearSection } from './summary';

export const SELFCHECK_REPORT_TYPE = 'selfcheck';

export interface BuildOptions {
	language?: ReportLanguage;
	/** From integrity.ts#newReportId, stored with the report. */
	reportId: string;
	/** From integrity.ts#snapshotSha256(snapshot). */
	snapshotSha256: string;
}

export function buildSelfCheckReport(snapshot: SelfCheckSnapshot, options: BuildOptions): ReportModel {
	const language = options.language ?? 'ja';
	const ctx = buildContext(snapshot, language);
	const signed = snapshot.signoff !== null && snapshot.assessment.status === 'signed';
	const manifest = packageManifest(snapshot);
	const manifestSha256 = sha256HexSync(manifestJson(manifest));
	return {
		meta: {
			reportId: options.reportId,
			type: SELFCHECK_REPORT_TYPE,
			title: ctx.s.title,
			organisationName: organisationNameIn(snapshot, language),
			sectorName: sectorByCode(snapshot.organisation.sector).name[language],
			fiscalYearLabel: ctx.fyLabel,
			fiscalYearPeriod: fiscalYearPeriod(snapshot.assessment.fiscalYear, snapshot.organisation.fyStartMonth, language),
			status: signed ? 'signed' : 'draft',
			language,
			generatedAt: snapshot.generatedAt,
			snapshotSha256: options.snapshotSha256,
			manifestSha256
		},
		sections: [
			summarySection(ctx),
			coverageSection(ctx),
			yearOverYearSection(ctx),
			gapsSection(ctx),
			relyingRisksSection(ctx),
			notAdoptedSection(ctx),
			justificationsSection(ctx),
			detailSection(ctx),
			evidenceSection(ctx, manifest, manifestSha256),
			findingsSection(ctx),
			commentsSection(ctx),
			signoffSection(ctx)
		]
	};
}
