/** RFC 4122 version-5 UUIDs (SHA-1 of a namespace and a name): the same name always gives the same UUID. */
import { createHash } from 'node:crypto';

/** mamori's UUID namespace (a random UUID fixed once). */
export const MAMORI_UUID_NAMESPACE = '5d291b8c-a5d3-4a6b-a5c0-b6548f6ad2ef';

export function uuidV5(name: string, namespace = MAMORI_UUID_NAMESPACE): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
