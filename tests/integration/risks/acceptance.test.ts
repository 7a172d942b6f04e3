// Risk acceptance in PocketBase: request → approval through the one sign-off
// mechanism, which freezes a snapshot under its SHA-256; the snapshot stays
// while the risk moves on; nobody — superusers included, through REST, batch
// or delete — can change it; expiry is enforced on read and by the cron job
// with the controllable clock; revocation, rejection and withdrawal.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/lib/domain/reports/integrity';
import { createHash } from 'node:crypto';
import { pocketbaseNow, setClock } from '../support/clock';
import { acceptanceRequest, pbDate } from '../support/risks';
import { createWorld, statusOf, type World } from '../support/world';
import { enableBatch } from './support';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function approve(world: World, id: string) {
	const executive = world.client('executive');
	const preview = await executive.send<{ sha256: string; content: unknown }>(`/api/mamori/risk-acceptances/${id}/preview`, {
		method: 'GET'
	});
	const signoff = await executive.collection('signoffs').create({
		organisation: world.orgA,
		subject_collection: 'risk_acceptances',
		subject_id: id,
		statement: '承認',
		expected_sha256: preview.sha256
	});
	return { preview, signoff };
}

describe('risk acceptance', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
		await enableBatch(world.superuser);
	});
	afterEach(async () => {
		await setClock(null);
	});

	it('a request names who asked; one open request per risk; a person cannot ask for a past or far expiry', async () => {
		const { id, risk } = await acceptanceRequest(world);
		const record = await world.client('security').collection('risk_acceptances').getOne(id);
		expect([record.status, record.requested_by]).toEqual(['requested', world.users.security.id]);
		const again = { organisation: world.orgA, risk, status: 'requested', justification: 'x', expires_at: pbDate(30) };
		expect(await statusOf(() => world.client('security').collection('risk_acceptances').create(again))).toBe(400);
		const fresh = await acceptanceRequest(world);
		await world.client('security').collection('risk_acceptances').update(fresh.id, { status: 'withdrawn' });
		for (const days of [-1, 4 * 366]) {
			const body = { ...again, risk: fresh.risk, expires_at: pbDate(days) };
			expect(await statusOf(() => world.client('security').collection('risk_acceptances').create(body)), `${days} days`).toBe(400);
		}
		expect(
			await statusOf(() =>
				world
					.client('executive')
					.collection('risk_acceptances')
					.create({ ...again, risk: fresh.risk })
			)
		).not.toBe(200);
	});

	it('approval needs the hash of what was shown, then freezes exactly that snapshot', async () => {
		const { id, risk } = await acceptanceRequest(world);
		const executive = world.client('executive');
		const stale = { organisation: world.orgA, subject_collection: 'risk_acceptances', subject_id: id, expected_sha256: 'f'.repeat(64) };
		expect(await statusOf(() => executive.collection('signoffs').create(stale))).toBe(409);
		expect(await statusOf(() => world.client('security').collection('signoffs').create(stale))).not.toBe(200);
		const { preview, signoff } = await approve(world, id);
		const accepted = await world.client('auditor').collection('risk_acceptances').getOne(id);
		expect(accepted.status).toBe('signed');
		expect(accepted.snapshot).toEqual(preview.content);
		expect(accepted.content_sha256).toBe(preview.sha256);
		expect(signoff.content_sha256).toBe(preview.sha256);
		expect(sha256(canonicalJson(accepted.snapshot))).toBe(preview.sha256);
		expect(accepted.snapshot.levels.current).toMatchObject({ likelihood: 3, impact: 4, level: 2 });
		expect(accepted.snapshot.risk.id).toBe(risk);

		// the risk moves on; what was accepted does not
		await world.client('security').collection('risks').update(risk, { current_likelihood: 5, current_impact: 5, title: 'changed later' });
		const later = await world.client('auditor').collection('risk_acceptances').getOne(id);
		expect(later.snapshot).toEqual(accepted.snapshot);
		const verify = await world.client('auditor').send(`/api/mamori/signoffs/${signoff.id}/verify`, { method: 'GET' });
		expect(verify.matches).toBe(true);
	});

	it('an approved acceptance and its sign-off cannot be changed or deleted by anyone, by any path', async () => {
		const { id } = await acceptanceRequest(world);
		const { signoff } = await approve(world, id);
		const su = world.superuser;
		const before = await su.collection('risk_acceptances').getOne(id);
		for (const patch of [
			{ justification: 'rewritten' },
			{ expires_at: pbDate(500) },
			{ snapshot: { forged: true } },
			{ content_sha256: '0'.repeat(64) },
			{ status: 'requested' },
			{ status: 'expired' }
		]) {
			expect(
				await statusOf(() => world.client('security').collection('risk_acceptances').update(id, patch)),
				JSON.stringify(patch)
			).not.toBe(200);
			expect(
				await statusOf(() => world.client('executive').collection('risk_acceptances').update(id, patch)),
				JSON.stringify(patch)
			).not.toBe(200);
			expect(await statusOf(() => su.collection('risk_acceptances').update(id, patch)), `superuser ${JSON.stringify(patch)}`).toBe(400);
		}
		const batch = su.createBatch();
		batch.collection('risk_acceptances').update(id, { justification: 'batch' });
		expect(await statusOf(() => batch.send())).toBe(400);
		const batchDelete = su.createBatch();
		batchDelete.collection('risk_acceptances').delete(id);
		expect(await statusOf(() => batchDelete.send())).toBe(400);
		expect(await statusOf(() => su.collection('risk_acceptances').delete(id))).toBe(400);
		expect(await statusOf(() => su.collection('signoffs').delete(signoff.id))).toBe(400);
		// recreating it as approved is not possible either: a new record is only ever a new request
		const forged = {
			organisation: world.orgA,
			risk: before.risk,
			status: 'signed',
			justification: 'x',
			expires_at: pbDate(30),
			snapshot: before.snapshot,
			content_sha256: before.content_sha256
		};
		const recreated = await su.collection('risk_acceptances').create(forged);
		expect([recreated.status, recreated.snapshot, recreated.content_sha256]).toEqual(['requested', null, '']);
		const after = await su.collection('risk_acceptances').getOne(id);
		expect(after).toEqual(before);
	});

	it('expires after its last valid day: on every read at once, and in the database when the cron job runs', async () => {
		const { id } = await acceptanceRequest(world, 10);
		await approve(world, id);
		const record = await world.superuser.collection('risk_acceptances').getOne(id);
		const expiry = new Date(record.expires_at.replace(' ', 'T'));
		await setClock(new Date(expiry.getTime() - 60_000));
		expect((await world.client('auditor').collection('risk_acceptances').getOne(id)).status).toBe('signed');
		await setClock(new Date(expiry.getTime() + 60_000));
		expect(new Date(await pocketbaseNow()).getTime()).toBeGreaterThan(expiry.getTime());
		// read: shown expired before the job has run
		expect((await world.client('auditor').collection('risk_acceptances').getOne(id)).status).toBe('expired');
		const listed = await world
			.client('security')
			.collection('risk_acceptances')
			.getFullList({ filter: world.superuser.filter('id = {:id}', { id }) });
		expect(listed[0].status).toBe('expired');
		let entries = await world.superuser
			.collection('audit_log')
			.getFullList({ filter: world.superuser.filter('record_id = {:id} && action = "update"', { id }) });
		expect(entries.some((e) => e.changes?.status?.after === 'expired')).toBe(false);
		// the job writes it, as the system
		// PocketBase runs the job in the background: wait for its entry
		await world.superuser.send('/api/crons/mamori_risk_acceptance_expiry', { method: 'POST' });
		await expect
			.poll(
				async () => {
					entries = await world.superuser
						.collection('audit_log')
						.getFullList({ filter: world.superuser.filter('record_id = {:id} && action = "update"', { id }) });
					return entries.find((e) => e.changes?.status?.after === 'expired')?.actor_label;
				},
				{ timeout: 15_000 }
			)
			.toBe('system');
		expect((await world.superuser.collection('risk_acceptances').getOne(id)).expired_at).not.toBe('');
		// an expired acceptance is final
		expect(
			await statusOf(() => world.client('executive').collection('risk_acceptances').update(id, { status: 'revoked', revoked_reason: 'x' }))
		).not.toBe(200);
		// and the risk may be asked for again
		const again = await world
			.client('security')
			.collection('risk_acceptances')
			.create({
				organisation: world.orgA,
				risk: record.risk,
				status: 'requested',
				justification: '再承認を依頼する',
				expires_at: new Date(expiry.getTime() + 30 * 86_400_000).toISOString()
			});
		expect(again.status).toBe('requested');
	});

	it('an executive revokes an approval with a reason, or rejects a request with a comment; security may withdraw', async () => {
		const { id } = await acceptanceRequest(world);
		await approve(world, id);
		const executive = world.client('executive').collection('risk_acceptances');
		expect(await statusOf(() => executive.update(id, { status: 'revoked' }))).toBe(400);
		expect(
			await statusOf(() => world.client('security').collection('risk_acceptances').update(id, { status: 'revoked', revoked_reason: 'x' }))
		).toBe(400);
		const revoked = await executive.update(id, { status: 'revoked', revoked_reason: '前提となる予備回線が撤去された' });
		expect([revoked.status, revoked.revoked_by]).toEqual(['revoked', world.users.executive.id]);
		expect(await statusOf(() => executive.update(id, { revoked_reason: 'edited' }))).not.toBe(200);

		const request = await acceptanceRequest(world);
		expect(await statusOf(() => executive.update(request.id, { status: 'rejected' }))).toBe(400);
		const rejected = await executive.update(request.id, { status: 'rejected', decision_comment: '代替策の根拠が足りない' });
		expect([rejected.status, rejected.decided_by]).toEqual(['rejected', world.users.executive.id]);
		expect(await statusOf(() => world.client('security').collection('risk_acceptances').update(request.id, { status: 'requested' }))).toBe(
			400
		);

		const withdrawn = await acceptanceRequest(world);
		expect(await statusOf(() => executive.update(withdrawn.id, { status: 'withdrawn' }))).toBe(400);
		expect((await world.client('security').collection('risk_acceptances').update(withdrawn.id, { status: 'withdrawn' })).status).toBe(
			'withdrawn'
		);
	});

	it('a member of another organisation sees no acceptance and no preview', async () => {
		const { id } = await acceptanceRequest(world);
		expect(await statusOf(() => world.client('otherOrg').collection('risk_acceptances').getOne(id))).toBe(404);
		expect(await statusOf(() => world.client('otherOrg').send(`/api/mamori/risk-acceptances/${id}/preview`, { method: 'GET' }))).toBe(404);
	});
});
