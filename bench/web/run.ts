/**
 * Web benchmarks (part of `npm run bench`; see bench/README.md): the built
 * app and PocketBase on a temporary data directory, two organisations with
 * 1× and 4× data, and
 *  1. interactive speed: 20 concurrent clients, p50/p95/p99 of the answering
 *     page and of saving one answer through the form action, each against the
 *     raw PocketBase requests doing the same work, interleaved round by round;
 *     the page at 1 client;
 *  2. scaling of the answering page, the risk register and the evidence list,
 *     1× against 4× records, one client, interleaved;
 *  5. client weight of the answering page (gzipped JS and CSS) and page bytes.
 * Each view comes from its own client address (X-Forwarded-For), as many
 * people would: PocketBase's per-client limits then apply per person.
 * Writes bench/results/web-latest.json.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import PocketBase from 'pocketbase';
import { ROOT } from '../../scripts/lib/pocketbase-server.js';
import { machine, median, round } from '../support';
import { interleaved, type Paired } from './load';
import { seedOrganisation, type SeededOrg } from './seed';
import { startStack, type Stack } from './stack';

const CLIENTS = 20;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS || 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);

let address = 0;
/** A new client address for each view: 10.x.y.z. */
function nextAddress(): string {
	address = (address + 1) % 16_000_000;
	return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

interface Session {
	org: SeededOrg;
	cookie: string;
	token: string;
	/** The PocketBase requests one view of a page makes (path + query), captured from PocketBase's request log. */
	reads: Map<string, string[]>;
}

async function login(stack: Stack, org: SeededOrg): Promise<Session> {
	const res = await fetch(`${stack.webUrl}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: stack.webUrl, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: org.email, password: org.password })
	});
	await res.arrayBuffer();
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (!cookie.includes('=')) throw new Error(`login to the web app failed (${res.status})`);
	const pb = new PocketBase(stack.pbUrl);
	await pb.collection('users').authWithPassword(org.email, org.password);
	return { org, cookie, token: pb.authStore.token, reads: new Map() };
}

async function view(stack: Stack, session: Session, pagePath: string, from = nextAddress()): Promise<Buffer> {
	const res = await fetch(`${stack.webUrl}${pagePath}`, {
		headers: { cookie: session.cookie, 'x-forwarded-for': from, 'accept-encoding': 'identity' }
	});
	const body = Buffer.from(await res.arrayBuffer());
	if (res.status !== 200) throw new Error(`${pagePath} answered ${res.status}`);
	return body;
}

/** The PocketBase requests of one view of the page, from PocketBase's request log (written in batches: polled until stable). */
async function captureReads(stack: Stack, session: Session, pagePath: string): Promise<string[]> {
	const from = `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
	await view(stack, session, pagePath, from);
	let last = -1;
	for (let i = 0; i < 100; i++) {
		await new Promise((r) => setTimeout(r, 200));
		const list = await stack.superuser.send<{ items: { data: { url: string; method: string; userIP: string } }[] }>(
			`/api/logs?perPage=500&filter=${encodeURIComponent(`data.userIP = "${from}"`)}`,
			{}
		);
		const urls = list.items.filter((l) => l.data.method === 'GET').map((l) => l.data.url);
		if (urls.length > 0 && urls.length === last) return urls;
		last = urls.length;
	}
	throw new Error(`no PocketBase requests were logged for ${pagePath} (is the trusted-proxy setting applied?)`);
}

/** The same PocketBase requests as one view, sent straight to PocketBase, all at once. */
async function rawReads(stack: Stack, session: Session, urls: string[]): Promise<void> {
	const from = nextAddress();
	await Promise.all(
		urls.map(async (url) => {
			const res = await fetch(`${stack.pbUrl}${url}`, { headers: { authorization: session.token, 'x-forwarded-for': from } });
			await res.arrayBuffer();
			if (res.status !== 200) throw new Error(`PocketBase answered ${res.status} to ${url}`);
		})
	);
}

const NOTE = 'ベンチマークでの保存';
const saves = { n: 0 };

function answerFields(answer: SeededOrg['answers'][number]) {
	saves.n++;
	return {
		status: 'partial',
		justification: '',
		notes: `${NOTE} ${saves.n}`,
		owner: '情報セキュリティ室',
		target_date: '2027-03-31',
		expected_version: String(answer.version)
	};
}

async function formSave(stack: Stack, session: Session, client: number): Promise<void> {
	const answer = session.org.answers[client];
	const fields = answerFields(answer);
	const res = await fetch(`${stack.webUrl}/orgs/${session.org.orgId}/selfcheck/${session.org.assessmentId}?/answer`, {
		method: 'POST',
		headers: {
			cookie: session.cookie,
			origin: stack.webUrl,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'x-forwarded-for': nextAddress(),
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ ...fields, checklist: answer.checklist, item_id: answer.itemId, id: answer.id })
	});
	const body = (await res.json()) as { type: string };
	if (body.type !== 'success') throw new Error(`the answer was not saved (${body.type})`);
	answer.version++;
}

async function rawSave(stack: Stack, session: Session, client: number): Promise<void> {
	const answer = session.org.answers[client];
	const { expected_version, ...fields } = answerFields(answer);
	const res = await fetch(
		`${stack.pbUrl}/api/collections/answers/records/${answer.id}?expand=updated_by&fields=${encodeURIComponent('*,expand.updated_by.name,expand.updated_by.email')}`,
		{
			method: 'PATCH',
			headers: { authorization: session.token, 'content-type': 'application/json', 'x-forwarded-for': nextAddress() },
			body: JSON.stringify({ ...fields, expected_version: Number(expected_version) })
		}
	);
	await res.arrayBuffer();
	if (res.status !== 200) throw new Error(`PocketBase answered ${res.status} to the save`);
	answer.version++;
}

/**
 * Gzipped JS and CSS the answering page loads: the entry scripts it imports
 * and the imports and stylesheets of its route nodes (layouts and page, as
 * listed by the SvelteKit build, and the root error page, which the client
 * loads at start), as sent (the precompressed .gz files).
 */
function clientWeight(html: string): { files: number; jsGzipBytes: number; cssGzipBytes: number; rawBytes: number } {
	const refs = new Set<string>();
	const local = (ref: string) => ref.replace(/^.*?_app\//, '_app/');
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.css)"/g)) refs.add(local(m[1]));
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(local(m[1]));
	const nodeIds = [
		...(/node_ids:\s*\[([\d,\s]+)\]/
			.exec(html)?.[1]
			.split(',')
			.map((n) => n.trim()) ?? []),
		// the root error page: SvelteKit's client loads it at start, on every page (default_error_loader)
		'1'
	];
	for (const id of nodeIds) {
		const node = readFileSync(path.join(ROOT, '.svelte-kit', 'output', 'server', 'nodes', `${id}.js`), 'utf8');
		for (const list of ['imports', 'stylesheets']) {
			const found = new RegExp(`export const ${list} = (\\[[^\\]]*\\])`).exec(node)?.[1];
			for (const ref of found ? (JSON.parse(found) as string[]) : []) refs.add(local(ref));
		}
	}
	let js = 0;
	let css = 0;
	let raw = 0;
	for (const ref of refs) {
		const file = path.join(ROOT, 'build', 'client', ref);
		const bytes = readFileSync(file);
		raw += bytes.length;
		const gz = existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(bytes, { level: 9 }).length;
		if (ref.endsWith('.css')) css += gz;
		else js += gz;
	}
	return { files: refs.size, jsGzipBytes: js, cssGzipBytes: css, rawBytes: raw };
}

/** Bytes sent for a page with this Accept-Encoding (node:http: fetch would decode them). */
function wireBytes(stack: Stack, session: Session, pagePath: string, encoding: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = http.get(
			`${stack.webUrl}${pagePath}`,
			{ headers: { cookie: session.cookie, 'x-forwarded-for': nextAddress(), 'accept-encoding': encoding } },
			(res) => {
				let n = 0;
				res.on('data', (chunk: Buffer) => (n += chunk.length));
				res.on('end', () =>
					res.headers['content-encoding'] === encoding ? resolve(n) : reject(new Error(`${pagePath} was not sent as ${encoding}`))
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
	});
}

/** The page's hydration data: the inline script that starts SvelteKit with the page data. */
function hydrationScript(html: string): string {
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	return scripts.find((s) => s.includes('kit.start') || s.includes('__sveltekit_')) ?? '';
}

export const hydrationBytes = (html: string): number => Buffer.byteLength(hydrationScript(html), 'utf8');

/** How many checklist items the hydration data carries (each item view has one `guidanceHtml`). */
export const hydrationItems = (html: string): number => hydrationScript(html).match(/guidanceHtml/g)?.length ?? 0;

export interface WebResults {
	startedAt: string;
	machine: ReturnType<typeof machine> & { loadAverageAtEnd: number[] };
	data: { oneX: Record<string, number>; fourX: Record<string, number> };
	interactive: Record<string, Paired>;
	oneClient: Record<string, Paired>;
	scaling: Record<string, { oneX: Paired['medianB']; fourX: Paired['medianA']; p50Ratio: number; pocketbaseRequests: [number, number] }>;
	/** html/gzip/br: the whole page; data: its hydration data (the inline script SvelteKit starts the page with). */
	pageBytes: Record<string, { html: number; gzip: number; br: number; data: number; dataItems: number }>;
	clientWeight: ReturnType<typeof clientWeight>;
	pocketbaseRequestsPerView: Record<string, number>;
}

export async function runWeb(): Promise<WebResults> {
	const started = new Date();
	console.log('web: starting PocketBase and the built app…');
	const stack = await startStack();
	try {
		console.log('web: seeding 1× and 4× organisations…');
		const org1 = await seedOrganisation(stack.superuser, stack.pbUrl, { tag: 'x1', copies: 1, risks: 40, evidence: 40 });
		const org4 = await seedOrganisation(stack.superuser, stack.pbUrl, { tag: 'x4', copies: 4, risks: 160, evidence: 160 });
		const s1 = await login(stack, org1);
		const s4 = await login(stack, org4);
		const pages = (s: Session) => ({
			answering: `/orgs/${s.org.orgId}/selfcheck/${s.org.assessmentId}`,
			risks: `/orgs/${s.org.orgId}/risks`,
			evidence: `/orgs/${s.org.orgId}/evidence`
		});
		for (const s of [s1, s4]) for (const [name, p] of Object.entries(pages(s))) s.reads.set(name, await captureReads(stack, s, p));
		const requests = Object.fromEntries(
			[s1, s4].flatMap((s, i) => [...s.reads].map(([name, urls]) => [`${name} ${i === 0 ? '1×' : '4×'}`, urls.length]))
		);
		console.log(`web: PocketBase requests per view: ${JSON.stringify(requests)}`);

		const interactive: WebResults['interactive'] = {};
		const oneClient: WebResults['oneClient'] = {};
		for (const [label, s] of [
			['150 items', s1],
			['600 items', s4]
		] as const) {
			const page = pages(s).answering;
			console.log(`web: answering page, ${label}, ${CLIENTS} clients…`);
			interactive[`page ${label}`] = await interleaved(
				() => view(stack, s, page).then(() => undefined),
				() => rawReads(stack, s, s.reads.get('answering')!),
				{ clients: CLIENTS, ms: ROUND_MS, rounds: ROUNDS, label: 'page vs raw' }
			);
			console.log(`web: saving one answer, ${label}, ${CLIENTS} clients…`);
			interactive[`save ${label}`] = await interleaved(
				(c) => formSave(stack, s, c),
				(c) => rawSave(stack, s, c),
				{ clients: CLIENTS, ms: ROUND_MS, rounds: ROUNDS, label: 'form vs PATCH' }
			);
			console.log(`web: answering page, ${label}, 1 client…`);
			oneClient[`page ${label}`] = await interleaved(
				() => view(stack, s, page).then(() => undefined),
				() => rawReads(stack, s, s.reads.get('answering')!),
				{ clients: 1, ms: ROUND_MS, rounds: ROUNDS, label: 'page vs raw, 1 client' }
			);
		}

		const scaling: WebResults['scaling'] = {};
		for (const name of ['answering', 'risks', 'evidence'] as const) {
			console.log(`web: scaling of the ${name} page, 4× vs 1×…`);
			const p4 = pages(s4)[name];
			const p1 = pages(s1)[name];
			const paired = await interleaved(
				() => view(stack, s4, p4).then(() => undefined),
				() => view(stack, s1, p1).then(() => undefined),
				{ clients: 1, ms: ROUND_MS, rounds: ROUNDS, label: '4× vs 1×' }
			);
			const ratios = paired.a.map((r, i) => r.p50 / paired.b[i].p50);
			scaling[name] = {
				oneX: paired.medianB,
				fourX: paired.medianA,
				p50Ratio: round(median(ratios), 2),
				pocketbaseRequests: [s1.reads.get(name)!.length, s4.reads.get(name)!.length]
			};
		}

		const pageBytes: WebResults['pageBytes'] = {};
		for (const [label, s] of [
			['answering 150 items', s1],
			['answering 600 items', s4]
		] as const) {
			const html = await view(stack, s, pages(s).answering);
			if (process.env.BENCH_DUMP) writeFileSync(path.join(process.env.BENCH_DUMP, `${label.replace(/\W+/g, '-')}.html`), html);
			pageBytes[label] = {
				html: html.length,
				data: hydrationBytes(html.toString('utf8')),
				dataItems: hydrationItems(html.toString('utf8')),
				gzip: await wireBytes(stack, s, pages(s).answering, 'gzip'),
				br: await wireBytes(stack, s, pages(s).answering, 'br')
			};
		}
		const weight = clientWeight((await view(stack, s1, pages(s1).answering)).toString('utf8'));
		const results: WebResults = {
			startedAt: started.toISOString(),
			machine: { ...machine(), loadAverageAtEnd: machine().loadAverage },
			data: {
				oneX: { items: org1.items, risks: org1.risks, evidence: org1.evidence },
				fourX: { items: org4.items, risks: org4.risks, evidence: org4.evidence }
			},
			interactive,
			oneClient,
			scaling,
			pageBytes,
			clientWeight: weight,
			pocketbaseRequestsPerView: requests
		};
		const dir = path.join(ROOT, 'bench', 'results');
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, 'web-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
		return results;
	} finally {
		await stack.stop();
	}
}
