/**
 * Writes pb_hooks/lib/library-checklists.json: the SHA-256 of the canonical
 * JSON content of every library checklist (checklists/**.yaml) by
 * "<id>@<version>". PocketBase accepts a `checklists` record marked
 * `source=library` only when its content has the listed hash
 * (pb_hooks/selfcheck.pb.js), so nobody can pin a doctored "library"
 * checklist. Run `npm run checklists:hashes` after changing the library;
 * a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LIBRARY_HASHES_FILE, libraryHashes } from './lib/library-hashes';

async function main() {
	const hashes = await libraryHashes();
	writeFileSync(LIBRARY_HASHES_FILE, JSON.stringify(hashes, null, '\t') + '\n');
	console.log(`[checklists] ${Object.keys(hashes).length} library checklist hashes written to ${LIBRARY_HASHES_FILE}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
