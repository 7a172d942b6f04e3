// The XSS corpus in every free-text field (issue 8), part two: the schema
// decides which fields there are (XSS_FIELDS must name every text, JSON and
// file field of the live collections), and the fields marked 'corpus' are
// filled with payloads through PocketBase's REST API as the organisation's
// own user (its rules and hooks apply), evidence file names through the
// upload route. Then every page that shows them is opened in Chromium: any
// dialog, page error or CSP violation fails.
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';
import { login } from './support';
import { watchForScripts } from './xss-watch';
import { defaultCriteria } from '../../src/lib/domain/risks/criteria-defaults';
import { XSS_FIELDS } from './xss-fields';
import { seedWorkflows, type WorkflowContext } from './xss-workflows';

const PAYLOADS = [
	'<script>alert("f1")</script>',
	'<img src=x onerror=alert("f2")>',
	'"><svg onload=alert("f3")>',
	"javascript:alert('f4')",
	'[リンク](javascript:alert("f5"))',
	'</textarea><script>alert("f6")</script>',
	'<a href="data:text/html,<script>alert(7)</script>">a</a>'
];
const ALL = PAYLOADS.join(' ');
const PASSWORD = 'xss-fields-password-1';
const TEXT_TYPES = new Set(['text', 'editor', 'json', 'file', 'url', 'email']);

async function superuser(): Promise<PocketBase> {
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('_superusers').authWithPassword('setup@mamori.local', E2E_SETUP_PASSWORD);
	return pb;
}

test('every text, JSON and file field of the schema has an entry in the XSS corpus map', async () => {
	const pb = await superuser();
	const live: Record<string, string[]> = {};
	for (const c of await pb.collections.getFullList()) {
		if (c.system || c.name.startsWith('_')) continue;
		live[c.name] = c.fields
			.filter((f: { type: string; name: string; system?: boolean }) => TEXT_TYPES.has(f.type) && !f.system)
			.map((f: { name: string }) => f.name)
			.sort();
	}
	const mapped = Object.fromEntries(Object.entries(XSS_FIELDS).map(([c, fields]) => [c, Object.keys(fields).sort()]));
	expect(mapped).toEqual(live);
});

interface Seeded {
	email: string;
	org: string;
	incident: string;
	report: number;
	exercise: string;
	evidence: string[];
	risk: string;
	acceptance: string;
	workflow: Omit<WorkflowContext, 'payloads'> & { auditor: PocketBase };
}

/** One payload string per field marked 'corpus' (the whole corpus, cut to the field's room where it is short). */
function corpus(collection: string, extra: Record<string, unknown>, limits: Map<string, number>): Record<string, unknown> {
	const body: Record<string, unknown> = { ...extra };
	for (const [field, coverage] of Object.entries(XSS_FIELDS[collection])) {
		if (coverage !== 'corpus' || field in extra) continue;
		// the whole corpus, or as much of it as the field holds (its limit in the live schema)
		body[field] = ALL.slice(0, limits.get(`${collection}.${field}`) || ALL.length);
	}
	return body;
}

