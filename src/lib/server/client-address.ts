/**
 * The web server calls PocketBase for everyone from one address; it names the
 * person's own address in X-Forwarded-For, which PocketBase trusts
 * (pb_migrations/1764800000_trusted_proxy.js), so that PocketBase's
 * per-client limits apply per person. The header is set, never passed on
 * from the incoming request.
 */
import type PocketBase from 'pocketbase';

export function forwardClientAddress(pb: PocketBase, address: string | undefined): void {
	if (!address) return;
	pb.beforeSend = (url, options) => {
		options.headers = { ...options.headers, 'X-Forwarded-For': address };
		return { url, options };
	};
}

/** `event.getClientAddress()`, or undefined where the adapter cannot tell. */
export function clientAddressOf(getClientAddress: () => string): string | undefined {
	try {
		return getClientAddress() || undefined;
	} catch {
		return undefined;
	}
}
