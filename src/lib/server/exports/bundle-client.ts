/**
 * The Node side of backup bundles (format and checks: pb_hooks/lib/bundle.js;
 * reading and restoring: pb_hooks/bundles.pb.js). Export asks PocketBase for
 * the signed bundle and adds each file's bytes (base64); restore sends the
 * bundle and the decoded files to the restore route, which checks everything
 * before writing anything. Used by the admin's download and `npm run bundle`.
 */
import PocketBase, { ClientResponseError } from 'pocketbase';

export interface BundleFile {
	collection: string;
	record: string;
	field: string;
	name: string;
	size: number;
	sha256: string;
	data?: string;
}

export interface Bundle {
	format: string;
	version: number;
	created: string;
	organisation: string;
	collections: {
		name: string;
		fields: Record<string, string>;
		records: { id: string; values: Record<string, unknown>; sha256: Record<string, string> }[];
	}[];
	files: BundleFile[];
	signature: string;
}

export interface BundleProblem {
	where: string;
	message: string;
}

export type RestoreResult =
	| {
			ok: true;
			organisation: string;
			restored: Record<string, number>;
			files: number;
			createdAccounts: { id: string; email: string; password: string }[];
			reusedAccounts: string[];
	  }
	| { ok: false; status: number; problems: BundleProblem[] };

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** The organisation's whole bundle (admins of the organisation, or a superuser). */
export async function exportBundle(pb: PocketBase, orgId: string): Promise<Bundle> {
	const bundle = await pb.send<Bundle>(`/api/mamori/bundles/${encodeURIComponent(orgId)}`, { method: 'GET' });
	for (const file of bundle.files) {
		const url = pb.buildURL(`/api/mamori/bundles/${path(orgId, 'files', file.collection, file.record, file.field, file.name)}`);
		const response = await fetch(url, { headers: { Authorization: pb.authStore.token } });
		if (!response.ok) throw new Error(`could not read ${file.collection}/${file.record} ${file.name}: HTTP ${response.status}`);
		file.data = Buffer.from(await response.arrayBuffer()).toString('base64');
	}
	return bundle;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bundle file's text → the parts the restore route takes, or the problems found on the way. */
export function restoreParts(text: string): { ok: true; form: FormData } | { ok: false; problems: BundleProblem[] } {
	let bundle: Bundle;
	try {
		bundle = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as Bundle;
	} catch (error) {
		return {
			ok: false,
			problems: [{ where: '(file)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]
		};
	}
	if (!bundle || typeof bundle !== 'object' || !Array.isArray(bundle.files))
		return { ok: false, problems: [{ where: 'files', message: 'must be a list' }] };
	const problems: BundleProblem[] = [];
	const form = new FormData();
	const files = bundle.files.map((file, i) => {
		const where = `files[${i}] (${file.collection}/${file.record} ${file.field} "${file.name}") data`;
		if (typeof file.data !== 'string' || file.data.length % 4 !== 0 || !BASE64.test(file.data))
			problems.push({ where, message: 'must be the base64 of the file' });
		const { data, ...rest } = file;
		form.append(`file${i}`, new Blob([Buffer.from(data ?? '', 'base64')]), file.name);
		return rest;
	});
	if (problems.length) return { ok: false, problems };
	form.set('bundle', new Blob([JSON.stringify({ ...bundle, files })], { type: 'application/json' }), 'bundle.json');
	return { ok: true, form };
}

/** Sends a bundle to the restore route (a superuser's client). */
export async function restoreBundle(pb: PocketBase, text: string): Promise<RestoreResult> {
	const parts = restoreParts(text);
	if (!parts.ok) return { ok: false, status: 400, problems: parts.problems };
	try {
		const result = await pb.send<Omit<Extract<RestoreResult, { ok: true }>, 'ok'>>('/api/mamori/bundles/restore', {
			method: 'POST',
			body: parts.form
		});
		return { ok: true, ...result };
	} catch (error) {
		if (!(error instanceof ClientResponseError) || !error.status) throw error;
		const body = error.response as { message?: string; problems?: BundleProblem[] };
		return { ok: false, status: error.status, problems: body.problems ?? [{ where: '(server)', message: body.message ?? error.message }] };
	}
}
