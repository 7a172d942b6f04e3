/**
 * The risk-acceptance sheet: one approved acceptance on one page, exactly as
 * frozen at approval, with the approval (signer, time, SHA-256) and a line
 * for a handwritten signature, for the executive's signature file. Its own
 * small snapshot (server/risks/report-snapshot.ts). Pure.
 */
import { z } from 'zod';
import { operatorClassSchema, sectorCodeSchema } from '../../checklists/schema';
import { ACCEPTANCE_STATUSES, acceptanceSnapshotSchema } from '../../risks/acceptance';
import { say } from '../../risks/criteria';
import { validThrough } from '../../risks/dates';
import { RISK_CATEGORY_NAMES, threatLabel, type RiskCategory } from '../../risks/threat-catalogue';
import { sectorByCode } from '../../sectors';
import { ANSWER_STATUS_LABELS, type AnswerStatus } from '../../selfcheck/answers';
import { fiscalYearLabel, fiscalYearPeriod, formatDate, formatDateTime } from '../format';
import { REPORT_TYPE_TITLES, type BuildOptions, type ReportKind } from '../kinds';
import type { Block, ReportLanguage, ReportModel, RichText, Section } from '../model';
import { RISK_REPORT_STRINGS } from './i18n';

const instant = z.iso.datetime({ offset: true });

export const sheetSnapshotSchema = z.strictObject({
	schemaVersion: z.literal(1),
	organisation: z.strictObject({
		id: z.string().min(1),
		name: z.string().min(1),
		nameEn: z.string().optional(),
		sector: sectorCodeSchema,
		operatorClass: operatorClassSchema,
		fyStartMonth: z.number().int().min(1).max(12)
	}),
	/** The fiscal year of the approval. */
	fiscalYear: z.number().int().min(2000).max(2100),
	acceptance: z.strictObject({
		id: z.string().min(1),
		/** As of generatedAt. */
		status: z.enum(ACCEPTANCE_STATUSES),
		requestedAt: instant,
		approval: z.strictObject({ signerName: z.string(), signedAt: instant, statement: z.string(), contentSha256: z.string() }),
		revocation: z.strictObject({ by: z.string(), at: instant, reason: z.string() }).nullable(),
		snapshot: acceptanceSnapshotSchema
	}),
	generatedAt: instant
});
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema>;

export function parseSheetSnapshot(input: unknown): SheetSnapshot {
	const result = sheetSnapshotSchema.safeParse(input);
	if (result.success) return result.data;
	const lines = result.error.issues.slice(0, 20).map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	throw new Error(`invalid acceptance sheet snapshot:\n${lines.join('\n')}`);
}

