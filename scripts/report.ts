/**
 * Headless reports.
 *
 *   npm run report -- --demo [--lang en] [--out report.pdf]
 *   npm run report -- --org <id> [--type self-check] [--year 2026] [--revision 2] [--subject <id>] [--lang ja|en] --out report.pdf
 *   npm run report -- verify <file.pdf>
 *   npm run report -- verify <unpacked audit package folder> [--offline]
 *
 * Acts as a member with MAMORI_EMAIL / MAMORI_PASSWORD (or --email/--password;
 * --demo uses the demo security account). Talks to the PocketBase of a running
 * `npm start` (PB_URL, default http://127.0.0.1:8090); when none answers, it
 * starts one itself on the data directory (MAMORI_DATA_DIR, default ./pb_data).
 * The report key comes from MAMORI_REPORT_KEY or the data directory, and is
 * read before a PocketBase of its own is started. Errors are one line on
 * stderr (exit 2); progress goes to stderr: updated in place on a terminal,
 * a few lines otherwise. `verify` exits 0 for an authentic report, 1 for
 * any other verdict (for a package folder: also when any file differs, is
 * missing or was added — checked offline, before the report), 3 when the registration's signature could not be
 * checked because no report key is available.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PocketBase from 'pocketbase';
import { fiscalYearLabel } from '../src/lib/domain/fiscal-year';
import { isReportType, REPORT_TYPES, type ReportType } from '../src/lib/domain/reports/kinds';
import { generateReport } from '../src/lib/server/reports/generate';
import { shutdownPdfWorker } from '../src/lib/server/reports/render';
import { reportSource } from '../src/lib/server/reports/sources';
import { verifyAgainstServer } from '../src/lib/server/reports/verify-upload';
import { checkPackageFolder, describeFolderCheck } from '../src/lib/server/evidence/package-verify';
import { DEMO_ORG_NAME, DEMO_PASSWORD } from './lib/demo.js';
import { freePort, ROOT, startPocketBase, type RunningPocketBase } from './lib/pocketbase-server.js';
import { progressPrinter } from './lib/progress';
import { readReportKey, REPORT_KEY_FILE } from './lib/report-key.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(process.env.MAMORI_DATA_DIR ?? join(ROOT, 'pb_data'));

function fail(message: string): never {
	console.error(`report: ${message}`);
	process.exit(2);
}

/** What the person reads on stderr about what the CLI does. */
const say = (message: string) => console.error(`report: ${message}`);

/** The first line of an error's message: no stack traces for the person at the terminal. */
function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * The report key, read BEFORE a PocketBase of our own is started (which
 * needs it to accept registrations and to check them): MAMORI_REPORT_KEY,
 * else the key file that `npm start` keeps in the data directory.
 */
const reportKey = readReportKey(dataDir);
if (reportKey) process.env.MAMORI_REPORT_KEY = reportKey;
const keyFile = join(dataDir, REPORT_KEY_FILE);

async function connect(): Promise<{ url: string; server: RunningPocketBase | null }> {
	const url = process.env.PB_URL ?? 'http://127.0.0.1:8090';
	try {
		if ((await fetch(`${url}/api/health`)).ok) return { url, server: null };
	} catch {
		// nobody listens: start our own below
	}
	if (!existsSync(join(dataDir, 'data.db')))
		fail(`no PocketBase answers at ${url} and ${dataDir} holds no data: run \`npm start\` once first (or set MAMORI_DATA_DIR)`);
	say(`no PocketBase answers at ${url}: starting one on ${dataDir}`);
	try {
		const server = await startPocketBase({ dataDir, port: await freePort(), env: reportKey ? { MAMORI_REPORT_KEY: reportKey } : {} });
		return { url: server.url, server };
	} catch (error) {
		fail(`could not start PocketBase on ${dataDir}: ${firstLine(error)}`);
	}
}

async function login(url: string): Promise<PocketBase | null> {
	const email = flag('demo') ? 'security@demo.example' : (option('email') ?? process.env.MAMORI_EMAIL);
	const password = flag('demo') ? DEMO_PASSWORD : (option('password') ?? process.env.MAMORI_PASSWORD);
	if (!email || !password) return null;
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	try {
		await pb.collection('users').authWithPassword(email, password);
	} catch {
		fail(`could not log in as ${email}`);
	}
	return pb;
}

/** The CLI's names for report types: the stored name, or with hyphens (self-check, incident-report). */
function reportType(): ReportType {
	const given = option('type') ?? 'selfcheck';
	const name = given === 'self-check' ? 'selfcheck' : given.replace(/-/g, '_');
	if (!isReportType(name)) fail(`unknown report type "${option('type')}": one of ${REPORT_TYPES.join(', ')}`);
	return name;
}

