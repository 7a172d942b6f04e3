// Builders for evidence records used by several integration tests: uploads
// go through the same route the web server uses, with a user's own token.
import { createHash, randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { StoredRevision as UploadAnswer } from '../../../src/lib/server/evidence/forward';
import { draftAssessment, submittedAssessment } from './selfcheck';
import type { Actor, World } from './world';

export interface UploadFailure {
	status: number;
	body: { message?: string; data?: Record<string, { code: string; message: string }> };
}

/** A small valid PDF-looking file (PocketBase and our hook sniff "%PDF-"). */
export function pdfBytes(size = 2048): Buffer {
	const head = Buffer.from('%PDF-1.7\n% mamori test\n');
	return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** POST /api/mamori/evidence/upload as `actor`; resolves with the answer or the refusal. */
export async function upload(
	world: World,
	actor: Actor,
	fields: Record<string, string>,
	file: { bytes: Uint8Array; name: string; type?: string } | null
): Promise<{ ok: true; value: UploadAnswer } | ({ ok: false } & UploadFailure)> {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
	const token = world.client(actor).authStore.token;
	const response = await fetch(`${inject('pbUrl')}/api/mamori/evidence/upload`, {
		method: 'POST',
		body: form,
		headers: token ? { authorization: token } : {}
	});
	const body = await response.json();
	if (response.ok) return { ok: true, value: body as UploadAnswer };
	return { ok: false, status: response.status, body };
}

let n = 0;

/** New file evidence in organisation A, uploaded by its security team. */
export async function fileEvidence(world: World, title = `Evidence ${n++}`, bytes = pdfBytes()): Promise<UploadAnswer> {
	const result = await upload(world, 'security', { organisation: world.orgA, title, fiscal_year: '2026' }, { bytes, name: 'policy.pdf' });
	if (!result.ok) throw new Error(`upload failed: ${result.status} ${JSON.stringify(result.body)}`);
	return result.value;
}

/** A link evidence in organisation A (created by the superuser). */
export async function linkEvidence(world: World, title = `Link ${n++}`): Promise<string> {
	const record = await world.superuser.collection('evidence').create({
		organisation: world.orgA,
		kind: 'link',
		title,
		url: 'https://intranet.example/policy',
		fiscal_year: 2026
	});
	return record.id;
}

/** A link body: new link evidence of organisation A on item S1-01 of a new draft self-check. */
export async function draftItemLink(world: World, evidence?: string): Promise<Record<string, string>> {
	const assessment = await draftAssessment(world);
	return {
		organisation: world.orgA,
		evidence: evidence ?? (await linkEvidence(world)),
		target_type: 'selfcheck_item',
		target_id: assessment.id,
		target_part: `${assessment.checklist}:S1-01`
	};
}

/** A target body on item S1-01 of a new submitted self-check (findings and requests are raised during the review). */
export async function reviewTarget(world: World): Promise<Record<string, string>> {
	const assessment = await submittedAssessment(world);
	return {
		organisation: world.orgA,
		target_type: 'selfcheck_item',
		target_id: assessment.id,
		target_part: `${assessment.checklist}:S1-01`
	};
}

/** An open evidence request of organisation A, raised by its auditor. */
export async function openRequest(world: World): Promise<string> {
	const body = { ...(await reviewTarget(world)), title: '2026年度の演習記録をアップロードしてください' };
	return (await world.client('auditor').collection('evidence_requests').create(body)).id;
}

/** An open finding of organisation A on a self-check item, raised by its auditor. */
export async function openFinding(world: World): Promise<string> {
	const body = { ...(await reviewTarget(world)), title: '演習記録の不足', severity: 'medium', description: '机上演習の記録がない。' };
	return (await world.client('auditor').collection('findings').create(body)).id;
}

let grantCount = 0;

/** An audit grant of organisation A for FY2050 to a new outside person; resolves with the grant and the person's login. */
export async function auditGrant(world: World, until = '2099-12-31'): Promise<{ id: string; email: string; password: string }> {
	const email = `outside-${Date.now().toString(36)}-${grantCount++}@audit.test`;
	const password = 'outside-auditor-pw-1';
	const answer = await world.client('admin').send<{ id: string }>(`/api/mamori/organisations/${world.orgA}/audit-grants`, {
		method: 'POST',
		body: { email, name: '外部 監査人', password, fiscal_year: 2050, until }
	});
	return { id: answer.id, email, password };
}
