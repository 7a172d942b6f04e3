/**
 * Report engine benchmark (npm run bench; not part of npm test). See bench/README.md.
 *
 * 1. Export path (snapshot → validate/hash → model → doc definition → PDF in
 *    the worker → PDF hash) vs rendering the identical doc definition directly
 *    in-process; medians of RUNS runs after a warm-up. Goals: ≤ 1.25×, < 2 s.
 * 2. The same report with 4× the content (2,400 items) vs 1× (600): ≤ 4.4×.
 * 3. Peak RSS of a fresh process (server-like: worker warmed up, then two
 *    exports), process-wide maxRSS incl. the worker thread: ≤ 300 MB. Run
 *    on plain Node from a Vite bundle (as the built app runs) and, for
 *    comparison, under tsx.
 *
 * Half of the 1× rounds run before the 4× block and half after it, so that
 * a change in the load from other processes on the machine hits both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportToPdfSpec } from '../src/lib/domain/reports/pdf/document';
import { sha256Hex, snapshotSha256 } from '../src/lib/domain/reports/integrity';
import { buildSelfCheckReport } from '../src/lib/domain/reports/selfcheck/build';
import { syntheticSnapshot } from '../src/lib/domain/reports/selfcheck/synthetic';
import { exportSelfCheckReport } from '../src/lib/server/reports/export-selfcheck';
import { renderInProcess, shutdownPdfWorker, warmUpPdfWorker } from '../src/lib/server/reports/render';
import { machine, mb, median, round, table, timed, withLoopProbe } from './support';

const RUNS = 8;
const RUNS_4X = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_ID = 'MR-2026-BENCHAAA';

const snapshot1x = () => syntheticSnapshot({ items: 600, sections: 12, unansweredRate: 0 });
const snapshot4x = () => syntheticSnapshot({ items: 2400, sections: 48, unansweredRate: 0 });

/** Child process: what a server process peaks at while exporting this report. */
async function probeRss(items: number): Promise<void> {
	const snap = items === 600 ? snapshot1x() : snapshot4x();
	await warmUpPdfWorker();
	let worker = { heapPeakBytes: 0, heapUsedBytes: 0, maxRssKb: 0, pages: 0 };
	for (let i = 0; i < 2; i++) {
		const out = await exportSelfCheckReport(snap, { reportId: REPORT_ID });
		worker = {
			heapPeakBytes: Math.max(worker.heapPeakBytes, out.stats.heapPeakBytes),
			heapUsedBytes: out.stats.heapUsedBytes,
			maxRssKb: out.stats.maxRssKb,
			pages: out.stats.pages
		};
	}
	await shutdownPdfWorker();
	const usage = process.resourceUsage();
	process.stdout.write(
		JSON.stringify({
			items,
			processMaxRssMb: round(usage.maxRSS / 1024, 1),
			workerSeenMaxRssMb: round(worker.maxRssKb / 1024, 1),
			workerHeapPeakMb: mb(worker.heapPeakBytes),
			mainHeapUsedMb: mb(process.memoryUsage().heapUsed),
			pages: worker.pages
		})
	);
}

