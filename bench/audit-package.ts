/**
 * Peak memory of streaming an audit package with about 1 GB of evidence.
 *
 *   npm run bench:package [-- --mb 1024]      # not part of npm test; a few minutes
 *
 * Starts PocketBase on a temporary data directory with the demo organisation
 * and its self-checks, uploads 25 MB files (the default limit) linked to items
 * of the draft self-check until their total reaches --mb, then, in this
 * fresh process as the web server would (so the uploads' buffers are not
 * counted), makes the package (report + every file) and reads the whole ZIP
 * into a hash, sampling that process's RSS every 20 ms. `maxRssProcessMb`
 * includes the PDF worker thread and tsx's loader thread (~35–40 MB).
 * Goal: the peak stays far below the evidence's size (≤ 400 MB for 1 GB).
 * Results: bench/results/audit-package-latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PocketBase from 'pocketbase';
import { auditPackage } from '../src/lib/server/evidence/package';
import { shutdownPdfWorker, warmUpPdfWorker } from '../src/lib/server/reports/render';
import { DEMO_PASSWORD, ensureDemo } from '../scripts/lib/demo.js';
import { freePort, ROOT, startPocketBase, upsertSuperuser } from '../scripts/lib/pocketbase-server.js';

const MB = 1024 * 1024;
const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const totalMb = arg('mb', 1024);
const fileMb = 25;

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'mamori-bench-package-'));
	const key = randomBytes(32).toString('hex');
	process.env.MAMORI_REPORT_KEY = key;
	const superuser = { email: 'bench@mamori.invalid', password: randomBytes(18).toString('base64url') };
	await upsertSuperuser(dataDir, superuser.email, superuser.password);
	const server = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: key } });
	try {
		const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
		const { orgId } = await ensureDemo(server.url, superuser, [
			({ url, orgId }: { url: string; orgId: string }) =>
				new Promise<void>((done, fail) => {
					const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-selfcheck.ts'), url, orgId], { cwd: ROOT, stdio: 'ignore' });
					child.on('exit', (code) => (code === 0 ? done() : fail(new Error('demo self-check failed'))));
				})
		]);
		const pb = new PocketBase(server.url);
		pb.autoCancellation(false);
		await pb.collection('users').authWithPassword('security@demo.example', DEMO_PASSWORD);
		const draft = await pb.collection('assessments').getFirstListItem(pb.filter('organisation = {:o} && status = "draft"', { o: orgId }));
		const answers = await pb
			.collection('answers')
			.getFullList<{ checklist: string; item_id: string }>({ filter: pb.filter('assessment = {:a}', { a: draft.id }) });
		const count = Math.ceil(totalMb / fileMb);
		const started = Date.now();
		for (let i = 0; i < count; i++) {
			const answer = answers[i % answers.length];
			const form = new FormData();
			const fields = {
				organisation: orgId,
				title: `ベンチマーク用の証跡 ${i + 1}`,
				fiscal_year: String(draft.fiscal_year),
				link_type: 'selfcheck_item',
				link_id: draft.id,
				link_part: `${answer.checklist}:${answer.item_id}`
			};
			for (const [k, v] of Object.entries(fields)) form.append(k, v);
			const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n% bench\n'), randomBytes(fileMb * MB - 64)]);
			form.append('file', new Blob([bytes], { type: 'application/pdf' }), `bench-${i + 1}.pdf`);
			const response = await fetch(`${server.url}/api/mamori/evidence/upload`, {
				method: 'POST',
				body: form,
				headers: { authorization: pb.authStore.token }
			});
			if (!response.ok) throw new Error(`upload ${i + 1} failed: ${response.status} ${await response.text()}`);
		}
		const uploadMs = Date.now() - started;
		// the package is made by a fresh process, as by the web server: the uploads' buffers are not in its RSS
		const child = spawnSync(tsx, [fileURLToPath(import.meta.url), '--make'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, BENCH_PB_URL: server.url, BENCH_TOKEN: pb.authStore.token, BENCH_ASSESSMENT: draft.id }
		});
		if (child.status !== 0) throw new Error(`the package process failed: ${child.stderr}`);
		const made = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Made;
		const result = {
			when: new Date().toISOString(),
			evidenceFiles: count,
			evidenceMb: count * fileMb,
			...made,
			uploadSeconds: Math.round(uploadMs / 100) / 10,
			goalPeakRssMb: 400,
			withinGoal: made.peakRssMb <= 400
		};
		console.log(JSON.stringify(result, null, 2));
		mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
		writeFileSync(join(ROOT, 'bench', 'results', 'audit-package-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
		if (made.packageBytes !== made.statedBytes) throw new Error(`the ZIP has ${made.packageBytes} bytes, ${made.statedBytes} were stated`);
	} finally {
		await shutdownPdfWorker().catch(() => undefined);
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

interface Made {
	packageBytes: number;
	statedBytes: number;
	baselineRssMb: number;
	peakRssMb: number;
	maxRssProcessMb: number;
	packageSeconds: number;
}

/** In the fresh process: warm the PDF worker, make the package, read it whole into a hash, sample RSS every 20 ms. */
async function make(): Promise<void> {
	const pb = new PocketBase(process.env.BENCH_PB_URL);
	pb.autoCancellation(false);
	pb.authStore.save(process.env.BENCH_TOKEN ?? '', null);
	await warmUpPdfWorker();
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const t0 = Date.now();
	const made = await auditPackage(pb, process.env.BENCH_ASSESSMENT ?? '', 'ja');
	const hash = createHash('sha256');
	let bytes = 0;
	for await (const chunk of made.stream) {
		hash.update(chunk as Buffer);
		bytes += (chunk as Buffer).length;
	}
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	await shutdownPdfWorker();
	const result: Made = {
		packageBytes: bytes,
		statedBytes: made.size,
		baselineRssMb: Math.round(baseline / MB),
		peakRssMb: Math.round(peak / MB),
		maxRssProcessMb: Math.round(process.resourceUsage().maxRSS / 1024),
		packageSeconds: Math.round((Date.now() - t0) / 100) / 10
	};
	console.log(JSON.stringify(result));
}

(process.argv.includes('--make') ? make() : main()).then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
