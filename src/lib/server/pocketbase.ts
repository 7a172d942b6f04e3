import PocketBase, { ClientResponseError } from 'pocketbase';

/**
 * Where the PocketBase server listens; set by scripts/start.js. Read from
 * process.env (what $env/dynamic/private is under adapter-node) so that the
 * report CLI, which runs this server code under tsx, can use it too.
 */
export function pocketbaseUrl(): string {
	return process.env.PB_URL || 'http://127.0.0.1:8090';
}

/** A fresh client per request: the server acts with the signed-in user's own token. */
export function createClient(): PocketBase {
	const pb = new PocketBase(pocketbaseUrl());
	pb.autoCancellation(false);
	return pb;
}

/*
 * What to tell a person when PocketBase refuses something lives in
 * rejections.ts (explainRejection) and forms.ts (rejected): never show a
 * raw PocketBase message, and never call a size limit a permission problem.
 */

export function statusOf(error: unknown): number | null {
	return error instanceof ClientResponseError ? error.status : null;
}