function runProbe(items: number, bundle?: { entry: string; workerPath: string }): Record<string, number> {
	const args = bundle ? [bundle.entry] : [...process.execArgv, fileURLToPath(import.meta.url)];
	const env = bundle ? { ...process.env, MAMORI_PDF_WORKER: bundle.workerPath } : process.env;
	const child = spawnSync(process.execPath, [...args, '--probe-rss', String(items)], {
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024,
		env
	});
	if (child.status !== 0) throw new Error(`RSS probe for ${items} items failed:\n${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

async function main(): Promise<void> {
	const started = new Date();
	const info = machine();
	console.log(`mamori report benchmark — ${info.nproc} × ${info.cpu}, Node ${info.node}, load ${info.loadAverage.join(' ')}`);

	const snap1 = snapshot1x();
	const snap4 = snapshot4x();
	// The identical doc definition the export path renders (same report ID and snapshot).
	const spec1 = reportToPdfSpec(buildSelfCheckReport(snap1, { reportId: REPORT_ID, snapshotSha256: await snapshotSha256(snap1) }));
	const exportOnce = (snap: typeof snap1) => exportSelfCheckReport(snap, { reportId: REPORT_ID });

	console.log('warming up…');
	await warmUpPdfWorker();
	for (let i = 0; i < 2; i++) {
		await exportOnce(snap1);
		await renderInProcess(spec1);
	}

	const exportMs: number[] = [];
	const directMs: number[] = [];
	const steps = { prepareMs: [] as number[], buildMs: [] as number[], renderMs: [] as number[], hashMs: [] as number[] };
	const loopGaps = { export: [] as number[], direct: [] as number[] };
	let pdfSha = '';
	let directSha = '';
	let pages = 0;
	let bytes = 0;
	const oneXRound = async (label: string): Promise<void> => {
		const e = await withLoopProbe(() => exportOnce(snap1));
		loopGaps.export.push(e.maxGapMs);
		exportMs.push(e.ms);
		for (const k of Object.keys(steps) as (keyof typeof steps)[]) steps[k].push(e.value.timings[k]);
		const d = await withLoopProbe(() => renderInProcess(spec1));
		loopGaps.direct.push(d.maxGapMs);
		directMs.push(d.ms);
		pdfSha = e.value.record.pdfSha256;
		directSha = await sha256Hex(d.value.pdf);
		pages = e.value.stats.pages;
		bytes = e.value.pdf.length;
		console.log(`  ${label}: 1× export ${Math.round(e.ms)} ms, 1× direct ${Math.round(d.ms)} ms`);
	};
	// 1× rounds before and after the 4× block, so that a change in the machine's load during the run hits both.
	for (let i = 0; i < RUNS / 2; i++) await oneXRound(`round ${i + 1}`);
	console.log('4× content…');
	await exportOnce(snap4);
	const export4Ms: number[] = [];
	let pages4 = 0;
	for (let i = 0; i < RUNS_4X; i++) {
		const e = await timed(() => exportOnce(snap4));
		export4Ms.push(e.ms);
		pages4 = e.value.stats.pages;
		console.log(`  4× run ${i + 1}: export ${Math.round(e.ms)} ms`);
	}
	// The first small job after a big one pays for the worker's heap shrinking: warm up again.
	await exportOnce(snap1);
	for (let i = RUNS / 2; i < RUNS; i++) await oneXRound(`round ${i + 1}`);
	if (pdfSha !== directSha) throw new Error('export path and direct rendering gave different PDFs: the comparison is not like for like');

	await shutdownPdfWorker();

	console.log('peak RSS (fresh processes)…');
	const { buildProbe } = await import('./probe-build'); // not loaded by the probes themselves
	const bundle = await buildProbe(root);
	const rss1 = runProbe(600, bundle);
	const rss4 = runProbe(2400, bundle);
	const rss1Tsx = runProbe(600);
	const rss4Tsx = runProbe(2400);

	const m1 = median(exportMs);
	const d1 = median(directMs);
	const m4 = median(export4Ms);
	const results = {
		startedAt: started.toISOString(),
		machine: { ...info, loadAverageAtEnd: machine().loadAverage },
		report: { items: 600, sections: 12, pages, bytes, pdfSha256: pdfSha, items4x: 2400, sections4x: 48, pages4x: pages4 },
		runs: {
			oneX: RUNS,
			fourX: RUNS_4X,
			exportMs: exportMs.map((v) => round(v)),
			directMs: directMs.map((v) => round(v)),
			export4xMs: export4Ms.map((v) => round(v))
		},
		exportSteps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, round(median(v))])),
		eventLoopLongestGapMs: { duringExport: round(median(loopGaps.export)), duringDirect: round(median(loopGaps.direct)) },
		medians: { exportMs: round(m1), directMs: round(d1), export4xMs: round(m4) },
		ratios: { exportVsDirect: round(m1 / d1, 3), fourXVsOneX: round(m4 / m1, 3) },
		rss: {
			note: 'plain Node running a Vite bundle (as the built app); tsx adds its loader thread',
			oneX: rss1,
			fourX: rss4,
			oneXUnderTsx: rss1Tsx,
			fourXUnderTsx: rss4Tsx
		},
		goals: {
			exportVsDirectMax: 1.25,
			exportMsMax: 2000,
			fourXMax: 4.4,
			rssMbMax: 300,
			pass: {
				exportVsDirect: m1 / d1 <= 1.25,
				exportUnder2s: m1 < 2000,
				fourX: m4 / m1 <= 4.4,
				rss1x: (rss1.processMaxRssMb ?? Infinity) <= 300,
				rss4x: (rss4.processMaxRssMb ?? Infinity) <= 300
			}
		}
	};
	const dir = path.join(root, 'bench', 'results');
	mkdirSync(dir, { recursive: true });
	const json = `${JSON.stringify(results, null, 2)}\n`;
	writeFileSync(path.join(dir, `${started.toISOString().replace(/[:.]/g, '-')}.json`), json);
	writeFileSync(path.join(dir, 'latest.json'), json);

	const ok = (b: boolean): string => (b ? 'yes' : 'NO');
	console.log(
		`\n${table(
			['measure', 'value', 'goal', 'met'],
			[
				['1× export path, median ms', round(m1), '< 2000', ok(results.goals.pass.exportUnder2s)],
				['1× direct in-process, median ms', round(d1), '', ''],
				['export ÷ direct', round(m1 / d1, 3), '≤ 1.25', ok(results.goals.pass.exportVsDirect)],
				['4× export path, median ms', round(m4), '', ''],
				['4× ÷ 1×', round(m4 / m1, 3), '≤ 4.4', ok(results.goals.pass.fourX)],
				['peak RSS 1× (process + worker), MB', rss1.processMaxRssMb, '≤ 300', ok(results.goals.pass.rss1x)],
				['peak RSS 4× (process + worker), MB', rss4.processMaxRssMb, '(≤ 300)', ok(results.goals.pass.rss4x)],
				['peak RSS 1× / 4× under tsx, MB', `${rss1Tsx.processMaxRssMb} / ${rss4Tsx.processMaxRssMb}`, '', ''],
				[
					'event loop blocked (longest gap), export / direct, ms',
					`${results.eventLoopLongestGapMs.duringExport} / ${results.eventLoopLongestGapMs.duringDirect}`,
					'',
					''
				]
			]
		)}\n\n${pages} pages (1×), ${pages4} pages (4×); results in bench/results/latest.json`
	);
}

/**
 * Child process: one export of the report, written to a file (bench/peers.ts
 * times this as a whole process). Like `npm run report` (the CLI), it starts
 * the worker with the export itself; no separate warm-up render.
 */
async function exportOnceToFile(items: number, out: string): Promise<void> {
	const snap = items === 600 ? snapshot1x() : snapshot4x();
	const result = await exportSelfCheckReport(snap, { reportId: REPORT_ID });
	writeFileSync(out, result.pdf);
	await shutdownPdfWorker();
}

if (process.argv[2] === '--probe-rss') await probeRss(Number(process.argv[3]));
else if (process.argv[2] === '--export-once') await exportOnceToFile(Number(process.argv[3]), process.argv[4]);
else await main();
