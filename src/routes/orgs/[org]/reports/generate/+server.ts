/**
 * POST (JSON { assessment, language }) → a stream of JSON lines:
 * {"phase":"snapshot"} … {"phase":"render","fraction":0.4} … then
 * {"done":true,"reportId":…,"id":…} or {"error":…}. The PDF is rendered in a
 * worker thread, so other users' requests are served meanwhile.
 */
import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { generateSchema, generateSelfCheckReport } from '$lib/server/reports/generate';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.session.user) error(401, 'log in first');
	const m = messagesFor(locals.session.lang);
	const parsed = generateSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, m.errors.choose);
	const { assessment, language } = parsed.data;
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: object) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
			send({ phase: 'snapshot', fraction: 0 });
			try {
				const result = await generateSelfCheckReport(locals.session.pb, assessment, language, (p) =>
					send({ phase: p.phase, fraction: p.fraction })
				);
				send({ done: true, reportId: result.reportId, id: result.id, pages: result.pages });
			} catch (err) {
				console.error('[reports] export failed', err);
				send({ error: m.reports.failed });
			}
			controller.close();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
};
