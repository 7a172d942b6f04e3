/**
 * POST (JSON { type, subject, language }) → a stream of JSON lines:
 * {"phase":"snapshot"} … {"phase":"render","fraction":0.4} … then
 * {"done":true,"reportId":…,"id":…} or {"error":…}. The PDF is rendered in a
 * worker thread, so other users' requests are served meanwhile. A client
 * that goes away (reload, leaving the page) does not stop the export: it
 * finishes and is registered quietly, and nothing more is written to the
 * closed stream.
 */
import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { generateReport, generateSchema } from '$lib/server/reports/generate';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.session.user) error(401, 'log in first');
	const m = messagesFor(locals.session.lang);
	const parsed = generateSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, m.errors.choose);
	const { type, subject, language } = parsed.data;
	const encoder = new TextEncoder();
	let open = true;
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: object) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
				} catch {
					open = false; // the client went away between our check and the write
				}
			};
			send({ phase: 'snapshot', fraction: 0 });
			try {
				const result = await generateReport(locals.session.pb, {
					type,
					subjectId: subject,
					language,
					onProgress: (p) => send({ phase: p.phase, fraction: p.fraction })
				});
				send({ done: true, reportId: result.reportId, id: result.id, pages: result.pages });
			} catch (err) {
				console.error('[reports] export failed', err);
				send({ error: m.reports.failed });
			}
			if (open) {
				open = false;
				try {
					controller.close();
				} catch {
					// already closed by a cancelled client
				}
			}
		},
		cancel() {
			open = false;
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
};
