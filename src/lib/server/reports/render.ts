/**
 * PDF rendering on the server (pdfmake 0.3 + Noto Sans JP).
 *
 * - `renderInWorker(spec, onProgress)`: what the web app and the CLI use. The
 *   layout and rendering (hundreds of ms to seconds for a large report) run
 *   in a worker thread, so the server's event loop keeps serving requests.
 *   One worker is started lazily, reused for later reports (pdfmake and the
 *   fonts stay loaded), runs one job at a time (2-core machines) and exits
 *   after a minute idle. It never keeps the process alive on its own.
 * - `renderInProcess(spec)`: the same rendering in the calling thread (tests,
 *   benchmark baseline). Blocks the event loop while it runs. It loads the
 *   engine when first called, so the web server's main thread never does.
 *
 * Determinism: the PDF's CreationDate and ModDate come from the spec
 * (`info.createdAt` = the model's generatedAt), and pdfkit derives the
 * trailer /ID from an MD5 of the info dictionary, so the same spec yields
 * byte-identical PDFs. Font subset tags are derived from the font's object
 * id, not random.
 */
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '$lib/domain/reports/model';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import type { PdfRenderSpec } from '$lib/domain/reports/pdf/types';
import { reportFontFiles } from './fonts';
import { pdfWorkerUrl } from './worker-url';

export interface RenderProgress {
	phase: 'layout' | 'render' | 'output' | 'done';
	/** 0..1 over the whole job. */
	fraction: number;
}
export type ProgressListener = (progress: RenderProgress) => void;

export interface RenderStats {
	renderMs: number;
	/** Heap of the thread that rendered (the worker's own isolate in renderInWorker). */
	heapUsedBytes: number;
	heapPeakBytes: number;
	/** process.resourceUsage().maxRSS in KiB, seen from the rendering thread (process-wide). */
	maxRssKb: number;
	pages: number;
}

export interface RenderResult {
	pdf: Uint8Array;
	stats: RenderStats;
}

export interface InProcessOptions {
	/** Text nodes per part of a long document (pdf-parts.js); Infinity renders in one pass. */
	partTextNodes?: number;
}

export async function renderInProcess(
	spec: PdfRenderSpec,
	onProgress?: ProgressListener,
	options: InProcessOptions = {}
): Promise<RenderResult> {
	// loaded here only: a process that renders in the worker never loads pdfmake, fontkit and
	// their Unicode tables into its main thread (~0.4 s at start, ~20–40 MB)
	const { renderSpec } = await import('./pdf-engine.js');
	const { pdf, stats } = await renderSpec(spec, reportFontFiles(), onProgress, false, options);
	onProgress?.({ phase: 'done', fraction: 1 });
	return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.length), stats };
}

/* ---------- the worker ---------- */

type WorkerReply =
	| { id: number; type: 'progress'; progress: RenderProgress }
	| { id: number; type: 'done'; pdf: Uint8Array; stats: RenderStats }
	| { id: number; type: 'error'; message: string; stack?: string };

interface Job {
	id: number;
	/** Dropped once posted to the worker, so the main thread does not keep it alive. */
	spec: PdfRenderSpec | null;
	onProgress?: ProgressListener;
	resolve: (result: RenderResult) => void;
	reject: (error: Error) => void;
	timeoutMs: number;
	timer?: NodeJS.Timeout;
	/** The worker running the job. */
	worker?: Worker;
}

export interface WorkerOptions {
	/** Give up (and restart the worker) after this long. Default 120 s. */
	timeoutMs?: number;
}

const IDLE_MS = 60_000;
/** A runaway report kills the worker, not the web server. */
const WORKER_HEAP_LIMIT_MB = 1024;
/**
 * A smaller young generation than V8's default keeps the worker's resident
 * memory down (the layout allocates many short-lived objects and V8 otherwise
 * lets the nursery grow further): with 24 MB a 600-item report peaks at
 * ~255 MB RSS (process incl. worker) instead of ~280 MB, at no measurable
 * cost in time; 8 MB saves a little more but costs ~15 % in time
 * (bench/README.md).
 */
const WORKER_YOUNG_GENERATION_MB = 24;

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let running: Job | null = null;
const queue: Job[] = [];
let nextId = 1;

function startWorker(): Worker {
	const w = new Worker(pdfWorkerUrl(), {
		workerData: { mamoriPdfWorker: 1, fonts: reportFontFiles() },
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
		stdout: false,
		stderr: false
	});
	w.on('message', (reply: unknown) => onReply(reply));
	w.on('error', (error) => failWorker(w, error));
	w.on('exit', (code) => failWorker(w, new Error(`PDF worker exited with code ${code}`)));
	return w;
}

/** The worker died, errored or timed out: drop it and fail the job it was running. */
function failWorker(w: Worker, error: Error): void {
	if (worker === w) worker = null;
	w.terminate().catch(() => undefined);
	const job = running;
	if (job && job.worker === w) {
		running = null;
		clearTimeout(job.timer);
		job.reject(error);
		pump();
	}
}

/** A progress listener that throws (say, writing to a stream whose client went away) must not take the process down. */
function tellProgress(job: Job, progress: RenderProgress): void {
	try {
		job.onProgress?.(progress);
	} catch (error) {
		job.onProgress = undefined; // told once; the render goes on without it
		console.warn('[reports] a progress listener failed; the render goes on without it:', error instanceof Error ? error.message : error);
	}
}