async function pickSubject(pb: PocketBase, type: ReportType): Promise<string> {
	let org = option('org');
	if (flag('demo')) {
		const found = await pb.collection('organisations').getList(1, 1, { filter: pb.filter('name = {:n}', { n: DEMO_ORG_NAME }) });
		org = found.items[0]?.id ?? fail('the demo organisation does not exist: start mamori without --no-demo once');
	}
	if (!org) fail('say which organisation: --org <id> (or --demo)');
	const year = option('year');
	if (year && !/^\d{4}$/.test(year)) fail('--year takes a fiscal year such as 2026');
	const revision = option('revision');
	const subject = option('subject');
	const subjects = (await reportSource(type).subjects(pb, org, 'ja')).filter(
		(s) => (!subject || s.id === subject) && (!year || s.fiscalYear === Number(year)) && (!revision || s.revision === Number(revision))
	);
	return (
		subjects[0]?.id ??
		fail(`no ${type} report subject found for organisation ${org}${year ? ` in ${fiscalYearLabel(Number(year), 'ja')}` : ''}`)
	);
}

async function generate(url: string): Promise<void> {
	const pb = (await login(url)) ?? fail('log in as a member: set MAMORI_EMAIL and MAMORI_PASSWORD (or use --demo)');
	const lang = option('lang') ?? 'ja';
	if (lang !== 'ja' && lang !== 'en') fail('--lang is ja or en');
	const type = reportType();
	const subjectId = await pickSubject(pb, type);
	const started = Date.now();
	const progress = progressPrinter(process.stderr);
	const report = await generateReport(pb, { type, subjectId, language: lang, onProgress: progress.update });
	progress.end();
	const out = resolve(option('out') ?? `${report.reportId}.pdf`);
	writeFileSync(out, report.pdf);
	console.log(`${report.reportId}: ${report.pages} pages written to ${out} in ${Date.now() - started} ms`);
}

/**
 * An unpacked audit package: every file is checked offline first (no server
 * needed); then, unless --offline, its report against its registration.
 */
async function verifyFolder(folder: string): Promise<number> {
	const check = await checkPackageFolder(folder);
	for (const line of describeFolderCheck(check)) console.log(line);
	if (!check.reportPdf) return 1;
	if (flag('offline')) {
		console.log('report.pdf: not checked against its registration (--offline)');
		return check.intact ? 0 : 1;
	}
	const { url, server } = await connect();
	try {
		const report = await verifyPdf(url, check.reportPdf);
		return check.intact ? report : 1;
	} finally {
		await server?.stop();
	}
}

async function verify(url: string, file: string | undefined): Promise<number> {
	if (!file || !existsSync(file)) fail('usage: npm run report -- verify <file.pdf | unpacked package folder>');
	return verifyPdf(url, new Uint8Array(readFileSync(file)));
}

async function verifyPdf(url: string, pdf: Uint8Array): Promise<number> {
	const anonymous = new PocketBase(url);
	const member = await login(url);
	const result = await verifyAgainstServer(pdf, { pb: anonymous, member });
	const v = result.verdict;
	console.log(`file SHA-256: ${result.pdfSha256}`);
	if (v.verdict === 'unknown') console.log('NOT A MAMORI REPORT: no report ID in the file');
	else if (v.verdict === 'not-found') console.log(`UNKNOWN REPORT: ${v.reportId} is not registered here`);
	else if (v.verdict === 'tampered') console.log(`TAMPERED: ${v.reportId} is registered but this file differs from it`);
	else if (!result.signatureChecked)
		// Never call a report invalid for want of the key: say what was and was not checked.
		console.log(
			`REGISTERED, SIGNATURE NOT CHECKED: this file is the one registered as ${v.reportId}, but the registration's signature could not be checked without the report key (set MAMORI_REPORT_KEY or look in ${keyFile})`
		);
	else if (result.signatureValid === false)
		console.log(`INVALID REGISTRATION: the stored record of ${v.reportId} fails its signature check`);
	else {
		console.log(
			`AUTHENTIC: ${v.reportId} — ${v.record.organisationName}, ${fiscalYearLabel(v.record.fiscalYear, 'ja')}, produced ${v.record.createdAt}`
		);
		console.log(
			v.dataChanged === null
				? 'data changed since: unknown (log in as a member to check)'
				: v.dataChanged
					? 'data changed since: YES'
					: 'data changed since: no'
		);
	}
	if (v.verdict === 'authentic' && !result.signatureChecked) return 3;
	return v.verdict === 'authentic' && result.signatureValid === true ? 0 : 1;
}

async function main(): Promise<number> {
	// Producing a report needs the key to register it: say so before starting anything.
	if (args[0] !== 'verify' && !reportKey)
		fail(`no report key: set MAMORI_REPORT_KEY or start mamori once with \`npm start\` (looked for ${keyFile})`);
	if (args[0] === 'verify' && args[1] && existsSync(args[1]) && statSync(args[1]).isDirectory()) {
		try {
			return await verifyFolder(args[1]);
		} finally {
			await shutdownPdfWorker().catch(() => undefined);
		}
	}
	const { url, server } = await connect();
	try {
		if (args[0] === 'verify') return await verify(url, args[1]);
		await generate(url);
		return 0;
	} finally {
		await shutdownPdfWorker().catch(() => undefined);
		await server?.stop();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`report: ${firstLine(error)}`);
		if (process.env.MAMORI_VERBOSE) console.error(error);
		process.exit(2);
	}
);
