// An XSS payload corpus in free-text fields (issue 8): stored in a fresh
// organisation by the setup superuser (names, descriptions, markdown notes,
// scenarios, lessons), then every page showing them is opened in Chromium.
// Any dialog, page error or CSP violation fails the test, and each payload
// must appear as the text it is.
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';
import { login } from './support';
import { watchForScripts } from './xss-watch';

const PAYLOADS = [
	'<script>alert("x1")</script>',
	'<img src=x onerror=alert("x2")>',
	'"><svg onload=alert("x3")>',
	"javascript:alert('x4')",
	'[クリック](javascript:alert("x5"))',
	'<iframe src="javascript:alert(`x6`)"></iframe>',
	'{{constructor.constructor("alert(7)")()}}',
	'</textarea><script>alert("x8")</script>',
	'<a href="data:text/html,<script>alert(9)</script>">a</a>'
];
const PASSWORD = 'xss-corpus-password-1';

async function seed(): Promise<{ email: string; org: string; incident: string; exercise: string }> {
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('_superusers').authWithPassword('setup@mamori.local', E2E_SETUP_PASSWORD);
	const email = `xss-${Date.now().toString(36)}@mamori.test`;
	const all = PAYLOADS.join(' ');
	const user = await pb
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: PAYLOADS[1], verified: true, language: 'ja' });
	const org = await pb.collection('organisations').create({
		name: `XSS ${PAYLOADS[0]}`,
		sector: 'electricity',
		operator_class: 'other',
		fy_start_month: 4,
		admins: [user.id],
		security_team: [user.id],
		executives: [user.id]
	});
	for (const [i, payload] of PAYLOADS.entries()) {
		await pb.collection('critical_services').create({ organisation: org.id, name: `S${i} ${payload}`, description: payload });
		await pb.collection('important_systems').create({ organisation: org.id, name: `Y${i} ${payload}`, description: payload });
	}
	const incident = await pb.collection('incidents').create({
		organisation: org.id,
		title: `I ${PAYLOADS[2]}`,
		description: all,
		lessons: all,
		detected_at: '2026-11-20 01:12:00.000Z',
		status: 'open',
		cause_case: 'unintentional.failure',
		situation: 'minor_failure',
		likelihood: 'hardly_possible'
	});
	const exercise = await pb.collection('exercises').create({
		organisation: org.id,
		title: `E ${PAYLOADS[2]}`,
		scenario: all,
		observations: all,
		kind: 'tabletop',
		held_on: '2026-10-15',
		plan_kinds: ['bcp']
	});
	return { email, org: org.id, incident: incident.id, exercise: exercise.id };
}

test('payloads in free-text fields never run, and show as text', async ({ page }) => {
	const { email, org, incident, exercise } = await seed();
	const problems = await watchForScripts(page);
	await login(page, email, PASSWORD);
	for (const path of [
		'/',
		`/orgs/${org}`,
		`/orgs/${org}/profile`,
		`/orgs/${org}/plans/incidents/${incident}`,
		`/orgs/${org}/plans/exercises/${exercise}`,
		`/orgs/${org}/audit`
	]) {
		await page.goto(path);
		await expect(page.locator('html[data-hydrated]'), path).toHaveCount(1);
		await page.waitForLoadState('networkidle');
	}
	await page.goto(`/orgs/${org}/profile`);
	await expect(page.getByText(`S0 ${PAYLOADS[0]}`, { exact: false }).first()).toBeVisible();
	await page.goto(`/orgs/${org}/plans/incidents/${incident}`);
	await expect(page.locator('main')).toContainText('<img src=x onerror=alert("x2")>');
	expect(problems).toEqual([]);
});
