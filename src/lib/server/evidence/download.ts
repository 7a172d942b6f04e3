/**
 * Serves one stored revision to a member: the record is read with the
 * user's token (PocketBase refuses other organisations), a short-lived file
 * token is asked for, and PocketBase's bytes are streamed through without
 * being held. Only images and PDFs are ever shown inline, with the type
 * decided from the content at upload; everything else is an attachment.
 */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { previewOf } from '$lib/domain/evidence/facts';
import { asciiFilename, rfc5987 } from '$lib/server/exports/download';
import { statusOf } from '$lib/server/pocketbase';
import type { RevisionRecord } from './records';

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function disposition(kind: 'inline' | 'attachment', name: string): string {
	return `${kind}; filename="${asciiFilename(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

export async function readRevision(pb: PocketBase, orgId: string, evidenceId: string, revisionId: string): Promise<RevisionRecord> {
	let record: RevisionRecord;
	try {
		record = await pb.collection('evidence_revisions').getOne<RevisionRecord>(revisionId);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'file not found');
	}
	if (record.organisation !== orgId || record.evidence !== evidenceId) error(404, 'file not found');
	return record;
}

export async function serveRevision(pb: PocketBase, record: RevisionRecord, inline: boolean, signal?: AbortSignal): Promise<Response> {
	const token = await pb.files.getToken();
	const upstream = await fetch(pb.files.getURL(record, record.file, { token }), { signal });
	if (!upstream.ok || !upstream.body) error(upstream.status === 404 ? 404 : 502, 'the file could not be read');
	const preview = inline ? previewOf(record.mime) : null;
	const headers = new Headers({
		'content-type': record.mime,
		'content-disposition': disposition(preview ? 'inline' : 'attachment', record.original_name),
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, no-store',
		'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
		'x-frame-options': 'SAMEORIGIN'
	});
	const length = upstream.headers.get('content-length');
	if (length) headers.set('content-length', length);
	return new Response(upstream.body, { headers });
}
