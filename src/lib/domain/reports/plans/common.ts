/** What the plan-area report types share: the organisation part of their snapshots and the cover facts. Pure. */
import { z } from 'zod';
import { sectorCodeSchema } from '../../checklists/schema';
import { fiscalYearOf } from '../../fiscal-year';
import { sectorByCode } from '../../sectors';
import { fiscalYearLabel, fiscalYearPeriod } from '../format';
import type { ReportLanguage, ReportMeta } from '../model';

export const id = z.string().min(1);
export const instant = z.iso.datetime({ offset: true });
export const localized = z.strictObject({ ja: z.string(), en: z.string() });

export const organisationPartSchema = z.strictObject({
	id,
	name: z.string().min(1),
	nameEn: z.string().optional(),
	sector: sectorCodeSchema,
	fyStartMonth: z.number().int().min(1).max(12)
});
export type OrganisationPart = z.infer<typeof organisationPartSchema>;

export function organisationName(org: OrganisationPart, language: ReportLanguage): string {
	return language === 'en' && org.nameEn ? org.nameEn : org.name;
}

/** The fiscal year an instant falls in, read in Japan time. */
export function fiscalYearAt(iso: string, startMonth: number): number {
	const jst = new Date(Date.parse(iso) + 9 * 3600_000);
	return fiscalYearOf(new Date(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate()), startMonth);
}

/** The cover facts every plan-area report shares. */
export function metaFor(
	org: OrganisationPart,
	fiscalYear: number,
	parts: Pick<
		ReportMeta,
		'reportId' | 'type' | 'title' | 'status' | 'language' | 'generatedAt' | 'snapshotSha256' | 'statusNotice' | 'statusLabel'
	>
): ReportMeta {
	return {
		...parts,
		organisationName: organisationName(org, parts.language),
		sectorName: sectorByCode(org.sector).name[parts.language],
		fiscalYearLabel: fiscalYearLabel(fiscalYear, parts.language),
		fiscalYearPeriod: fiscalYearPeriod(fiscalYear, org.fyStartMonth, parts.language)
	};
}
