// Bad input, property-based (fast-check): every form the app shows to an
// organisation's admin and security team is posted with random and malformed
// values (and files: random bytes, broken CSV, deep or wrongly shaped JSON,
// broken ZIP/XLSX) through its real form action; the checklist YAML parser
// and the bundle restore route get the same. Nothing may answer 5xx or
// leave an unexpected error in the log, and a refusal names the field.
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChecklistYaml } from '../../src/lib/domain/checklists/yaml';
import { startMamori, unexpectedErrors, type Mamori } from './support/app';
import { WebUser, type ActionAnswer } from './support/web';
import { createOrg, PASSWORD, type Org } from './support/world';

const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 12);
/** Actions left out: they end the person's membership or move the whole self-check on, after which every other form is refused for that reason. */
const SKIPPED = new Set(['leave', 'removeRole', 'submit', 'returnToDraft', 'reopen', 'sign', 'logout']);

let app: Mamori;
let org: Org;
let user: WebUser;
const dirs: string[] = [];

beforeAll(async () => {
	app = await startMamori();
	dirs.push(app.dataDir);
	org = await createOrg(app, { items: 6 });
	user = new WebUser(app.webUrl);
	await user.login(org.security[0].email, PASSWORD);
});
afterAll(async () => {
	await app?.stop();
	dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

interface FormField {
	name: string;
	type: string;
}
interface FoundForm {
	page: string;
	action: string;
	url: string;
	multipart: boolean;
	fields: FormField[];
}

/** The POST forms of a page as the server rendered them (no JavaScript needed). */
function formsOf(page: string, html: string): FoundForm[] {
	const forms: FoundForm[] = [];
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
		const attrs = match[1];
		if (!/method="post"/i.test(attrs)) continue;
		const action = /action="([^"]*)"/i.exec(attrs)?.[1]?.replace(/&amp;/g, '&') ?? '';
		const fields: FormField[] = [];
		for (const control of match[2].matchAll(/<(input|select|textarea)\b([^>]*)>/gi)) {
			const name = /\bname="([^"]+)"/.exec(control[2])?.[1];
			if (!name) continue;
			const type = control[1].toLowerCase() === 'input' ? (/\btype="([^"]+)"/.exec(control[2])?.[1] ?? 'text') : control[1].toLowerCase();
			if (!fields.some((f) => f.name === name)) fields.push({ name, type });
		}
		const url = (action.startsWith('?') ? `${page}${action}` : action || page).split('#')[0];
		const name = url.includes('?/') ? url.slice(url.indexOf('?/') + 2) : 'default';
		forms.push({ page, action: name, url, multipart: /multipart/i.test(attrs) || fields.some((f) => f.type === 'file'), fields });
	}
	return forms;
}

const nasty = fc.constantFrom(
	'',
	' ',
	'0',
	'-1',
	'1e309',
	'NaN',
	'2026-02-30',
	'9999-99-99',
	'null',
	'[]',
	'{"a":1}',
	'<script>alert(1)</script>',
	"'; DROP TABLE answers; --",
	'\u0000\u0001',
	'ｇｏｖ－０１',
	'a'.repeat(20_001),
	'あ'.repeat(6_000),
	'abcdefghijklmno'
);
const value = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer().map(String), nasty);

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const fileContent = fc.oneof(
	fc.uint8Array({ maxLength: 3000 }),
	fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
	// CSV-like: the checklist and risk importers' headers with broken rows, quotes and BOMs
	fc
		.array(
			fc.array(
				fc.oneof(
					fc.string({ maxLength: 20 }),
					nasty.filter((v) => v.length < 100)
				),
				{ maxLength: 8 }
			),
			{ maxLength: 12 }
		)
		.map((rows) =>
			new TextEncoder().encode(`\uFEFFid,title_ja,title_en,classification\n${rows.map((r) => r.join(',')).join('\n')}\n"unterminated`)
		),
	// JSON: anything, OSCAL-shaped with wrong types, or absurdly deep
	fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
	fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify({ catalog: { uuid: v, metadata: v, groups: [v], controls: v } }))),
	fc.integer({ min: 100, max: 5000 }).map((d) => new TextEncoder().encode(deepJson(d))),
	// ZIP (XLSX) headers followed by garbage
	fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]))
);
const fileName = fc.constantFrom(
	'checklist.csv',
	'register.xlsx',
	'catalog.json',
	'checklist.yaml',
	'evidence.pdf',
	'noextension',
	'../../etc/passwd.csv',
	'表.CSV'
);

