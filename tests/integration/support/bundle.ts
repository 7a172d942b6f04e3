// Comparing backup bundles by content: sorted keys, without the export time and the signature over it.
import type { Bundle } from '$lib/server/exports/bundle-client';

function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, sorted((value as Record<string, unknown>)[k])])
		);
	}
	return value;
}

export function canonicalBundle(bundle: Bundle): string {
	return JSON.stringify(sorted({ ...bundle, created: null, signature: null }));
}
