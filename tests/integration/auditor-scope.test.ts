// The auditor's scope: a person who is not a member sees one fiscal year's
// self-check and the evidence linked to it, until a date — and nothing else,
// through any path — and every view is in the audit trail.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AUDIT_GRANTS, FISCAL_YEAR } from '../../src/lib/domain/schema';
import { setClock } from './support/clock';
import { auditGrant, fileEvidence, sha256, pdfBytes, upload } from './support/evidence';
import { pinnedChecklist } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

interface Scope {
	grant: { id: string; fiscal_year: number };
	organisation: { id: string; name: string };
	assessments: { id: string; fiscal_year: number }[];
	answers: { id: string }[];
	evidence: { id: string }[];
	revisions: { id: string; evidence: string }[];
	findings: { id: string; target_id: string }[];
}

async function login(email: string, password: string): Promise<PocketBase> {
	const pb = new PocketBase(inject('pbUrl'));
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, password);
	return pb;
}

describe("the auditor's scope", () => {
	let world: World;
	let outsider: PocketBase;
	let grant: { id: string; email: string; password: string };
	let inside: { assessment: string; checklist: string; evidence: string; revision: string; bytes: Buffer };
	let outside: { assessment: string; checklist: string; evidence: string; revision: string; unlinked: string };

	async function assessment(year: number, revision: number): Promise<{ id: string; checklist: string }> {
		const checklist = await pinnedChecklist(world);
		const record = await world.superuser
			.collection('assessments')
			.create({ organisation: world.orgA, fiscal_year: year, revision, status: 'draft', checklists: [checklist] });
		await world.superuser.collection('assessments').update(record.id, { status: 'submitted' });
		return { id: record.id, checklist };
	}

	async function linkedFile(to: { id: string; checklist: string }, bytes = pdfBytes()) {
		const result = await upload(
			world,
			'security',
			{
				organisation: world.orgA,
				title: 'scoped',
				fiscal_year: '2026',
				link_type: 'selfcheck_item',
				link_id: to.id,
				link_part: `${to.checklist}:S1-01`
			},
			{ bytes, name: 'scoped.pdf' }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.body));
		return result.value;
	}

	const scope = () => outsider.send<Scope>(`/api/mamori/audit-grants/${grant.id}/scope`, { method: 'GET' });
	const file = (revision: string) =>
		fetch(`${inject('pbUrl')}/api/mamori/audit-grants/${grant.id}/files/${revision}`, {
			headers: { authorization: outsider.authStore.token }
		});

	beforeAll(async () => {
		world = await createWorld();
		const year = await assessment(2050, 900);
		const bytes = pdfBytes(5000);
		const upload1 = await linkedFile(year, bytes);
		inside = { assessment: year.id, checklist: year.checklist, evidence: upload1.evidence, revision: upload1.revision, bytes };
		const other = await assessment(2049, 900);
		const upload2 = await linkedFile(other);
		const unlinked = await fileEvidence(world);
		outside = {
			assessment: other.id,
			checklist: other.checklist,
			evidence: upload2.evidence,
			revision: upload2.revision,
			unlinked: unlinked.revision
		};
		grant = await auditGrant(world);
		outsider = await login(grant.email, grant.password);
	});

	afterAll(async () => {
		await setClock(null);
	});

	it('only an admin grants, never to a member, never ending in the past; the grant is audited', async () => {
		const body = { email: 'someone@audit.test', name: 'x', password: 'long-enough-pw', fiscal_year: 2050, until: '2099-01-01' };
		for (const actor of ['security', 'auditor', 'otherOrg'] as const) {
			const status = await statusOf(() =>
				world.client(actor).send(`/api/mamori/organisations/${world.orgA}/audit-grants`, { method: 'POST', body })
			);
			expect(status, actor).toBe(actor === 'otherOrg' ? 404 : 403);
		}
		const member = await statusOf(() =>
			world.client('admin').send(`/api/mamori/organisations/${world.orgA}/audit-grants`, {
				method: 'POST',
				body: { ...body, email: world.users.security.email }
			})
		);
		expect(member).toBe(400);
		const past = await statusOf(() =>
			world
				.client('admin')
				.send(`/api/mamori/organisations/${world.orgA}/audit-grants`, { method: 'POST', body: { ...body, until: '2001-01-01' } })
		);
		expect(past).toBe(400);
		const refusal = async (extra: Record<string, unknown>) => {
			try {
				await world
					.client('admin')
					.send(`/api/mamori/organisations/${world.orgA}/audit-grants`, { method: 'POST', body: { ...body, ...extra } });
				return null;
			} catch (err) {
				return (err as { response?: { data?: Record<string, { code: string; message: string }> } }).response?.data ?? null;
			}
		};
		// the bounds are the schema's fiscal years (schema-facts.js), stated in the message
		expect((await refusal({ fiscal_year: FISCAL_YEAR.max + 1 }))?.fiscal_year?.message).toBe(
			`Enter a fiscal year from ${FISCAL_YEAR.min} to ${FISCAL_YEAR.max}.`
		);
		expect((await refusal({ fiscal_year: FISCAL_YEAR.min - 1 }))?.fiscal_year?.code).toBe('invalid');
		// a note over the limit is refused, not cut short
		expect((await refusal({ note: 'x'.repeat(AUDIT_GRANTS.note.max + 1) }))?.note?.code).toBe('too_long');
		const trail = await world.superuser.collection('audit_log').getFullList({ filter: `record_id = "${grant.id}" && action = "create"` });
		expect(trail).toHaveLength(1);
		expect(trail[0].actor).toBe(world.users.admin.id);
	});

	it('shows the holder the fiscal year’s self-check and its linked evidence, nothing more', async () => {
		const seen = await scope();
		expect(seen.organisation.id).toBe(world.orgA);
		expect(seen.assessments.map((a) => a.fiscal_year)).toEqual([2050]);
		expect(seen.assessments.map((a) => a.id)).toContain(inside.assessment);
		expect(seen.assessments.map((a) => a.id)).not.toContain(outside.assessment);
		expect(seen.evidence.map((e) => e.id)).toEqual([inside.evidence]);
		expect(seen.revisions.map((r) => r.id)).toEqual([inside.revision]);
		const response = await file(inside.revision);
		expect(response.status).toBe(200);
		expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(inside.bytes));
		for (const revision of [outside.revision, outside.unlinked]) expect((await file(revision)).status).toBe(404);
	});

	it('gives the holder nothing through the REST API or PocketBase’s file URLs', async () => {
		for (const collection of [
			'organisations',
			'assessments',
			'answers',
			'checklists',
			'evidence',
			'evidence_revisions',
			'evidence_links',
			'findings',
			'evidence_reviews',
			'audit_log'
		]) {
			expect(await outsider.collection(collection).getFullList(), collection).toEqual([]);
		}
		expect(await statusOf(() => outsider.collection('evidence').getOne(inside.evidence))).toBe(404);
		expect(await statusOf(() => outsider.collection('assessments').getOne(inside.assessment))).toBe(404);
		const revision = await world.superuser.collection('evidence_revisions').getOne(inside.revision);
		const token = await outsider.files.getToken();
		expect((await fetch(outsider.files.getURL(revision, revision.file, { token }))).status).toBe(404);
		// the holder sees the grant itself, and may not change it
		expect((await outsider.collection('audit_grants').getFullList()).map((g) => g.id)).toEqual([grant.id]);
		expect(await statusOf(() => outsider.collection('audit_grants').update(grant.id, { until: '2199-01-01' }))).toBe(404);
	});

	it('lets the holder review, request and raise findings inside the scope only', async () => {
		const target = {
			organisation: world.orgA,
			target_type: 'selfcheck_item',
			target_id: inside.assessment,
			target_part: `${inside.checklist}:S1-01`
		};
		await outsider
			.collection('evidence_reviews')
			.create({ organisation: world.orgA, evidence: inside.evidence, verdict: 'needs_more', comment: '版数が不明' });
		const finding = await outsider.collection('findings').create({ ...target, title: '外部監査の指摘', severity: 'medium' });
		await outsider.collection('evidence_requests').create({ ...target, title: '承認記録' });
		await outsider.collection('findings').update(finding.id, { status: 'closed', note: '確認済み' });
		const elsewhere = { ...target, target_id: outside.assessment, target_part: `${outside.checklist}:S1-01` };
		expect(await statusOf(() => outsider.collection('findings').create({ ...elsewhere, title: 'x', severity: 'low' }))).toBe(403);
		expect(
			await statusOf(() =>
				outsider.collection('evidence_reviews').create({ organisation: world.orgA, evidence: outside.evidence, verdict: 'accepted' })
			)
		).toBe(403);
		expect((await scope()).findings.map((f) => f.id)).toContain(finding.id);
	});

	it('writes every view to the audit trail, with the holder as actor', async () => {
		await scope();
		await file(inside.revision);
		const views = await world
			.client('admin')
			.collection('audit_log')
			.getFullList({ filter: `record_id = "${grant.id}" && action = "view"`, sort: 'created' });
		expect(views.length).toBeGreaterThanOrEqual(3);
		for (const view of views) expect(view.actor).toBeTruthy();
		expect(views.every((v) => v.actor !== world.users.admin.id)).toBe(true);
		expect(views.some((v) => String(v.changes.viewed.after).startsWith('file scoped.pdf'))).toBe(true);
		expect(views.some((v) => v.changes.viewed.after === 'scope FY2050')).toBe(true);
	});

	it('ends after its last day (Japan time) and when revoked', async () => {
		const short = await auditGrant(world, '2090-03-31');
		const holder = await login(short.email, short.password);
		const look = () => statusOf(() => holder.send(`/api/mamori/audit-grants/${short.id}/scope`, { method: 'GET' }));
		await setClock('2090-03-31T14:59:00Z');
		expect(await look()).toBe(200);
		await setClock('2090-03-31T15:00:00Z');
		expect(await look()).toBe(403);
		const target = {
			organisation: world.orgA,
			target_type: 'selfcheck_item',
			target_id: inside.assessment,
			target_part: `${inside.checklist}:S1-01`
		};
		expect(await statusOf(() => holder.collection('findings').create({ ...target, title: 'late', severity: 'low' }))).toBe(403);
		await setClock(null);
		expect(await look()).toBe(200);
		expect(await statusOf(() => world.client('admin').collection('audit_grants').update(short.id, { until: '2199-01-01' }))).toBe(400);
		await world.client('admin').collection('audit_grants').update(short.id, { revoked: true });
		expect(await look()).toBe(403);
		expect(await statusOf(() => world.client('admin').collection('audit_grants').update(short.id, { revoked: false }))).toBe(400);
		// someone else's grant id is simply not there
		expect(await statusOf(() => outsider.send(`/api/mamori/audit-grants/${short.id}/scope`, { method: 'GET' }))).toBe(404);
	});
});
