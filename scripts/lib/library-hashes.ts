/** The library checklists' content hashes (see scripts/checklists-hashes.ts), computed as PocketBase computes them. */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadChecklistLibrary } from '../../src/lib/server/checklists/library';

const require = createRequire(import.meta.url);
const { canonicalJson } = require('../../pb_hooks/lib/canonical-json.js') as { canonicalJson(value: unknown): string };

export const LIBRARY_HASHES_FILE = path.join('pb_hooks', 'lib', 'library-checklists.json');

/** sha256 of the content as PocketBase stores it (JSON, so a round trip first), by "<id>@<version>", sorted. */
export async function libraryHashes(root = '.'): Promise<Record<string, string>> {
	const library = await loadChecklistLibrary({ root });
	const entries = library.checklists.map(({ checklist }) => {
		const stored: unknown = JSON.parse(JSON.stringify(checklist));
		return [`${checklist.id}@${checklist.version}`, createHash('sha256').update(canonicalJson(stored)).digest('hex')] as const;
	});
	return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