function body(form: FoundForm, values: Record<string, string>, file: { bytes: Uint8Array; name: string }): URLSearchParams | FormData {
	if (!form.multipart) return new URLSearchParams(Object.entries(values));
	const data = new FormData();
	for (const [k, v] of Object.entries(values)) data.append(k, v);
	for (const f of form.fields.filter((f) => f.type === 'file'))
		data.set(f.name, new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
	return data;
}

/** The refusal names what was wrong: field errors keyed by the form's own field names, or problems/messages. */
function namesTheField(form: FoundForm, answer: ActionAnswer): string | null {
	const data = answer.data ?? {};
	const errors = data.errors as Record<string, unknown> | undefined;
	const problems = data.problems as unknown[] | undefined;
	const message = data.error ?? data.message;
	if (errors && typeof errors === 'object' && Object.keys(errors).length) {
		const known = new Set([...form.fields.map((f) => f.name), '_form']);
		const unknown = Object.keys(errors).filter((k) => !known.has(k) && !known.has(k.replace(/\.\d+$/, '')));
		return unknown.length ? `errors for fields the form does not have: ${unknown.join(', ')}` : null;
	}
	if (Array.isArray(problems) && problems.length) return null;
	if (typeof message === 'string' && message.trim()) return null;
	return `a ${answer.status} refusal with no message: ${JSON.stringify(data).slice(0, 300)}`;
}

describe('random and malformed input', () => {
	it('every form action of every page answers it without a 5xx, and names the field it refuses', async () => {
		const base = `/orgs/${org.id}`;
		const pages = [
			base,
			`${base}/profile`,
			`${base}/selfcheck`,
			`${base}/selfcheck/${org.assessment}`,
			`${base}/selfcheck/checklists`,
			`${base}/risks`,
			`${base}/risks/new`,
			`${base}/risks/criteria`,
			`${base}/risks/import`,
			`${base}/evidence`,
			`${base}/evidence/new`,
			`${base}/evidence/new?kind=link`,
			`${base}/evidence/audit`,
			`${base}/evidence/access`,
			`${base}/plans`,
			`${base}/plans/bcp`,
			`${base}/plans/contacts`,
			`${base}/plans/incidents`,
			`${base}/plans/exercises`,
			`${base}/plans/sharing`,
			`${base}/members`,
			`${base}/reports`,
			'/orgs/new',
			'/verify'
		];
		const forms: FoundForm[] = [];
		for (const page of pages) {
			const answer = await user.get(page);
			expect(answer.status, page).toBeLessThan(400);
			for (const form of formsOf(page.split('?')[0], answer.body)) {
				if (SKIPPED.has(form.action) || form.url.startsWith('/logout')) continue;
				if (!forms.some((f) => f.url === form.url && f.fields.length >= form.fields.length)) forms.push(form);
			}
		}
		// the crawl found the forms it is meant to exercise, importers among them
		expect(forms.length).toBeGreaterThanOrEqual(18);
		expect(forms.filter((f) => f.multipart).length).toBeGreaterThanOrEqual(3);

		const problems: string[] = [];
		for (const form of forms) {
			const names = form.fields.filter((f) => f.type !== 'file').map((f) => f.name);
			await fc.assert(
				fc.asyncProperty(
					fc.record(Object.fromEntries(names.map((n) => [n, value]))) as fc.Arbitrary<Record<string, string>>,
					fileContent,
					fileName,
					async (values, bytes, name) => {
						const answer = await user.post(form.url, body(form, values, { bytes, name }));
						expect(answer.http, `${form.url} ${JSON.stringify(values).slice(0, 300)}`).toBeLessThan(500);
						expect(answer.status, `${form.url}: ${JSON.stringify(answer.data).slice(0, 300)}`).toBeLessThan(500);
						if (answer.type === 'failure' && answer.status === 400) {
							const wrong = namesTheField(form, answer);
							if (wrong) problems.push(`${form.url}: ${wrong}`);
						}
					}
				),
				{ numRuns: RUNS }
			);
		}
		console.log(
			`[bad input] ${forms.length} forms (${forms.filter((f) => f.multipart).length} with files), ${RUNS} random posts each: ${forms.map((f) => f.url.replace(base, '')).join(' ')}`
		);
		expect([...new Set(problems)]).toEqual([]);
		expect(unexpectedErrors(app.log())).toEqual([]);
	});

	it('the bundle restore route refuses random and malformed bundles with a 400 that says where', async () => {
		const pb = await app.superuser();
		const bundleBody = fc.oneof(
			fc.jsonValue().map((v) => JSON.stringify(v)),
			fc
				.jsonValue()
				.map((v) => JSON.stringify({ format: 'mamori-bundle', version: 1, organisation: v, collections: v, files: v, signature: v })),
			fc.string({ maxLength: 500 }),
			fc.integer({ min: 100, max: 3000 }).map(deepJson)
		);
		await fc.assert(
			fc.asyncProperty(bundleBody, fc.boolean(), async (text, withPart) => {
				const form = new FormData();
				if (withPart) form.append('bundle', new Blob([text]), 'bundle.json');
				else form.append('other', text);
				const res = await fetch(`${app.pbUrl}/api/mamori/bundles/restore`, {
					method: 'POST',
					headers: { authorization: pb.authStore.token },
					body: form
				});
				const answer = (await res.json()) as { problems?: { where: string; message: string }[]; message?: string };
				expect(res.status, `${text.slice(0, 200)} → ${JSON.stringify(answer).slice(0, 300)}`).toBe(400);
				expect(answer.problems?.[0]?.where, JSON.stringify(answer).slice(0, 300)).toBeTruthy();
			}),
			{ numRuns: RUNS * 4 }
		);
	});

	it('the checklist YAML parser turns any text into a checklist or a list of issues with their path, never an exception', () => {
		const yamlish = fc.oneof(
			fc.string({ maxLength: 400 }),
			fc.jsonValue().map((v) => JSON.stringify(v)),
			fc.jsonValue().map((v) => `id: tiny\nversion: "1"\nsections:\n  - id: S1\n    items: ${JSON.stringify(v)}\n`),
			fc.integer({ min: 50, max: 400 }).map((d) => `${'- '.repeat(d)}x`),
			fc.constantFrom('a: &a [*a]', '!!binary AAAA', 'a: !!js/function "f(){}"', '? [a, b]\n: c', '%YAML 9.9\n---\na: 1', 'x: *undefined')
		);
		fc.assert(
			fc.property(yamlish, (text) => {
				const result = parseChecklistYaml('random.yaml', text);
				if (!result.ok) {
					expect(result.issues.length).toBeGreaterThan(0);
					for (const issue of result.issues) expect(JSON.stringify(issue)).toMatch(/"(path|field|line|message)"/);
				}
			}),
			{ numRuns: RUNS * 20 }
		);
	});
});
