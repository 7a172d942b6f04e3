// Builders for evidence records used by several integration tests: uploads
// go through the same route the web server uses, with a user's own token.
import { createHash, randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { StoredRevision as UploadAnswer } from '../../../src/lib/server/evidence/forward';
import { draftAssessment } from './selfcheck';
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