function section(sheet: SheetSnapshot, lang: ReportLanguage): Section {
	const s = RISK_REPORT_STRINGS[lang];
	const a = sheet.acceptance;
	const snap = a.snapshot;
	const r = snap.risk;
	const levels: RichText = (['inherent', 'current', 'target'] as const).flatMap((stage, k) => {
		const level = snap.levels[stage];
		return [
			{ text: `${k ? '\n' : ''}${s.stages[stage]}: ` },
			{ text: level ? `${say(level.label, lang)} (${level.likelihood}×${level.impact})` : '—', bold: true }
		];
	});
	const controls: RichText = [
		...(r.controls ? [{ text: `${r.controls}\n` }] : []),
		...(snap.controls.length
			? snap.controls.flatMap((c, k) => {
					const status = c.status === 'not_in_selfcheck' ? s.notInSelfcheck : ANSWER_STATUS_LABELS[c.status as AnswerStatus][lang];
					return [
						{ text: `${k ? '\n' : ''}${c.key.split(':')[1]} ${c.title}: ` },
						{ text: status, bold: true, tone: c.status === 'not_implemented' ? ('danger' as const) : undefined }
					];
				})
			: [{ text: s.noItems }])
	];
	const note = a.status === 'signed' || a.status === 'expired' || a.status === 'revoked' ? s.sheet.statusNote[a.status] : '';
	const blocks: Block[] = [
		{ kind: 'paragraph', variant: 'lead', text: s.sheet.lead },
		{
			kind: 'keyValue',
			keyWidth: 120,
			rows: [
				{ key: s.sheet.rows.risk, value: [{ text: `${r.ref} ${r.title}`, bold: true }] },
				{
					key: s.sheet.rows.category,
					value: `${RISK_CATEGORY_NAMES[r.category as RiskCategory]?.[lang] ?? r.category}${r.threat ? ` · ${threatLabel(r.threat, lang)}` : ''}`
				},
				{ key: s.sheet.rows.scenario, value: r.scenario || '—' },
				{ key: s.sheet.rows.concerns, value: [...r.services, ...r.systems, ...r.dependencies].join('、') || '—' },
				{ key: s.sheet.rows.owner, value: r.owner },
				{ key: s.sheet.rows.levels, value: levels },
				{ key: s.sheet.rows.controls, value: controls },
				{
					key: s.sheet.rows.treatment,
					value: `${r.treatment ? s.treatments[r.treatment as keyof typeof s.treatments] : s.treatments.none}${r.treatmentPlan ? `\n${r.treatmentPlan}` : ''}`
				},
				{ key: s.sheet.rows.justification, value: snap.justification },
				{
					key: s.sheet.rows.validThrough,
					value: formatDate(validThrough(snap.expiresAt), lang),
					tone: a.status === 'expired' ? 'danger' : undefined
				},
				{ key: s.sheet.rows.requested, value: `${snap.requestedBy} · ${formatDateTime(a.requestedAt, lang)}` },
				{
					key: s.sheet.rows.status,
					value: `${s.acceptanceStatuses[a.status]}${note ? ` — ${note}` : ''}`,
					tone: a.status === 'signed' ? 'success' : 'danger'
				}
			]
		},
		{ kind: 'heading', level: 3, text: s.sheet.approval, keepWithNext: true },
		{
			kind: 'keyValue',
			keyWidth: 120,
			rows: [
				{ key: s.sheet.approvalRows.by, value: [{ text: a.approval.signerName, bold: true }] },
				{ key: s.sheet.approvalRows.at, value: formatDateTime(a.approval.signedAt, lang) },
				...(a.approval.statement ? [{ key: s.sheet.approvalRows.statement, value: a.approval.statement }] : []),
				{ key: s.sheet.approvalRows.hash, value: [{ text: a.approval.contentSha256, small: true }] }
			]
		},
		...(a.revocation
			? [
					{
						kind: 'callout' as const,
						tone: 'danger' as const,
						text: `${s.acceptanceStatuses.revoked}: ${a.revocation.by} · ${formatDateTime(a.revocation.at, lang)} · ${a.revocation.reason}`
					}
				]
			: []),
		{ kind: 'paragraph', variant: 'muted', text: `${s.sheet.signatureLine}: ______________________________ ${s.sheet.signatureHint}` }
	];
	return { id: 'acceptance', title: `${s.sheetTitle}: ${r.ref} ${r.title}`, blocks };
}

export function buildAcceptanceSheet(sheet: SheetSnapshot, options: BuildOptions): ReportModel {
	const lang = options.language;
	const s = RISK_REPORT_STRINGS[lang];
	return {
		meta: {
			reportId: options.reportId,
			type: 'acceptance',
			title: s.sheetTitle,
			organisationName: lang === 'en' && sheet.organisation.nameEn ? sheet.organisation.nameEn : sheet.organisation.name,
			sectorName: sectorByCode(sheet.organisation.sector).name[lang],
			fiscalYearLabel: fiscalYearLabel(sheet.fiscalYear, lang),
			fiscalYearPeriod: fiscalYearPeriod(sheet.fiscalYear, sheet.organisation.fyStartMonth, lang),
			status: 'signed',
			language: lang,
			generatedAt: sheet.generatedAt,
			snapshotSha256: options.snapshotSha256
		},
		sections: [section(sheet, lang)]
	};
}

export const acceptanceSheetKind: ReportKind<SheetSnapshot> = {
	type: 'acceptance',
	title: REPORT_TYPE_TITLES.acceptance,
	parse: parseSheetSnapshot,
	subject: (sheet) => ({
		organisationId: sheet.organisation.id,
		organisationName: sheet.organisation.name,
		subjectId: sheet.acceptance.id,
		fiscalYear: sheet.fiscalYear,
		status: 'signed'
	}),
	build: buildAcceptanceSheet
};
