/**
 * GET ?lang=ja|en → the audit package of one self-check as a ZIP, streamed
 * with its length known up front (the browser shows progress). The report
 * is made and registered first; a client that leaves stops the stream.
 */
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { REPORT_LANGUAGES } from '$lib/domain/reports/model';
import { messagesFor } from '$lib/i18n';
import { disposition } from '$lib/server/evidence/download';
import { auditPackage } from '$lib/server/evidence/package';
import { statusOf } from '$lib/server/pocketbase';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import type { RequestHandler } from './$types';

const query = z.object({ assessment: z.string().regex(/^[a-z0-9]{15}$/), lang: z.enum(REPORT_LANGUAGES).default('ja') });

export const GET: RequestHandler = async ({ locals, params, url, request }) => {
	if (!locals.session.user) error(401, 'log in first');
	const m = messagesFor(locals.session.lang);
	const parsed = query.safeParse({ assessment: params.assessment, lang: url.searchParams.get('lang') ?? undefined });
	if (!parsed.success) error(400, m.errors.choose);
	const { pb } = locals.session;
	let assessment: AssessmentRecord;
	try {
		assessment = await pb.collection('assessments').getOne<AssessmentRecord>(parsed.data.assessment);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'self-check not found');
	}
	if (assessment.organisation !== params.org) error(404, 'self-check not found');
	let made;
	try {
		made = await auditPackage(pb, assessment.id, parsed.data.lang, request.signal);
	} catch (err) {
		console.error('[evidence] audit package failed', err);
		error(500, m.auditPackage.failed);
	}
	made.stream.on('error', (err) => console.error('[evidence] audit package stream ended early', err.message));
	return new Response(Readable.toWeb(made.stream) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': 'application/zip',
			...(made.size >= 0 ? { 'content-length': String(made.size) } : {}),
			'content-disposition': disposition('attachment', made.fileName),
			'cache-control': 'no-store',
			'x-mamori-report-id': made.reportId
		}
	});
};
