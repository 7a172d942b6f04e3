/** Where the self-check report's snapshot and subjects come from (see sources.ts). */
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { selfCheckReportKind } from '$lib/domain/reports/selfcheck/kind';
import type { SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import { messagesFor } from '$lib/i18n';
import { assessmentHeads } from './assessment-heads';
import { loadSelfCheckSnapshot } from './selfcheck-snapshot';
import type { ReportSource } from './sources';

export const selfCheckReportSource: ReportSource<SelfCheckSnapshot> = {
	kind: selfCheckReportKind,
	load: loadSelfCheckSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		const assessments = await assessmentHeads(pb, organisationId);
		return assessments.map((a) => {
			const status = a.status === 'signed' ? 'signed' : 'draft';
			return {
				id: a.id,
				label: `${fiscalYearLabel(a.fiscal_year, language)} · ${m.selfcheck.revision(a.revision)} · ${m.reports.statuses[status]}`,
				fiscalYear: a.fiscal_year,
				status,
				revision: a.revision
			};
		});
	}
};
