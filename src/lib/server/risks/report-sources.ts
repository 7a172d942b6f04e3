/** Where the risk report's and the acceptance sheet's snapshots and subjects come from (registered in server/reports/sources.ts). */
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { riskReportKind } from '$lib/domain/reports/risk/kind';
import { acceptanceSheetKind, type SheetSnapshot } from '$lib/domain/reports/risk/sheet';
import type { RiskSnapshot } from '$lib/domain/reports/risk/snapshot';
import { fiscalYearInJapan, validThrough } from '$lib/domain/risks/dates';
import { messagesFor } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { now as serverNow } from '$lib/server/clock';
import type { ReportSource } from '$lib/server/reports/sources';
import type { OrganisationRecord } from '$lib/server/records';
import type { AcceptanceRecord, RiskRecord } from './records';
import { loadRiskSnapshot, loadSheetSnapshot } from './report-snapshot';

export const riskReportSource: ReportSource<RiskSnapshot> = {
	kind: riskReportKind,
	load: loadRiskSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		const [org, now] = await Promise.all([pb.collection('organisations').getOne<OrganisationRecord>(organisationId), serverNow()]);
		const fy = fiscalYearInJapan(now, org.fy_start_month);
		return [{ id: org.id, label: m.riskReports.subject(fiscalYearLabel(fy, language)), fiscalYear: fy, status: 'draft' }];
	}
};

export const acceptanceSheetSource: ReportSource<SheetSnapshot> = {
	kind: acceptanceSheetKind,
	load: loadSheetSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		const filter = pb.filter('organisation = {:org} && content_sha256 != ""', { org: organisationId });
		const [org, accepted, risks] = await Promise.all([
			pb.collection('organisations').getOne<OrganisationRecord>(organisationId),
			pb
				.collection('risk_acceptances')
				.getFullList<AcceptanceRecord>({ filter, sort: '-signed_at', fields: 'id,risk,expires_at,signed_at' }),
			pb
				.collection('risks')
				.getFullList<RiskRecord>({ filter: pb.filter('organisation = {:org}', { org: organisationId }), fields: 'id,ref,title' })
		]);
		const byId = new Map(risks.map((r) => [r.id, r]));
		return accepted.map((a) => {
			const risk = byId.get(a.risk);
			const fy = fiscalYearInJapan(a.signed_at, org.fy_start_month);
			return {
				id: a.id,
				label: m.riskReports.sheetSubject(risk ? `${risk.ref} ${risk.title}` : a.risk, formatDate(validThrough(a.expires_at), language)),
				fiscalYear: fy,
				status: 'signed' as const
			};
		});
	}
};
