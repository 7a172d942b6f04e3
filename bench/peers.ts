/**
 * Reports against peers, same content (part of `npm run bench`): the
 * 600-item self-check report through mamori's export path, and the same
 * report model as HTML (bench/report-html.ts) printed to PDF by Chromium
 * (headless --print-to-pdf, what browser-print tools do) and by WeasyPrint.
 * Each tool runs as a whole fresh process, interleaved round by round; wall
 * time and peak RSS from /usr/bin/time, pages from pdfinfo, bytes of the PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshotSha256 } from '../src/lib/domain/reports/integrity';
import { buildSelfCheckReport } from '../src/lib/domain/reports/selfcheck/build';
import { syntheticSnapshot } from '../src/lib/domain/reports/selfcheck/synthetic';
import { reportHtml } from './report-html';
import { median, round } from './support';

const CHROMIUM = '/usr/bin/chromium';
const TIME = '/usr/bin/time';

export interface ToolRun {
	seconds: number;
	maxRssMb: number;
}

export interface PeerResult {
	tool: string;
	available: boolean;
	note?: string;
	runs: ToolRun[];
	medianSeconds: number;
	medianMaxRssMb: number;
	pages: number;
	bytes: number;
}

function timedRun(command: string, args: string[], env: NodeJS.ProcessEnv, timeFile: string): ToolRun {
	const child = spawnSync(TIME, ['-f', '%e %M', '-o', timeFile, command, ...args], {
		env,
		encoding: 'utf8',
		timeout: 300_000,
		maxBuffer: 64 * 1024 * 1024
	});
	if (child.status !== 0) throw new Error(`${path.basename(command)} failed (${child.status}): ${(child.stderr ?? '').slice(-800)}`);
	const [seconds, rssKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
	return { seconds, maxRssMb: round(rssKb / 1024, 1) };
}

function pagesOf(pdf: string): number {
	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

export async function runPeers(probe: { entry: string; workerPath: string }, rounds = 3): Promise<PeerResult[]> {
	const dir = mkdtempSync(path.join(tmpdir(), 'mamori-peers-'));
	try {
		const snap = syntheticSnapshot({ items: 600, sections: 12, unansweredRate: 0 });
		const model = buildSelfCheckReport(snap, { reportId: 'MR-2026-BENCHAAA', snapshotSha256: await snapshotSha256(snap) });
		const html = path.join(dir, 'report.html');
		writeFileSync(html, reportHtml(model));
		const timeFile = path.join(dir, 'time.txt');
		const tools = [
			{
				tool: 'mamori export path (fresh process)',
				available: true,
				out: path.join(dir, 'mamori.pdf'),
				run(out: string) {
					return timedRun(
						process.execPath,
						[probe.entry, '--export-once', '600', out],
						{ ...process.env, MAMORI_PDF_WORKER: probe.workerPath },
						timeFile
					);
				}
			},
			{
				tool: 'Chromium print-to-PDF (headless)',
				available: existsSync(CHROMIUM),
				out: path.join(dir, 'chromium.pdf'),
				run(out: string) {
					return timedRun(
						CHROMIUM,
						[
							'--headless',
							'--no-sandbox',
							'--disable-gpu',
							'--no-pdf-header-footer',
							`--user-data-dir=${path.join(dir, 'chromium-profile')}`,
							`--print-to-pdf=${out}`,
							`file://${html}`
						],
						process.env,
						timeFile
					);
				}
			},
			{
				tool: 'WeasyPrint',
				available: spawnSync('weasyprint', ['--version']).status === 0,
				out: path.join(dir, 'weasyprint.pdf'),
				run(out: string) {
					return timedRun('weasyprint', [html, out], process.env, timeFile);
				}
			}
		];
		const runs = new Map<string, ToolRun[]>(tools.map((t) => [t.tool, []]));
		// one warm-up of each (disk caches, Chromium's profile), then A B C, A B C…
		for (const t of tools) if (t.available) t.run(t.out);
		for (let r = 0; r < rounds; r++) {
			for (const t of tools) {
				if (!t.available) continue;
				const run = t.run(t.out);
				runs.get(t.tool)!.push(run);
				console.log(`  round ${r + 1}: ${t.tool} ${run.seconds} s, ${run.maxRssMb} MB`);
			}
		}
		return tools.map((t) => {
			const list = runs.get(t.tool)!;
			if (!t.available)
				return {
					tool: t.tool,
					available: false,
					note: 'not installed',
					runs: [],
					medianSeconds: NaN,
					medianMaxRssMb: NaN,
					pages: NaN,
					bytes: NaN
				};
			return {
				tool: t.tool,
				available: true,
				runs: list,
				medianSeconds: round(median(list.map((x) => x.seconds)), 2),
				medianMaxRssMb: round(median(list.map((x) => x.maxRssMb)), 1),
				pages: pagesOf(t.out),
				bytes: statSync(t.out).size
			};
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