async function seed(): Promise<Seeded> {
	const su = await superuser();
	const email = `xss-fields-${Date.now().toString(36)}@mamori.test`;
	const user = await su
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: PAYLOADS[1], verified: true, language: 'ja' });
	const org = (
		await su.collection('organisations').create({
			name: `XSS fields ${PAYLOADS[0]}`,
			sector: 'electricity',
			operator_class: 'other',
			fy_start_month: 4,
			admins: [user.id],
			security_team: [user.id],
			executives: [user.id]
		})
	).id;
	// the organisation's own auditor, named with a payload too
	const auditorEmail = `xss-fields-auditor-${Date.now().toString(36)}@mamori.test`;
	const auditorUser = await su.collection('users').create({
		email: auditorEmail,
		password: PASSWORD,
		passwordConfirm: PASSWORD,
		name: PAYLOADS[2],
		verified: true,
		language: 'ja'
	});
	await su.collection('organisations').update(org, { 'auditors+': auditorUser.id });
	const auditor = new PocketBase(process.env.E2E_PB_URL);
	await auditor.collection('users').authWithPassword(auditorEmail, PASSWORD);
	// from here on as the organisation's own user
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	const limits = new Map<string, number>();
	for (const c of await su.collections.getFullList())
		for (const f of c.fields as { name: string; max?: number }[]) if (f.max) limits.set(`${c.name}.${f.name}`, f.max);
	const create = (collection: string, body: Record<string, unknown>) =>
		pb.collection(collection).create(corpus(collection, { organisation: org, ...body }, limits));
	await create('critical_services', { name: `サービス ${PAYLOADS[2]}` });
	await create('important_systems', { name: `システム ${PAYLOADS[2]}` });
	await create('dependencies', { direction: 'upstream', category: 'telecom' });
	await create('contacts', { category: 'ministry' });
	await create('sharing_log', { received_at: '2026-11-01 00:00:00.000Z', source: 'ceptoar', purposes: ['prevention'] });
	const incident = (
		await create('incidents', { title: `インシデント ${PAYLOADS[2]}`, detected_at: '2026-11-20 01:12:00.000Z', status: 'open' })
	).id;
	const report = await create('incident_reports', { incident, status: 'draft', sharing_scope: 'government_only' });
	const exercise = (await create('exercises', { title: `演習 ${PAYLOADS[2]}`, kind: 'tabletop', held_on: '2026-10-15 00:00:00.000Z' })).id;
	await create('timeline_entries', { exercise, at: '2026-10-15 01:00:00.000Z', kind: 'inject' });
	await create('improvement_actions', { source: 'exercise', exercise, status: 'open' });
	const link = await create('evidence', { kind: 'link', url: 'https://intranet.example/bcp', fiscal_year: 2026 });
	// a file whose name is a payload, through the upload route the evidence page uses
	const form = new FormData();
	for (const [k, v] of Object.entries({
		organisation: org,
		title: `証跡 ${PAYLOADS[0]}`,
		description: ALL,
		fiscal_year: '2026',
		note: ALL
	}))
		form.append(k, v);
	form.append('file', new Blob([Buffer.from('%PDF-1.7\n% xss corpus\n')], { type: 'application/pdf' }), `${PAYLOADS[1]}.pdf`);
	const uploaded = await fetch(`${process.env.E2E_PB_URL}/api/mamori/evidence/upload`, {
		method: 'POST',
		body: form,
		headers: { authorization: pb.authStore.token }
	});
	expect(uploaded.status, await uploaded.clone().text()).toBe(200);
	const file = (await uploaded.json()) as { evidence: string };
	// risks: approved criteria (drafted by the security team, signed by the executive: the same user here)
	const criteria = await create('risk_criteria', { status: 'draft', content: defaultCriteria() });
	await pb.collection('risk_criteria').update(criteria.id, { status: 'submitted' });
	await pb
		.collection('signoffs')
		.create({ organisation: org, subject_collection: 'risk_criteria', subject_id: criteria.id, statement: ALL.slice(0, 500) });
	const risk = (
		await create('risks', {
			category: 'spillover',
			threat: 'power_loss',
			status: 'open',
			criteria: criteria.id,
			inherent_likelihood: 4,
			inherent_impact: 4,
			current_likelihood: 3,
			current_impact: 4,
			target_likelihood: 2,
			target_impact: 3
		})
	).id;
	await create('risk_actions', { risk, status: 'planned' });
	await create('risk_reviews', { risk, outcome: 'unchanged' });
	const acceptance = (
		await create('risk_acceptances', {
			risk,
			status: 'requested',
			expires_at: new Date(Date.now() + 60 * 86_400_000).toISOString().replace('T', ' ')
		})
	).id;
	await create('risk_dismissals', { candidate_key: 'spillover:power_loss' });
	await create('plans', { kind: 'bcp' });
	// the organisation's English name, and an outside auditor whose name and grant note are payloads
	await pb.collection('organisations').update(org, { name_en: ALL.slice(0, 200) });
	await pb.send(`/api/mamori/organisations/${org}/audit-grants`, {
		method: 'POST',
		body: {
			email: `xss-auditor-${Date.now().toString(36)}@audit.test`,
			name: PAYLOADS[2],
			password: 'xss-auditor-password-1',
			fiscal_year: 2026,
			until: '2099-12-31',
			note: ALL
		}
	});
	return {
		email,
		org,
		incident,
		report: report.number as number,
		exercise,
		evidence: [link.id, file.evidence],
		risk,
		acceptance,
		workflow: { su, pb, org, risk, acceptance, evidence: { link: link.id, file: file.evidence }, auditor }
	};
}

