// Scheduled work across restarts, on the controllable clock (MAMORI_TEST_CLOCK=1,
// pb_hooks/lib/clock.js): an approved risk acceptance expires by PocketBase's
// cron job (mamori_risk_acceptance_expiry), which is registered again after
// every start and catches up on what fell due while the server was down;
// evidence expiry and risk review dates are derived from the clock on every
// read, so they need no job and cannot go stale. Each survives kill -9.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCriteria } from '../../src/lib/domain/risks/criteria-defaults';
import { startMamori, type Mamori } from './support/app';
import { WebUser } from './support/web';
import { createOrg, PASSWORD, reconnect, type Org } from './support/world';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const DAY = 86_400_000;
const pbDate = (t: number) => new Date(t).toISOString().replace('T', ' ');

async function setClock(app: Mamori, instant: Date | null) {
	const pb = await app.superuser();
	await pb.send('/api/mamori/test/clock', { method: 'POST', body: { now: instant ? instant.toISOString() : null } });
}

async function seed(org: Org) {
	const security = org.security[0].pb;
	const executive = org.executive.pb;
	const criteria = await security.collection('risk_criteria').create({ organisation: org.id, status: 'draft', content: defaultCriteria() });
	await security.collection('risk_criteria').update(criteria.id, { status: 'submitted' });
	await executive
		.collection('signoffs')
		.create({ organisation: org.id, subject_collection: 'risk_criteria', subject_id: criteria.id, statement: '承認する' });
	const today = new Date().toISOString().slice(0, 10);
	const risk = await security.collection('risks').create({
		organisation: org.id,
		title: '変電所監視回線の長時間停止',
		category: 'spillover',
		threat: 'power_loss',
		owner: '系統運用部長',
		status: 'open',
		criteria: criteria.id,
		inherent_likelihood: 4,
		inherent_impact: 4,
		current_likelihood: 3,
		current_impact: 4,
		target_likelihood: 2,
		target_impact: 3,
		reviewed_at: `${today} 00:00:00.000Z`
	});
	const acceptance = await security.collection('risk_acceptances').create({
		organisation: org.id,
		risk: risk.id,
		status: 'requested',
		justification: '代替回線があり、追加の対策費用に見合わない。',
		expires_at: pbDate(Date.now() + 10 * DAY)
	});
	const preview = await executive.send<{ sha256: string }>(`/api/mamori/risk-acceptances/${acceptance.id}/preview`, { method: 'GET' });
	await executive.collection('signoffs').create({
		organisation: org.id,
		subject_collection: 'risk_acceptances',
		subject_id: acceptance.id,
		statement: '期限付きで受容する',
		expected_sha256: preview.sha256
	});
	const evidence = await security.collection('evidence').create({
		organisation: org.id,
		kind: 'link',
		title: '監視回線の点検記録（共有フォルダ）',
		url: 'https://intranet.example.jp/records/line-check',
		fiscal_year: 2026,
		expires_on: `${new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10)} 00:00:00.000Z`
	});
	return { risk: risk.id, acceptance: acceptance.id, evidence: evidence.id };
}

/** What the people see: is the evidence listed as expired, is the risk listed as due for review? */
async function seen(app: Mamori, org: Org) {
	const user = new WebUser(app.webUrl);
	await user.login(org.security[0].email, PASSWORD);
	const expired = await user.get(`/orgs/${org.id}/evidence?expiry=expired`);
	const due = await user.get(`/orgs/${org.id}/risks?view=due`);
	expect([expired.status, due.status]).toEqual([200, 200]);
	// rows of the filtered lists (the page data names every record anyway)
	return {
		evidenceExpired: expired.body.includes('data-testid="evidence-row" data-expiry="expired"'),
		riskDue: due.body.includes('data-testid="risk-row"')
	};
}

describe('scheduled work survives restarts', () => {
	it('acceptance expiry by cron, evidence expiry and review dates by the clock, after kill -9 and a clean restart', async () => {
		let app = await startMamori();
		dirs.push(app.dataDir);
		try {
			const org = await createOrg(app, { items: 3 });
			const ids = await seed(org);
			let su = await app.superuser();
			expect((await su.collection('risk_acceptances').getOne(ids.acceptance)).status).toBe('signed');
			expect(await seen(app, org)).toEqual({ evidenceExpired: false, riskDue: false });

			// the server dies; 200 days pass before it is back
			await app.crash('pocketbase');
			app = await startMamori({ dataDir: app.dataDir });
			su = await app.superuser();
			const crons = await su.send<{ id: string; expression: string }[]>('/api/crons', { method: 'GET' });
			expect(crons).toContainEqual({ id: 'mamori_risk_acceptance_expiry', expression: '*/5 * * * *' });
			await setClock(app, new Date(Date.now() + 200 * DAY));
			// shown expired on every read at once; the job writes it, as the system, with its audit entry
			await reconnect(org.auditor, app.pbUrl);
			expect((await org.auditor.pb.collection('risk_acceptances').getOne(ids.acceptance)).status).toBe('expired');
			await su.send('/api/crons/mamori_risk_acceptance_expiry', { method: 'POST' });
			const stored = await su.collection('risk_acceptances').getOne<{ status: string; expired_at: string }>(ids.acceptance);
			expect(stored.expired_at).not.toBe('');
			const entries = await su
				.collection('audit_log')
				.getFullList<{ actor_label: string; changes: Record<string, { after: unknown }> | null }>({
					filter: su.filter('record_id = {:id} && action = "update"', { id: ids.acceptance })
				});
			expect(entries.find((e) => e.changes?.status?.after === 'expired')?.actor_label).toBe('system');
			expect(await seen(app, org)).toEqual({ evidenceExpired: true, riskDue: true });

			// a clean restart, back on the real clock: the expiry the job wrote stays; the rest follows the clock again
			await app.stop();
			app = await startMamori({ dataDir: app.dataDir });
			su = await app.superuser();
			expect((await su.collection('risk_acceptances').getOne(ids.acceptance)).status).toBe('expired');
			expect(await seen(app, org)).toEqual({ evidenceExpired: false, riskDue: false });
			await setClock(app, new Date(Date.now() + 200 * DAY));
			expect(await seen(app, org)).toEqual({ evidenceExpired: true, riskDue: true });
		} finally {
			await app.stop();
		}
	});
});
