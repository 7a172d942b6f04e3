import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { pdfBytes, sha256, upload } from './support/evidence';
import { createWorld, statusOf, type World } from './support/world';

const MB = 1024 * 1024;

interface Revision {
	id: string;
	collectionId: string;
	collectionName: string;
	evidence: string;
	number: number;
	file: string;
	sha256: string;
	size: number;
	mime: string;
	original_name: string;
}

describe('evidence library', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	const fields = (extra: Record<string, string> = {}) => ({
		organisation: world.orgA,
		title: '防災訓練の記録',
		fiscal_year: '2026',
		...extra
	});

	async function download(actor: 'security' | 'otherOrg' | 'anonymous' | null, revision: Revision): Promise<Response> {
		const owner = world.client('security');
		let token = '';
		if (actor && actor !== 'anonymous') token = await world.client(actor).files.getToken();
		return fetch(owner.files.getURL(revision, revision.file, token ? { token } : {}));
	}

	it('stores the SHA-256 the server computed, byte for byte (binary content, not valid UTF-8)', async () => {
		const bytes = pdfBytes(3 * MB);
		const result = await upload(world, 'security', fields({ description: '年次訓練' }), { bytes, name: 'kunren.pdf', type: 'text/plain' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value).toMatchObject({
			number: 1,
			size: bytes.length,
			mime: 'application/pdf',
			sha256: sha256(bytes),
			name: 'kunren.pdf'
		});
		const revision = await world.client('security').collection('evidence_revisions').getOne<Revision>(result.value.revision);
		expect(revision.sha256).toBe(sha256(bytes));
		const response = await download('security', revision);
		expect(response.status).toBe(200);
		expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytes));
		const evidence = await world.client('auditor').collection('evidence').getOne(result.value.evidence);
		expect(evidence).toMatchObject({ kind: 'file', current_revision: revision.id, revision_count: 1, created_by: world.users.security.id });
	});

	it('decides the type from the content, whatever the name or declared type', async () => {
		const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), randomBytes(4000)]);
		const pe = Buffer.concat([Buffer.from('MZ'), randomBytes(4000)]);
		const refused: [Buffer, string, string][] = [
			[elf, 'report.pdf', 'executable'],
			[pe, 'minutes.docx', 'executable'],
			[Buffer.from('#!/bin/sh\nrm -rf /\n'), 'log.txt', 'script'],
			[Buffer.from('<html><script>alert(1)</script></html>'), 'note.txt', 'markup'],
			[randomBytes(5000), 'photo.png', 'unknown'],
			[Buffer.alloc(0), 'empty.txt', 'empty']
		];
		for (const [bytes, name, code] of refused) {
			const result = await upload(world, 'security', fields(), { bytes, name, type: 'application/pdf' });
			expect(result.ok, name).toBe(false);
			if (result.ok) continue;
			expect(result.status, name).toBe(400);
			expect(result.body.data?.file?.code, name).toBe(code);
			expect(result.body.data?.file?.message, name).toBeTruthy();
		}
		const sjis = Buffer.from([0x89, 0x50, 0x81, 0x43, 0x93, 0xfa, 0x95, 0x74, 0x0a, 0x31, 0x2c, 0x32, 0x0a]);
		const accepted: [Buffer, string, string][] = [
			[sjis, '記録.csv', 'text/csv'],
			[Buffer.from('2026-04-01T00:00:01 fw01 DROP IN=eth0\n'), 'fw.log', 'text/plain'],
			[Buffer.from('%PDF-1.4\n%%EOF\n'), 'named-wrongly.txt', 'application/pdf']
		];
		for (const [bytes, name, mime] of accepted) {
			const result = await upload(world, 'security', fields(), { bytes, name });
			expect(result.ok && result.value.mime, name).toBe(mime);
		}
	});

	it('refuses a file over the limit with the limit in the message, and keeps nothing', async () => {
		const before = await world.superuser.collection('evidence').getList(1, 1, { filter: `organisation = "${world.orgA}"` });
		const limits = await (await fetch(`${inject('pbUrl')}/api/mamori/evidence/limits`)).json();
		expect(limits.maxBytes).toBe(25 * MB);
		const over = await upload(world, 'security', fields(), { bytes: pdfBytes(25 * MB + 1), name: 'big.pdf' });
		expect(over.ok).toBe(false);
		if (!over.ok) {
			expect(over.body.data?.file?.code).toBe('too_large');
			expect(over.body.data?.file?.message).toContain('25 MB');
		}
		// far over PocketBase's body limit: a 413, or (under load) the connection closed before the body was all sent
		const far = await upload(world, 'security', fields(), { bytes: pdfBytes(27 * MB), name: 'huge.pdf' }).then(
			(answer) => (answer.ok ? 200 : answer.status),
			(error: unknown) => {
				const code = (error as { cause?: { code?: string } }).cause?.code;
				if (code === 'EPIPE' || code === 'ECONNRESET') return 'closed';
				throw error;
			}
		);
		expect([413, 'closed']).toContain(far);
		const noTitle = await upload(world, 'security', fields({ title: '' }), { bytes: pdfBytes(), name: 'x.pdf' });
		expect(noTitle.ok === false && noTitle.status).toBe(400);
		const noPeriod = await upload(world, 'security', fields({ fiscal_year: '' }), { bytes: pdfBytes(), name: 'x.pdf' });
		expect(noPeriod.ok === false && noPeriod.body.data?.effective_from?.code).toBe('required');
		const after = await world.superuser.collection('evidence').getList(1, 1, { filter: `organisation = "${world.orgA}"` });
		expect(after.totalItems).toBe(before.totalItems);
	});

	it('asks for a file when the request has no file part, and for a shorter note over the limit', async () => {
		const noFile = await upload(world, 'security', fields(), null);
		expect(noFile.ok === false && noFile.status).toBe(400);
		if (!noFile.ok) expect(noFile.body.data?.file).toEqual({ code: 'required', message: 'Choose one file to upload.' });
		const longNote = await upload(world, 'security', fields({ note: '記'.repeat(2001) }), { bytes: pdfBytes(), name: 'x.pdf' });
		expect(longNote.ok === false && longNote.body.data?.note?.code).toBe('too_long');
		// 2,000 characters of three bytes each are within the limit (counted in characters, not bytes)
		const fullNote = await upload(world, 'security', fields({ note: '記'.repeat(2000) }), { bytes: pdfBytes(), name: 'x.pdf' });
		expect(fullNote.ok).toBe(true);
	});

	it('keeps every revision with its hash; revisions never change, not even for a superuser', async () => {
		const first = pdfBytes(4000);
		const second = pdfBytes(5000);
		const one = await upload(world, 'security', fields(), { bytes: first, name: 'bcp-v1.pdf' });
		if (!one.ok) throw new Error('upload failed');
		const two = await upload(
			world,
			'security',
			{ organisation: world.orgA, evidence: one.value.evidence, note: '改訂' },
			{ bytes: second, name: 'bcp-v2.pdf' }
		);
		if (!two.ok) throw new Error(JSON.stringify(two.body));
		expect(two.value).toMatchObject({ evidence: one.value.evidence, number: 2, sha256: sha256(second) });
		const list = await world
			.client('executive')
			.collection('evidence_revisions')
			.getFullList<Revision>({ filter: `evidence = "${one.value.evidence}"`, sort: 'number' });
		expect(list.map((r) => [r.number, r.sha256, r.original_name])).toEqual([
			[1, sha256(first), 'bcp-v1.pdf'],
			[2, sha256(second), 'bcp-v2.pdf']
		]);
		const evidence = await world.superuser.collection('evidence').getOne(one.value.evidence);
		expect(evidence.current_revision).toBe(two.value.revision);
		const su = world.superuser.collection('evidence_revisions');
		expect(await statusOf(() => su.update(list[0].id, { sha256: 'a'.repeat(64) }))).toBe(400);
		expect(await statusOf(() => su.delete(list[0].id))).toBe(400);
		expect(
			await statusOf(() => world.client('security').collection('evidence').update(one.value.evidence, { current_revision: list[0].id }))
		).toBe(400);
		expect(await statusOf(() => world.client('security').collection('evidence').update(one.value.evidence, { revision_count: 9 }))).toBe(
			400
		);
	});

	it('cleans the stored name', async () => {
		const result = await upload(world, 'security', fields(), { bytes: pdfBytes(), name: '..\\..\\evil\u202Efdp.exe<>.pdf' });
		expect(result.ok && result.value.name).toBe('evilfdp.exe__.pdf');
	});

	it('refuses uploads by other roles, other organisations and anonymous visitors', async () => {
		const file = { bytes: pdfBytes(), name: 'x.pdf' };
		for (const [actor, status] of [
			['auditor', 403],
			['executive', 403],
			['otherOrg', 404],
			['anonymous', 401]
		] as const) {
			const result = await upload(world, actor, fields(), file);
			expect(result.ok === false && result.status, actor).toBe(status);
		}
		const theirs = await upload(world, 'otherOrg', { organisation: world.orgB, title: 'B', fiscal_year: '2026' }, file);
		if (!theirs.ok) throw new Error('upload failed');
		const sneaky = await upload(world, 'otherOrg', { organisation: world.orgB, evidence: theirs.value.evidence }, file);
		expect(sneaky.ok).toBe(true);
		const mine = await upload(world, 'security', fields(), file);
		if (!mine.ok) throw new Error('upload failed');
		const intoA = await upload(world, 'otherOrg', { organisation: world.orgB, evidence: mine.value.evidence }, file);
		expect(intoA.ok === false && intoA.status).toBe(404);
	});

	it('serves files only to members with a file token: not anonymously, not to other organisations', async () => {
		const bytes = pdfBytes();
		const result = await upload(world, 'security', fields(), { bytes, name: 'secret.pdf' });
		if (!result.ok) throw new Error('upload failed');
		const revision = await world.client('security').collection('evidence_revisions').getOne<Revision>(result.value.revision);
		expect((await download('security', revision)).status).toBe(200);
		expect((await download('anonymous', revision)).status).toBe(404);
		expect((await download('otherOrg', revision)).status).toBe(404);
		expect(await statusOf(() => world.client('otherOrg').collection('evidence_revisions').getOne(revision.id))).toBe(404);
		expect(await statusOf(() => world.client('anonymous').collection('evidence').getOne(result.value.evidence))).toBe(404);
	});

	it('writes the upload to the audit trail, with its actor', async () => {
		const result = await upload(world, 'security', fields(), { bytes: pdfBytes(), name: 'audit.pdf' });
		if (!result.ok) throw new Error('upload failed');
		const entries = await world.superuser.collection('audit_log').getFullList({
			filter: world.superuser.filter('record_id = {:a} || record_id = {:b}', { a: result.value.evidence, b: result.value.revision })
		});
		expect(entries.map((e) => `${e.collection}:${e.action}`).sort()).toEqual(['evidence:create', 'evidence_revisions:create']);
		for (const entry of entries) expect(entry.actor).toBe(world.users.security.id);
		const revisionEntry = entries.find((e) => e.collection === 'evidence_revisions');
		expect(revisionEntry?.changes.sha256.after).toBe(result.value.sha256);
	});

	it('checks the period and the link address on every save', async () => {
		const links = world.client('security').collection('evidence');
		const base = { organisation: world.orgA, kind: 'link', title: 'BCP', url: 'https://intranet.example/bcp' };
		expect(await statusOf(() => links.create({ ...base, fiscal_year: 2026 }))).toBe(200);
		expect(await statusOf(() => links.create({ ...base }))).toBe(400);
		expect(await statusOf(() => links.create({ ...base, effective_from: '2026-05-01', effective_to: '2026-04-01' }))).toBe(400);
		expect(await statusOf(() => links.create({ ...base, fiscal_year: 2026, url: 'javascript:alert(1)' }))).toBe(400);
		expect(await statusOf(() => links.create({ ...base, fiscal_year: 2026, kind: 'file' }))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('evidence').create({ ...base, fiscal_year: 2026, kind: 'file', url: '' }))).toBe(
			400
		);
	});
});
