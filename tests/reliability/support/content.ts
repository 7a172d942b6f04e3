// Everything a deployment holds, read as the superuser: every record of every
// collection (system collections aside), for comparing two data directories.
import type PocketBase from 'pocketbase';
import { expect } from 'vitest';

export async function allContent(pb: PocketBase): Promise<Record<string, unknown[]>> {
	const collections = await pb.collections.getFullList<{ name: string; system: boolean }>();
	const content: Record<string, unknown[]> = {};
	for (const c of collections.filter((c) => !c.name.startsWith('_')).sort((a, b) => a.name.localeCompare(b.name))) {
		content[c.name] = await pb.collection(c.name).getFullList({ sort: 'id' });
	}
	return content;
}

/** Every sign-off's hash still matches its subject, and every report's registration still verifies (HMAC). */
export async function expectSignedRecordsVerify(pb: PocketBase, memberOf: (org: string) => PocketBase) {
	const signoffs = (await pb.collection('signoffs').getFullList<{ id: string; organisation: string; content_sha256: string }>()).filter(
		(s) => s.content_sha256
	);
	for (const s of signoffs) {
		const check = await memberOf(s.organisation).send<{ matches: boolean }>(`/api/mamori/signoffs/${s.id}/verify`, { method: 'GET' });
		expect(check.matches, `sign-off ${s.id}`).toBe(true);
	}
	const reports = await pb.collection('reports').getFullList<{ report_id: string }>();
	for (const r of reports) {
		const verdict = await pb.send<{ signatureValid: boolean | null }>('/api/mamori/reports/verify', {
			method: 'POST',
			body: { report_id: r.report_id }
		});
		expect(verdict.signatureValid, `report ${r.report_id}`).toBe(true);
	}
	return { signoffs: signoffs.length, reports: reports.length };
}
