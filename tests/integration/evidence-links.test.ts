import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftItemLink, fileEvidence, linkEvidence, pdfBytes, upload } from './support/evidence';
import { draftAssessment, submittedAssessment } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

const require = createRequire(import.meta.url);
const TARGETS = require('../../pb_hooks/lib/link-targets.json') as Record<string, { collection: string }>;

interface Link {
	id: string;
	evidence: string;
	target_type: string;
	target_id: string;
	target_part: string;
	created_by: string;
}

async function refusal(call: () => Promise<unknown>): Promise<{ status: number; code: string }> {
	try {
		await call();
		return { status: 200, code: '' };
	} catch (error) {
		const e = error as { status: number; response?: { data?: Record<string, { code?: string }> } };
		const data = e.response?.data ?? {};
		return { status: e.status, code: Object.values(data)[0]?.code ?? '' };
	}
}

describe('evidence links', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	const links = () => world.client('security').collection('evidence_links');

	async function sign(assessment: string) {
		await world
			.client('executive')
			.collection('signoffs')
			.create({ organisation: world.orgA, subject_collection: 'assessments', subject_id: assessment });
	}

	it('registers only record types its collection exists for', async () => {
		const su = world.superuser;
		const names = (await su.collections.getFullList()).map((c) => c.name);
		for (const [type, spec] of Object.entries(TARGETS)) expect(names, type).toContain(spec.collection);
	});

	it('links evidence to an item of a draft self-check, once, with who did it', async () => {
		const body = await draftItemLink(world);
		const link = await links().create<Link>(body);
		expect(link).toMatchObject({ target_type: 'selfcheck_item', created_by: world.users.security.id });
		expect(await statusOf(() => links().create(body))).toBe(400);
		expect(
			await statusOf(() =>
				world
					.client('auditor')
					.collection('evidence_links')
					.create({ ...body, target_part: body.target_part.replace('S1-01', 'S1-02') })
			)
		).toBe(400);
	});

	it('refuses unknown types, unknown items and records or evidence of another organisation', async () => {
		const body = await draftItemLink(world);
		expect((await refusal(() => links().create({ ...body, target_type: 'spaceships' }))).code).toBe('unknown');
		expect((await refusal(() => links().create({ ...body, target_part: body.target_part.replace('S1-01', 'NOPE') }))).code).toBe(
			'unknown_part'
		);
		expect((await refusal(() => links().create({ ...body, target_part: '' }))).code).toBe('unknown_part');
		expect((await refusal(() => links().create({ ...body, target_id: 'aaaaaaaaaaaaaaa' }))).code).toBe('not_found');
		// the mixed user is security team in B: B's evidence onto A's item, and A's evidence onto B's record, both fail
		const theirs = await world.client('otherOrg').collection('evidence').create({
			organisation: world.orgB,
			kind: 'link',
			title: 'B',
			url: 'https://b.example/',
			fiscal_year: 2026
		});
		expect(
			await statusOf(() =>
				world
					.client('mixed')
					.collection('evidence_links')
					.create({ ...body, organisation: world.orgB, evidence: theirs.id })
			)
		).toBe(400);
		expect(
			await statusOf(() => world.superuser.collection('evidence_links').create({ ...body, organisation: world.orgA, evidence: theirs.id }))
		).toBe(400);
	});

	it('refuses to delete used evidence, saying so; after unlinking it goes, with its revisions', async () => {
		const file = await fileEvidence(world);
		const link = await links().create<Link>(await draftItemLink(world, file.evidence));
		const refused = await refusal(() => world.client('security').collection('evidence').delete(file.evidence));
		expect(refused).toEqual({ status: 400, code: 'in_use' });
		expect((await refusal(() => world.superuser.collection('evidence').delete(file.evidence))).code).toBe('in_use');
		await links().delete(link.id);
		await world.client('security').collection('evidence').delete(file.evidence);
		expect(await statusOf(() => world.superuser.collection('evidence_revisions').getOne(file.revision))).toBe(404);
	});

	it('locks the evidence of a signed self-check: no new links, no unlinking, no deleting — not even for a superuser', async () => {
		const assessment = await submittedAssessment(world);
		const evidence = await linkEvidence(world);
		const body = {
			organisation: world.orgA,
			evidence,
			target_type: 'selfcheck_item',
			target_id: assessment.id,
			target_part: `${assessment.checklist}:S1-01`
		};
		const link = await links().create<Link>(body);
		await sign(assessment.id);
		expect((await refusal(() => links().create({ ...body, target_part: `${assessment.checklist}:S1-02` }))).code).toBe('locked');
		expect(await statusOf(() => links().delete(link.id))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('evidence_links').delete(link.id))).toBe(400);
		expect((await refusal(() => world.client('security').collection('evidence').delete(evidence))).code).toBe('signed');
		expect((await refusal(() => world.superuser.collection('evidence').delete(evidence))).code).toBe('signed');
	});

	it('keeps the items’ evidence when a signed self-check is reopened as a new revision', async () => {
		const assessment = await submittedAssessment(world);
		const evidence = await linkEvidence(world);
		const part = `${assessment.checklist}:S1-01`;
		await links().create({
			organisation: world.orgA,
			evidence,
			target_type: 'selfcheck_item',
			target_id: assessment.id,
			target_part: part
		});
		await sign(assessment.id);
		const reopened = await world
			.client('security')
			.send<{ id: string }>(`/api/mamori/assessments/${assessment.id}/reopen`, { method: 'POST', body: { reason: '証跡の差し替え' } });
		const copied = await links().getFullList<Link>({ filter: `target_id = "${reopened.id}"` });
		expect(copied.map((l) => [l.evidence, l.target_part])).toEqual([[evidence, part]]);
		// the new revision is a draft: its links change again (and it goes, freeing its revision number for other tests)
		await links().delete(copied[0].id);
		await world.client('security').collection('assessments').delete(reopened.id);
	});

	it('removes the links of a deleted draft self-check', async () => {
		const body = await draftItemLink(world);
		const link = await links().create<Link>(body);
		await world.client('security').collection('assessments').delete(body.target_id);
		expect(await statusOf(() => world.superuser.collection('evidence_links').getOne(link.id))).toBe(404);
		await world.client('security').collection('evidence').delete(body.evidence);
	});

	it('uploads and links in one transaction; a bad target keeps nothing', async () => {
		const assessment = await draftAssessment(world);
		const fields = {
			organisation: world.orgA,
			title: '点検記録',
			fiscal_year: '2026',
			link_type: 'selfcheck_item',
			link_id: assessment.id
		};
		const ok = await upload(
			world,
			'security',
			{ ...fields, link_part: `${assessment.checklist}:S1-02` },
			{ bytes: pdfBytes(), name: 'a.pdf' }
		);
		expect(ok.ok).toBe(true);
		if (!ok.ok) return;
		const link = await links().getOne<Link>(ok.value.link);
		expect(link).toMatchObject({ evidence: ok.value.evidence, target_id: assessment.id });
		const before = (await world.superuser.collection('evidence').getList(1, 1, { filter: `organisation = "${world.orgA}"` })).totalItems;
		const bad = await upload(
			world,
			'security',
			{ ...fields, link_part: `${assessment.checklist}:NOPE` },
			{ bytes: pdfBytes(), name: 'a.pdf' }
		);
		expect(bad.ok === false && bad.body.data?.target_part?.code).toBe('unknown_part');
		const after = (await world.superuser.collection('evidence').getList(1, 1, { filter: `organisation = "${world.orgA}"` })).totalItems;
		expect(after).toBe(before);
	});
});
