/**
 * GET /health → { status, pdfWorker: { state, error? } }: for whoever runs
 * mamori (a load balancer, a deployment check). The PDF worker is started at
 * server start (hooks.server.ts); `ready` means it rendered its warm-up page.
 * Public, and reveals nothing but that.
 */
import { json } from '@sveltejs/kit';
import { pdfWorkerState } from '$lib/server/reports/render';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	const pdfWorker = pdfWorkerState();
	return json({ status: pdfWorker.state === 'failed' ? 'degraded' : 'ok', pdfWorker }, { headers: { 'cache-control': 'no-store' } });
};
