/**
 * The audit trail as XLSX or CSV, filtered exactly as the audit page (same
 * query string) and described as the page describes it (record labels,
 * field labels, values in the chosen language, what a view entry viewed).
 */
import { error } from '@sveltejs/kit';
import { auditSheet, auditSheetRows, type DescribedAuditEntry } from '$lib/domain/exports/audit-sheet';
import { buildSheet } from '$lib/domain/exports/sheet';
import { messagesFor } from '$lib/i18n';
import { describeEntries } from '$lib/server/audit/describe';
import { AUDIT_SORT, auditFilterExpression, auditFilters } from '$lib/server/audit/filter';
import { now } from '$lib/server/clock';
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import type { AuditEntryRecord } from '$lib/server/records';
import type { RequestHandler } from './$types';

/** More rows than this are refused with a request to narrow the filters. */
const MAX_AUDIT_ROWS = 100_000;
/** Entries described per round of reads (describeEntries batches its look-ups per call). */
const DESCRIBE_PAGE = 500;

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { pb } = locals.session;
	const access = await orgAccess(locals.session, params.org);
	const ui = messagesFor(locals.session.lang);
	if (!access.can('readAudit')) error(403, ui.exports.errors.auditNotAllowed);
	const { format, lang } = sheetRequest(url);
	const filter = auditFilterExpression(pb, params.org, auditFilters(url.searchParams));
	const head = await pb.collection('audit_log').getList(1, 1, { filter, fields: 'id' });
	if (head.totalItems > MAX_AUDIT_ROWS) error(413, ui.exports.errors.tooManyAudit(head.totalItems, MAX_AUDIT_ROWS));
	const entries = await pb.collection('audit_log').getFullList<AuditEntryRecord>({ filter, sort: AUDIT_SORT, batch: 1000 });
	const described: DescribedAuditEntry[] = [];
	for (let i = 0; i < entries.length; i += DESCRIBE_PAGE) {
		const page = entries.slice(i, i + DESCRIBE_PAGE);
		const descriptions = await describeEntries(pb, params.org, page, lang);
		page.forEach((entry, j) => described.push({ ...entry, ...descriptions[j] }));
	}
	const actions = messagesFor(lang).audit.actions;
	const rows = auditSheetRows(described, (a) => actions[a], lang);
	const day = (await now()).toISOString().slice(0, 10);
	return sheetDownload(
		[buildSheet(auditSheet, rows, lang)],
		format,
		`${lang === 'ja' ? '監査証跡' : 'audit-trail'}-${day}`,
		`audit-trail-${day}`
	);
};
