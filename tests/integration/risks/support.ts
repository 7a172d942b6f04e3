// Helpers for the risk integration tests.
import type PocketBase from 'pocketbase';

/** PocketBase's batch endpoint is off by default; the immutability tests use it. */
export async function enableBatch(superuser: PocketBase): Promise<void> {
	await superuser.settings.update({ batch: { enabled: true, maxRequests: 50, timeout: 10, maxBodySize: 0 } });
}
