import PocketBase, { ClientResponseError } from 'pocketbase';
import { env } from '$env/dynamic/private';

/** Where the PocketBase server listens; set by scripts/start.js. */
export function pocketbaseUrl(): string {
	return env.PB_URL || 'http://127.0.0.1:8090';
}

/** A fresh client per request: the server acts with the signed-in user's own token. */
export function createClient(): PocketBase {
	const pb = new PocketBase(pocketbaseUrl());
	pb.autoCancellation(false);
	return pb;
}

/** Field errors PocketBase reported for a rejected create or update. */
export function fieldErrors(error: unknown): Record<string, string> {
	if (!(error instanceof ClientResponseError)) return {};
	const data = error.response?.data as Record<string, { message?: string }> | undefined;
	const result: Record<string, string> = {};
	for (const [field, detail] of Object.entries(data ?? {})) {
		if (detail && typeof detail.message === 'string') result[field] = detail.message;
	}
	return result;
}

export function statusOf(error: unknown): number | null {
	return error instanceof ClientResponseError ? error.status : null;
}