/**
 * A self-check started through the start form (the web server pins the
 * library checklist), with payloads in an answer's notes, justification and
 * owner (REST, as the security team).
 */
async function selfCheckWithNotes(page: Page, org: string, email: string): Promise<string> {
	const origin = new URL(page.url()).origin;
	const started = await page.request.post(`/orgs/${org}/selfcheck?/start`, {
		form: { fiscal_year: '2026', checklists: 'lib:cross-sector' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(started.status(), await started.text()).toBe(303);
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	const [assessment] = await pb.collection('assessments').getFullList({ filter: pb.filter('organisation = {:o}', { o: org }) });
	const checklist = await pb.collection('checklists').getOne(assessment.checklists[0]);
	const firstItem = (section: { items?: { id: string }[]; sections?: unknown[] }): string | undefined =>
		section.items?.[0]?.id ?? (section.sections as (typeof section)[] | undefined)?.map(firstItem).find(Boolean);
	const itemId = (checklist.content.sections as Parameters<typeof firstItem>[0][]).map(firstItem).find(Boolean);
	await pb.collection('answers').create({
		organisation: org,
		assessment: assessment.id,
		checklist: checklist.id,
		item_id: itemId,
		status: 'alternative',
		notes: ALL,
		justification: ALL,
		owner: PAYLOADS[2]
	});
	return assessment.id;
}

test('payloads in every seeded field never run, on every page that shows them', async ({ page }) => {
	test.setTimeout(180_000);
	const s = await seed();
	const problems = await watchForScripts(page);
	await login(page, s.email, PASSWORD);
	const base = `/orgs/${s.org}`;
	const assessment = await selfCheckWithNotes(page, s.org, s.email);
	const { auditor, ...workflow } = s.workflow;
	const workflowPages = await seedWorkflows(page, { ...workflow, payloads: PAYLOADS }, auditor);
	for (const path of [
		...workflowPages,
		base,
		`${base}/profile`,
		`${base}/plans`,
		`${base}/plans/bcp`,
		`${base}/plans/contacts`,
		`${base}/plans/sharing`,
		`${base}/plans/incidents`,
		`${base}/plans/incidents/${s.incident}`,
		`${base}/plans/incidents/${s.incident}/reports/${s.report}`,
		`${base}/plans/exercises`,
		`${base}/plans/exercises/${s.exercise}`,
		`${base}/plans/actions`,
		`${base}/evidence`,
		...s.evidence.map((id) => `${base}/evidence/${id}`),
		`${base}/risks`,
		`${base}/risks/${s.risk}`,
		`${base}/risks/acceptances`,
		`${base}/risks/acceptances/${s.acceptance}`,
		`${base}/risks/criteria`,
		`${base}/risks/suggestions`,
		`${base}/evidence/access`,
		`${base}/selfcheck`,
		`${base}/selfcheck/${assessment}`,
		`${base}/audit`
	]) {
		const answer = await page.goto(path);
		expect(answer?.status(), path).toBe(200);
		await expect(page.locator('html[data-hydrated]'), path).toHaveCount(1);
		await page.waitForLoadState('networkidle');
	}
	// shown as the text it is (the upload route keeps the file name, with characters a file name must not have replaced)
	await page.goto(`${base}/evidence/${s.evidence[1]}`);
	await expect(page.locator('main')).toContainText('img src=x onerror=alert(%22f2%22)_.pdf');
	await expect(page.locator('main')).toContainText(PAYLOADS[5]);
	// the workflow fields are shown, as text: the finding, the imported checklist, the reopened self-check, the returned plan
	for (const path of workflowPages.filter((p) => /findings\/|pinned\/|plans\/contingency\/versions/.test(p)).concat(workflowPages[4])) {
		await page.goto(path);
		await expect(page.locator('main'), path).toContainText(PAYLOADS[0]);
	}
	expect(problems).toEqual([]);
});
