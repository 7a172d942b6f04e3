// The self-check's integrity rules, checked through the REST API as each role.
import { beforeAll, describe, expect, it } from 'vitest';
import { pinnedChecklist } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

interface Answer {
	id: string;
	item_id: string;
	status: string;
	notes: string;
	version: number;
	carried_over: boolean;
}

async function startSelfCheck(world: World, year: number, checklist: string, previous?: string) {
	return world.client('security').send<{ id: string; carried: number }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: world.orgA, fiscal_year: year, checklists: [checklist], previous, carryForward: !!previous }
	});
}

async function answersOf(world: World, assessment: string): Promise<Answer[]> {
	return world.superuser
		.collection('answers')
		.getFullList<Answer>({ filter: world.superuser.filter('assessment = {:a}', { a: assessment }), sort: 'item_id' });
}

describe('self-check workflow', () => {
	let world: World;
	let checklist: string;
	let assessment: string;

	beforeAll(async () => {
		world = await createWorld();
		checklist = await pinnedChecklist(world, '2026.1');
		assessment = (await startSelfCheck(world, 2026, checklist)).id;
	});

	it('starts a draft and refuses a second self-check for the same year', async () => {
		const record = await world.client('security').collection('assessments').getOne(assessment);
		expect(record.status).toBe('draft');
		expect(record.revision).toBe(1);
		const status = await statusOf(() => startSelfCheck(world, 2026, checklist));
		expect(status).toBe(400);
		expect(
			await statusOf(() =>
				world.client('executive').send('/api/mamori/assessments', {
					method: 'POST',
					body: { organisation: world.orgA, fiscal_year: 2031, checklists: [checklist] }
				})
			)
		).toBe(403);
	});

	it('refuses answers to items that are not in the pinned checklist', async () => {
		const status = await statusOf(() =>
			world
				.client('security')
				.collection('answers')
				.create({ organisation: world.orgA, assessment, checklist, item_id: 'NOPE-01', status: 'implemented' })
		);
		expect(status).toBe(400);
	});

	it('never lets a stale save overwrite a colleague’s answer', async () => {
		const api = world.client('security').collection('answers');
		const created = await api.create<Answer>({
			organisation: world.orgA,
			assessment,
			checklist,
			item_id: 'S1-01',
			status: 'partial',
			notes: 'first'
		});
		expect(created.version).toBe(1);
		const first = await api.update<Answer>(created.id, { status: 'implemented', notes: 'Alice', expected_version: 1 });
		expect(first.version).toBe(2);
		try {
			await api.update(created.id, { status: 'not_implemented', notes: 'Bob', expected_version: 1 });
			expect.unreachable('the stale save must be refused');
		} catch (error) {
			const response = error as { status: number; response: { data: { version: { code: string } } } };
			expect(response.status).toBe(409);
			expect(response.response.data.version.code).toBe('conflict');
		}
		expect(await statusOf(() => api.update(created.id, { notes: 'no version' }))).toBe(409);
		const stored = await api.getOne<Answer>(created.id);
		expect(stored.notes).toBe('Alice');
		// a second create of the same item fails on the unique index
		expect(await statusOf(() => api.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-01', status: 'partial' }))).toBe(
			400
		);
	});

	it('moves draft → submitted only for the security team, and locks answers while submitted', async () => {
		expect(await statusOf(() => world.client('executive').collection('assessments').update(assessment, { status: 'submitted' }))).toBe(400);
		expect(
			await statusOf(() =>
				world.client('auditor').collection('review_comments').create({ organisation: world.orgA, assessment, body: 'too early' })
			)
		).toBe(400);
		await world.client('security').collection('assessments').update(assessment, { status: 'submitted' });
		// returning to draft needs a reason, which is kept
		expect(await statusOf(() => world.client('executive').collection('assessments').update(assessment, { status: 'draft' }))).toBe(400);
		const back = await world
			.client('executive')
			.collection('assessments')
			.update(assessment, { status: 'draft', return_reason: '根拠の記載が不足' });
		expect(back.return_reason).toBe('根拠の記載が不足');
		expect(
			await statusOf(() =>
				world.client('security').collection('assessments').update(assessment, { status: 'submitted', return_reason: 'x' })
			)
		).toBe(400);
		await world.client('security').collection('assessments').update(assessment, { status: 'submitted' });
		const [answer] = await answersOf(world, assessment);
		expect(
			await statusOf(() =>
				world.client('security').collection('answers').update(answer.id, { notes: 'late', expected_version: answer.version })
			)
		).toBe(404);
		expect(
			await statusOf(() =>
				world.client('security').collection('assessments').update(assessment, { fiscal_year: 2027, status: 'submitted' })
			)
		).not.toBe(200);
		await world
			.client('auditor')
			.collection('review_comments')
			.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-01', body: '証跡を添付してください' });
	});

	it('signs with a SHA-256 of the signed content and then locks everything, for every client', async () => {
		const signoff = await world
			.client('executive')
			.collection('signoffs')
			.create({ organisation: world.orgA, subject_collection: 'assessments', subject_id: assessment, statement: '承認する' });
		expect(signoff.signer).toBe(world.users.executive.id);
		expect(signoff.content_sha256).toMatch(/^[0-9a-f]{64}$/);
		const signed = await world.superuser.collection('assessments').getOne(assessment);
		expect(signed.status).toBe('signed');
		expect(signed.content_sha256).toBe(signoff.content_sha256);
		expect(signed.signed_at).not.toBe('');

		const [answer] = await answersOf(world, assessment);
		const su = world.superuser;
		expect(await statusOf(() => su.collection('answers').update(answer.id, { notes: 'tamper', expected_version: answer.version }))).toBe(
			400
		);
		expect(await statusOf(() => su.collection('answers').delete(answer.id))).toBe(400);
		expect(
			await statusOf(() =>
				su.collection('answers').create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-02', status: 'implemented' })
			)
		).toBe(400);
		expect(await statusOf(() => su.collection('assessments').update(assessment, { status: 'draft' }))).toBe(400);
		expect(await statusOf(() => su.collection('assessments').delete(assessment))).toBe(400);
		expect(await statusOf(() => su.collection('review_comments').create({ organisation: world.orgA, assessment, body: 'late' }))).toBe(400);
		expect(
			await statusOf(() =>
				world
					.client('executive')
					.collection('signoffs')
					.create({ organisation: world.orgA, subject_collection: 'assessments', subject_id: assessment })
			)
		).toBe(400);

		const check = await world.client('auditor').send<{ matches: boolean; signed: string }>(`/api/mamori/signoffs/${signoff.id}/verify`, {});
		expect(check).toMatchObject({ matches: true, signed: signoff.content_sha256 });
	});

	it('reopens a signed self-check only as a new revision with a reason', async () => {
		const security = world.client('security');
		expect(
			await statusOf(() => security.send(`/api/mamori/assessments/${assessment}/reopen`, { method: 'POST', body: { reason: ' ' } }))
		).toBe(400);
		expect(
			await statusOf(() =>
				world.client('executive').send(`/api/mamori/assessments/${assessment}/reopen`, { method: 'POST', body: { reason: 'x' } })
			)
		).toBe(403);
		const { id } = await security.send<{ id: string }>(`/api/mamori/assessments/${assessment}/reopen`, {
			method: 'POST',
			body: { reason: '監査指摘の反映' }
		});
		const next = await security.collection('assessments').getOne(id);
		expect(next).toMatchObject({
			status: 'draft',
			revision: 2,
			fiscal_year: 2026,
			reopened_from: assessment,
			reopen_reason: '監査指摘の反映'
		});
		const before = await answersOf(world, assessment);
		const after = await answersOf(world, id);
		expect(after.map((a) => [a.item_id, a.status, a.notes])).toEqual(before.map((a) => [a.item_id, a.status, a.notes]));
		expect((await world.superuser.collection('assessments').getOne(assessment)).status).toBe('signed');
		expect(
			await statusOf(() => security.send(`/api/mamori/assessments/${assessment}/reopen`, { method: 'POST', body: { reason: 'again' } }))
		).toBe(400);
	});

	it('carries last year’s answers forward, marked for confirmation, and a save confirms them', async () => {
		const next = await pinnedChecklist(world, '2027.1');
		const { id, carried } = await startSelfCheck(world, 2027, next, assessment);
		expect(carried).toBe(1);
		const [answer] = await answersOf(world, id);
		expect(answer).toMatchObject({ item_id: 'S1-01', status: 'implemented', notes: 'Alice', carried_over: true, version: 1 });
		const confirmed = await world.client('security').collection('answers').update<Answer>(answer.id, { expected_version: 1 });
		expect(confirmed.carried_over).toBe(false);
		// the past year's answer is untouched
		expect((await answersOf(world, assessment))[0].notes).toBe('Alice');
	});
});
