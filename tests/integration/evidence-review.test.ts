import { beforeAll, describe, expect, it } from 'vitest';
import { fileEvidence, linkEvidence, openFinding, openRequest, pdfBytes, reviewTarget, upload } from './support/evidence';
import { createWorld, statusOf, type World } from './support/world';

interface Finding {
	id: string;
	status: string;
	response: string;
	raised_by: string;
	responded_by: string;
	closed_by: string;
	fiscal_year: number;
}

async function code(call: () => Promise<unknown>): Promise<string> {
	try {
		await call();
		return 'ok';
	} catch (error) {
		const e = error as { status: number; response?: { data?: Record<string, { code?: string }> } };
		return Object.values(e.response?.data ?? {})[0]?.code ?? String(e.status);
	}
}

describe("the auditor's review", () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	const as = (actor: 'auditor' | 'security' | 'executive') => ({
		reviews: world.client(actor).collection('evidence_reviews'),
		findings: world.client(actor).collection('findings'),
		requests: world.client(actor).collection('evidence_requests')
	});

	it('reviews the current revision; "needs more" and "rejected" say why; only auditors review', async () => {
		const file = await fileEvidence(world);
		expect(await code(() => as('auditor').reviews.create({ organisation: world.orgA, evidence: file.evidence, verdict: 'rejected' }))).toBe(
			'required'
		);
		const review = await as('auditor').reviews.create({
			organisation: world.orgA,
			evidence: file.evidence,
			verdict: 'needs_more',
			comment: '押印のある版を'
		});
		expect(review).toMatchObject({ revision: file.revision, reviewer: world.users.auditor.id, verdict: 'needs_more' });
		const second = await upload(
			world,
			'security',
			{ organisation: world.orgA, evidence: file.evidence },
			{ bytes: pdfBytes(), name: 'v2.pdf' }
		);
		if (!second.ok) throw new Error('upload failed');
		const accepted = await as('auditor').reviews.create({ organisation: world.orgA, evidence: file.evidence, verdict: 'accepted' });
		expect(accepted.revision).toBe(second.value.revision);
		for (const actor of ['security', 'executive'] as const) {
			expect(
				await statusOf(() => as(actor).reviews.create({ organisation: world.orgA, evidence: file.evidence, verdict: 'accepted' })),
				actor
			).toBe(400);
		}
		expect(await statusOf(() => world.superuser.collection('evidence_reviews').update(review.id, { verdict: 'accepted' }))).not.toBe(200);
	});

	it('moves a finding: raised → responded → closed → reopened, each step in its history', async () => {
		const id = await openFinding(world);
		expect(await code(() => as('security').findings.update(id, { status: 'responded' }))).toBe('required');
		expect(await statusOf(() => as('security').findings.update(id, { status: 'closed' }))).toBe(403);
		const responded = await as('security').findings.update<Finding>(id, {
			status: 'responded',
			response: '机上演習を実施し記録を追加した。'
		});
		expect(responded).toMatchObject({ status: 'responded', responded_by: world.users.security.id });
		expect(await statusOf(() => as('security').findings.update(id, { title: '変更' }))).toBe(403);
		const closed = await as('auditor').findings.update<Finding>(id, { status: 'closed', note: '記録を確認した' });
		expect(closed).toMatchObject({ status: 'closed', closed_by: world.users.auditor.id });
		expect(await code(() => as('auditor').findings.update(id, { severity: 'high' }))).toBe('closed');
		expect(await code(() => as('auditor').findings.update(id, { status: 'open' }))).toBe('required');
		const reopened = await as('auditor').findings.update<Finding>(id, { status: 'open', note: '参加者名簿が添付されていない' });
		expect(reopened).toMatchObject({ status: 'open', closed_by: '' });
		const events = await world
			.client('executive')
			.collection('finding_events')
			.getFullList({ filter: `finding = "${id}"`, sort: 'created' });
		expect(events.map((e) => e.kind)).toEqual(['raised', 'responded', 'closed', 'reopened']);
		expect(events[3].body).toBe('参加者名簿が添付されていない');
		expect(await statusOf(() => world.superuser.collection('findings').delete(id))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('finding_events').update(events[0].id, { body: 'x' }))).toBe(400);
	});

	it('keeps a finding on its target and refuses targets of other organisations or unregistered types', async () => {
		const id = await openFinding(world);
		expect(await code(() => as('auditor').findings.update(id, { target_part: 'x:y' }))).toBe('immutable');
		expect(await code(() => as('auditor').findings.update(id, { raised_by: world.users.security.id }))).toBe('immutable');
		const finding = await as('auditor').findings.getOne<Finding>(id);
		expect(finding.fiscal_year).toBe(2050);
		const target = await reviewTarget(world);
		expect(await code(() => as('auditor').findings.create({ ...target, target_type: 'answers', title: 'x', severity: 'low' }))).toBe(
			'unknown'
		);
		const theirs = await world
			.client('otherOrg')
			.collection('evidence')
			.create({ organisation: world.orgB, kind: 'link', title: 'B', url: 'https://b.example', fiscal_year: 2026 });
		expect(
			await statusOf(() =>
				world
					.client('mixed')
					.collection('findings')
					.create({ organisation: world.orgA, target_type: 'evidence', target_id: theirs.id, title: 'x', severity: 'low' })
			)
		).toBe(400);
		const evidenceFinding = await as('auditor').findings.create({
			organisation: world.orgA,
			target_type: 'evidence',
			target_id: await linkEvidence(world),
			title: '有効期限切れ',
			severity: 'low'
		});
		expect(await code(() => world.client('security').collection('evidence').delete(evidenceFinding.target_id))).toBe('has_findings');
	});

	it('requests evidence; the security team fulfils it (and the evidence is linked to the item); the auditor reopens or withdraws', async () => {
		const id = await openRequest(world);
		const request = await as('security').requests.getOne(id);
		expect(request).toMatchObject({ status: 'open', requested_by: world.users.auditor.id, fiscal_year: 2050 });
		expect(await statusOf(() => as('security').requests.update(id, { status: 'withdrawn' }))).toBe(403);
		expect(await code(() => as('security').requests.update(id, { status: 'fulfilled' }))).toBe('required');
		const evidence = await linkEvidence(world);
		await as('security').requests.update(id, { status: 'fulfilled', evidence, resolution: '演習記録を登録した' });
		const links = await world.superuser.collection('evidence_links').getFullList({ filter: `evidence = "${evidence}"` });
		expect(links.map((l) => [l.target_id, l.target_part])).toEqual([[request.target_id, request.target_part]]);
		expect(await code(() => as('auditor').requests.update(id, { status: 'open' }))).toBe('required');
		const again = await as('auditor').requests.update(id, { status: 'open', resolution: '参加者名簿も必要' });
		expect(again).toMatchObject({ status: 'open', evidence: '', resolved_by: '' });
		await as('auditor').requests.update(id, { status: 'withdrawn', resolution: '別の指摘事項で扱う' });
		expect((await as('security').requests.getOne(id)).status).toBe('withdrawn');
		const target = await reviewTarget(world);
		expect(await statusOf(() => as('executive').requests.create({ ...target, title: 'x' }))).toBe(400);
	});
});
