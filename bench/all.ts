/**
 * `npm run bench` (never part of npm test): every benchmark of bench/README.md
 * in one run, then one table of the figures with their goals and whether
 * each was met. Sections can be chosen: `npm run bench -- web reports peers startup`.
 * Results: bench/results/*-latest.json and summary-<time>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { capacity } from './capacity';
import { runPeers, type PeerResult } from './peers';
import { buildProbe } from './probe-build';
import { runStartup, type StartupResult } from './startup';
import { machine, round, table } from './support';
import { runWeb, type WebResults } from './web/run';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'bench', 'results');
const chosen = process.argv.slice(2);
const want = (name: string) => chosen.length === 0 || chosen.includes(name);

interface ReportBench {
	medians: { exportMs: number; directMs: number; export4xMs: number };
	ratios: { exportVsDirect: number; fourXVsOneX: number };
	rss: { oneX: { processMaxRssMb: number }; fourX: { processMaxRssMb: number } };
	report: { pages: number; bytes: number };
}

const readJson = <T>(file: string): T | null => {
	try {
		return JSON.parse(readFileSync(path.join(results, file), 'utf8')) as T;
	} catch {
		return null;
	}
};

const started = new Date();
const startMachine = machine();
console.log(
	`mamori benchmarks — ${startMachine.nproc} × ${startMachine.cpu}, Node ${startMachine.node}, load ${startMachine.loadAverage.join(' ')}`
);

const web: WebResults | null = want('web') ? await runWeb() : readJson<WebResults>('web-latest.json');

if (want('reports')) {
	console.log('reports: the report engine benchmark (bench/run.ts)…');
	const child = spawnSync(process.execPath, [...process.execArgv, path.join(root, 'bench', 'run.ts')], { stdio: 'inherit', cwd: root });
	if (child.status !== 0) throw new Error('the report engine benchmark failed');
}
const reports = readJson<ReportBench>('latest.json');

let peers: PeerResult[] | null = readJson<PeerResult[]>('peers-latest.json');
if (want('peers')) {
	console.log('peers: the same report through mamori, Chromium and WeasyPrint…');
	peers = await runPeers(await buildProbe(root));
	writeFileSync(path.join(results, 'peers-latest.json'), `${JSON.stringify(peers, null, 2)}\n`);
}

let startup: StartupResult | null = readJson<StartupResult>('startup-latest.json');
if (want('startup')) {
	console.log('startup: npm start (built) to the first 200…');
	startup = await runStartup();
	writeFileSync(path.join(results, 'startup-latest.json'), `${JSON.stringify(startup, null, 2)}\n`);
}

type Row = [string, string | number, string, string];
const ok = (b: boolean | null): string => (b === null ? '–' : b ? 'yes' : 'NO');
const rows: Row[] = [];
const spread = (r: { median: number; min: number; max: number }) => `${r.median} (${r.min}–${r.max})`;
if (web) {
	for (const size of ['150 items', '600 items']) {
		const page = web.interactive[`page ${size}`];
		const save = web.interactive[`save ${size}`];
		const one = web.oneClient[`page ${size}`];
		const goal = size === '150 items';
		rows.push([
			`answering page ${size}, 20 clients: p50/p95/p99 ms (raw PocketBase)`,
			`${page.medianA.p50}/${page.medianA.p95}/${page.medianA.p99} (${page.medianB.p50}/${page.medianB.p95}/${page.medianB.p99})`,
			'',
			''
		]);
		rows.push([`  page ÷ raw at p95, median (min–max)`, spread(page.p95Ratio), goal ? '≤ 2' : '(≤ 2)', ok(page.p95Ratio.median <= 2)]);
		rows.push([
			`save one answer ${size}, 20 clients: p50/p95/p99 ms (PATCH)`,
			`${save.medianA.p50}/${save.medianA.p95}/${save.medianA.p99} (${save.medianB.p50}/${save.medianB.p95}/${save.medianB.p99})`,
			'',
			''
		]);
		rows.push([`  form action ÷ PATCH at p95`, spread(save.p95Ratio), goal ? '≤ 2' : '(≤ 2)', ok(save.p95Ratio.median <= 2)]);
		rows.push([`answering page ${size}, 1 client: p95 ms`, one.medianA.p95, goal ? '≤ 50' : '', goal ? ok(one.medianA.p95 <= 50) : '']);
	}
	for (const [name, s] of Object.entries(web.scaling)) {
		rows.push([`${name} page 4× ÷ 1× records (p50 ${s.fourX.p50} / ${s.oneX.p50} ms)`, s.p50Ratio, '≤ 4.4', ok(s.p50Ratio <= 4.4)]);
	}
	const kb = round((web.clientWeight.jsGzipBytes + web.clientWeight.cssGzipBytes) / 1024, 1);
	rows.push([`answering page JS + CSS, gzipped KB (${web.clientWeight.files} files)`, kb, '≤ 100', ok(kb <= 100)]);
	for (const [label, b] of Object.entries(web.pageBytes)) {
		rows.push([`${label} HTML KB: plain / gzip / br`, `${round(b.html / 1024)} / ${round(b.gzip / 1024)} / ${round(b.br / 1024)}`, '', '']);
		if (b.data !== undefined) rows.push([`${label}: hydration data KB`, round(b.data / 1024, 1), '', '']);
		if (b.dataItems !== undefined)
			rows.push([`${label}: items in the hydration data (30 shown)`, b.dataItems, '≤ 30', ok(b.dataItems <= 30)]);
	}
	const [one, four] = [web.pageBytes['answering 150 items']?.data, web.pageBytes['answering 600 items']?.data];
	if (one && four) {
		// 4× the items (and sections): the data should stay the size of the page shown, not grow with the items
		const growth = round(four / one, 2);
		rows.push(['answering page hydration data, 4× ÷ 1× items', growth, '≤ 1.5', ok(growth <= 1.5)]);
	}
}
if (reports) {
	rows.push([
		'report 600 items: export path ÷ direct pdfmake render',
		reports.ratios.exportVsDirect,
		'≤ 1.25',
		ok(reports.ratios.exportVsDirect <= 1.25)
	]);
	rows.push([
		'report 600 items: export path, median ms (warm server)',
		reports.medians.exportMs,
		'< 2000',
		ok(reports.medians.exportMs < 2000)
	]);
	rows.push(['report 2,400 items: peak RSS MB', reports.rss.fourX.processMaxRssMb, '≤ 300', ok(reports.rss.fourX.processMaxRssMb <= 300)]);
}
if (peers) {
	const mamori = peers[0];
	const others = peers.slice(1).filter((p) => p.available);
	for (const p of peers) {
		rows.push([
			`${p.tool}: s / peak MB / pages / KB`,
			p.available ? `${p.medianSeconds} / ${p.medianMaxRssMb} / ${p.pages} / ${round(p.bytes / 1024)}` : (p.note ?? 'not available'),
			'',
			''
		]);
	}
	rows.push([
		'mamori fastest of the three (fresh processes)',
		others.map((o) => `${o.tool.split(' ')[0]} ${round(o.medianSeconds / mamori.medianSeconds, 2)}×`).join(', '),
		'fastest',
		ok(others.every((o) => o.medianSeconds > mamori.medianSeconds))
	]);
}
if (startup) rows.push(['npm start (built) to first 200, median s', startup.medianSeconds, '≤ 5', ok(startup.medianSeconds <= 5)]);
const cap = web ? capacity(web) : null;
if (cap) {
	rows.push(['capacity: page views/s, saves/s at 20 clients (150 items)', `${cap.viewsPerSecond} / ${cap.savesPerSecond}`, '', '']);
	rows.push(['capacity: active people at once / organisations', `${cap.activeUsers} / ${cap.organisations}`, '', '']);
}
const endMachine = machine();
console.log(
	`\n${table(['figure', 'value', 'goal', 'met'], rows)}\n\nload average at start ${startMachine.loadAverage.join(' ')}, at end ${endMachine.loadAverage.join(' ')}`
);
if (cap) console.log(cap.assumptions);
mkdirSync(results, { recursive: true });
const summary = {
	startedAt: started.toISOString(),
	machine: { ...startMachine, loadAverageAtEnd: endMachine.loadAverage },
	figures: rows,
	capacity: cap
};
writeFileSync(path.join(results, `summary-${started.toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(path.join(results, 'summary-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
