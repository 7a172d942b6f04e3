// The route matrix (issue 8): every custom route — SvelteKit endpoints and
// form actions, PocketBase's routerAdd routes — answered for every actor,
// with the exact status the product means. The routes are read from the
// build and the hooks (support/routes.ts): a route without a row fails.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { reportSignature } from '$lib/server/reports/register';
import { auditGrant, fileEvidence, openFinding, pdfBytes } from '../integration/support/evidence';
import { FIXTURES, signedReport } from '../integration/support/collections';
import { incident, planOf } from '../integration/support/plans';
import { RISK_FIXTURES } from '../integration/support/risks';
import { draftAssessment } from '../integration/support/selfcheck';
import { createWorld, type World } from '../integration/support/world';
import { PB_ACTORS, PB_ROUTES, pathFor, WEB_ACTORS, WEB_ROUTES, type Cell, type PbActor, type WebActor } from './route-matrix';
import { pocketbaseRoutes, webRoutes } from './support/routes';
import { nextIp, web, webLogin } from './support/web';

const PASSWORD = 'world-password-123';
const PRINT = process.env.ROUTE_MATRIX_PRINT === '1';

async function pbLogin(email: string, password: string): Promise<string> {
	const pb = new PocketBase(inject('pbUrl'));
	await pb.collection('users').authWithPassword(email, password);
	return pb.authStore.token;
}

/** What an answer means for the matrix. */
function classify(status: number, location: string | null): Cell {
	if (status === 303 && location?.startsWith('/login')) return 'login';
	if ([401, 403, 404, 405, 429].includes(status) || status >= 500) return status as Cell;
	return 'reached';
}

describe('route matrix', () => {
	let world: World;
	let ids: Record<string, string>;
	const cookies = new Map<WebActor, string>();
	const pbTokens = new Map<PbActor, string>();
	let login: (actor: Exclude<WebActor, 'anonymous'>) => Promise<string>;

	beforeAll(() => setUp());

	async function setUp() {
		world = await createWorld();
		const grant = await auditGrant(world);
		const evidence = await fileEvidence(world);
		const pdf = pdfBytes();
		const { signature: _unsigned, ...registration } = signedReport(world);
		const body = { ...registration, pdf_sha256: createHash('sha256').update(pdf).digest('hex') };
		const file = new File([new Uint8Array(pdf)], 'r.pdf', { type: 'application/pdf' });
		const signature = reportSignature(body as Parameters<typeof reportSignature>[0], inject('reportKey'));
		const report = (
			await world
				.client('executive')
				.collection('reports')
				.create({ ...body, signature, file })
		).id;
		const incidentId = await incident(world);
		const incidentReport = await world.superuser.collection('incident_reports').create({
			organisation: world.orgA,
			incident: incidentId,
			status: 'draft',
			contact_person: '守谷',
			contact_means: '電話',
			summary: '調査中',
			sharing_scope: 'government_only'
		});
		const assessment = await draftAssessment(world);
		await planOf(world, 'bcp');
		ids = {
			org: world.orgA,
			grant: grant.id,
			evidence: evidence.evidence,
			revision: evidence.revision,
			finding: await openFinding(world),
			risk: await RISK_FIXTURES.risks.seed(world),
			acceptance: await RISK_FIXTURES.risk_acceptances.seed(world),
			exercise: await FIXTURES.exercises.seed(world),
			incident: incidentId,
			number: String(incidentReport.number ?? 1),
			report,
			assessment: assessment.id,
			pinned: assessment.checklist,
			signoff: await FIXTURES.signoffs.seed(world),
			token: 'x'.repeat(48)
		};
		login = (actor) =>
			actor === 'grantee' ? webLogin(grant.email, grant.password, nextIp()) : webLogin(world.users[actor].email, PASSWORD, nextIp());
		for (const actor of WEB_ACTORS) if (actor !== 'anonymous') cookies.set(actor, await login(actor));
		for (const actor of PB_ACTORS) {
			if (actor === 'anonymous') continue;
			if (actor === 'superuser') pbTokens.set(actor, world.superuser.authStore.token);
			else if (actor === 'grantee') pbTokens.set(actor, await pbLogin(grant.email, grant.password));
			else pbTokens.set(actor, world.client(actor).authStore.token);
		}
	}

	it('has a row for every SvelteKit endpoint and form action, and no row for a route that does not exist', () => {
		expect(Object.keys(WEB_ROUTES).sort()).toEqual(webRoutes());
	});

	it('has a row for every PocketBase custom route, and no other', () => {
		expect(Object.keys(PB_ROUTES).sort()).toEqual(pocketbaseRoutes());
	});

	const printed: string[] = [];
	// rows that delete or leave run last, so that the records the other rows point at still exist
	const destructive = (route: string) => (route.includes('leave') ? 2 : /delete|revoke|removeRole|restore/i.test(route) ? 1 : 0);
	const rows = [
		...(PRINT ? webRoutes() : Object.keys(WEB_ROUTES)).map((route) => ({ route, pb: false })),
		...(PRINT ? pocketbaseRoutes() : Object.keys(PB_ROUTES)).map((route) => ({ route, pb: true }))
	].sort((x, y) => destructive(x.route) - destructive(y.route));

	for (const { route, pb } of rows) {
		it(`${pb ? 'PocketBase' : 'web'} ${route}`, async () => {
			// leaving an organisation ends the membership the other rows rely on: a world of its own
			if (route.includes('leave')) await setUp();
			const seen = pb ? await pbRow(route) : await webRow(route);
			if (PRINT) printed.push(`'${route}': ${JSON.stringify(seen)},`);
			else expect({ route, ...seen }).toEqual({ route, ...(pb ? PB_ROUTES : WEB_ROUTES)[route] });
		});
	}

	async function webRow(route: string): Promise<Partial<Record<WebActor, Cell>>> {
		const [method] = route.split(' ');
		const path = pathFor(route, ids);
		const seen: Partial<Record<WebActor, Cell>> = {};
		// a delete by the security team goes last: the others' answers are about the record, not about its absence
		const actors = destructive(route) ? [...WEB_ACTORS.filter((a) => a !== 'security'), 'security' as const] : WEB_ACTORS;
		for (const actor of actors) {
			// logging out ends the session: a session of its own, not the one the other rows use
			const cookie = route.startsWith('POST /logout') && actor !== 'anonymous' ? await login(actor) : cookies.get(actor);
			const answer = await web(path, { method, form: method === 'POST' ? {} : undefined, cookie, ip: nextIp() });
			seen[actor] = classify(answer.status, answer.location);
		}
		return seen;
	}

	async function pbRow(route: string): Promise<Partial<Record<PbActor, Cell>>> {
		const [method] = route.split(' ');
		const path = pathFor(route, ids);
		const seen: Partial<Record<PbActor, Cell>> = {};
		for (const actor of PB_ACTORS) {
			const headers: Record<string, string> = { 'content-type': 'application/json' };
			const token = pbTokens.get(actor);
			if (token) headers.authorization = token;
			// the organisation the body names, where the route takes one
			const body = method === 'GET' ? undefined : JSON.stringify({ organisation: ids.org });
			const res = await fetch(`${inject('pbUrl')}${path}`, { method, headers, body, redirect: 'manual' });
			await res.arrayBuffer();
			seen[actor] = classify(res.status, null);
		}
		return seen;
	}

	it('prints', () => {
		if (PRINT) console.log(printed.join('\n'));
	});
});