function isReply(value: unknown): value is WorkerReply {
	const r = value as Partial<WorkerReply> | null;
	return !!r && typeof r === 'object' && typeof r.id === 'number' && (r.type === 'progress' || r.type === 'done' || r.type === 'error');
}

function onReply(reply: unknown): void {
	const job = running;
	// Runs in the worker's 'message' event: anything thrown here would reach the top of the process.
	if (!isReply(reply)) {
		console.error('[reports] the PDF worker sent an unexpected message', reply);
		return;
	}
	if (!job || job.id !== reply.id) return;
	if (reply.type === 'progress') {
		tellProgress(job, reply.progress);
		return;
	}
	clearTimeout(job.timer);
	running = null;
	if (reply.type === 'done') {
		tellProgress(job, { phase: 'done', fraction: 1 });
		job.resolve({ pdf: reply.pdf, stats: reply.stats });
	} else {
		const error = new Error(`PDF rendering failed: ${reply.message}`);
		if (reply.stack) error.stack = reply.stack;
		job.reject(error);
	}
	pump();
}

function pump(): void {
	if (running) return;
	const job = queue.shift();
	if (!job) {
		worker?.unref();
		if (worker && !idleTimer) idleTimer = setTimeout(() => void shutdownPdfWorker().catch(() => undefined), IDLE_MS).unref();
		return;
	}
	if (idleTimer) {
		clearTimeout(idleTimer);
		idleTimer = null;
	}
	try {
		worker ??= startWorker();
	} catch (error) {
		// e.g. the worker file is missing: this job fails, the process goes on
		job.reject(error instanceof Error ? error : new Error(String(error)));
		pump();
		return;
	}
	worker.ref();
	running = job;
	const w = worker;
	job.worker = w;
	job.timer = setTimeout(() => {
		if (running === job) failWorker(w, new Error(`PDF rendering timed out after ${job.timeoutMs} ms`));
	}, job.timeoutMs);
	try {
		w.postMessage({ id: job.id, spec: job.spec });
	} catch (error) {
		// e.g. a function in the document: it cannot be cloned to the worker
		clearTimeout(job.timer);
		running = null;
		job.reject(error instanceof Error ? error : new Error(String(error)));
		pump();
		return;
	} finally {
		job.spec = null;
	}
}

/**
 * Renders in the PDF worker thread. Jobs queue up and run one at a time.
 * `onProgress` gets fractions 0..1 (layout, render, output, done).
 */
export function renderInWorker(spec: PdfRenderSpec, onProgress?: ProgressListener, options: WorkerOptions = {}): Promise<RenderResult> {
	return new Promise<RenderResult>((resolve, reject) => {
		queue.push({ id: nextId++, spec, onProgress, resolve, reject, timeoutMs: options.timeoutMs ?? 120_000 });
		pump();
	});
}

/**
 * Starts the worker and renders a one-page Japanese document in it, so that
 * the first real export does not pay for loading pdfmake, parsing the fonts
 * and compiling the layout code (about 1–3 s on a 2-core machine). Call it
 * once at server start; it is cheap to call again.
 */
export async function warmUpPdfWorker(): Promise<void> {
	warmUp = { state: 'starting' };
	try {
		await renderInWorker(reportToPdfSpec(WARM_UP_MODEL));
		warmUp = { state: 'ready' };
	} catch (error) {
		warmUp = { state: 'failed', error: error instanceof Error ? error.message : String(error) };
		throw error;
	}
}

export interface PdfWorkerState {
	state: 'not started' | 'starting' | 'ready' | 'failed';
	error?: string;
}

let warmUp: PdfWorkerState = { state: 'not started' };

/** How the start-up render went (GET /health shows it). */
export function pdfWorkerState(): PdfWorkerState {
	return warmUp;
}

const WARM_UP_MODEL: ReportModel = {
	meta: {
		reportId: 'MR-2000-AAAAAAAA',
		type: 'warm-up',
		title: '準備 Warm-up',
		organisationName: '—',
		sectorName: '—',
		fiscalYearLabel: '2000年度',
		status: 'draft',
		language: 'ja',
		generatedAt: '2000-01-01T00:00:00Z',
		snapshotSha256: '0'.repeat(64)
	},
	sections: [
		{
			id: 'warm-up',
			title: '準備',
			blocks: [
				{ kind: 'markdown', source: '**日本語**の文章とEnglish text、`code`。\n\n- 箇条書き' },
				{ kind: 'table', header: ['ID', '状態'], rows: [['GOV-01', { text: '実施', tone: 'success' }]] },
				{ kind: 'barChart', title: '達成率', categories: ['組織統治'], series: [{ name: '要検討事項', color: '#1f3a5f', values: [0.5] }] }
			]
		}
	]
};

/** Stops the worker (graceful shutdown, tests). Pending jobs are rejected. */
export async function shutdownPdfWorker(): Promise<void> {
	if (idleTimer) {
		clearTimeout(idleTimer);
		idleTimer = null;
	}
	for (const job of queue.splice(0)) job.reject(new Error('PDF worker shut down'));
	const w = worker;
	worker = null;
	if (running) {
		clearTimeout(running.timer);
		running.reject(new Error('PDF worker shut down'));
		running = null;
	}
	if (w) await w.terminate();
}
