#!/usr/bin/env node
// Refreshes pb_hooks/types/pocketbase.d.ts from the types.d.ts that
// PocketBase writes into a data directory on its first start:
//   node scripts/pb-types.js [data dir]     (default: a fresh temporary one)
// Two constructors are widened to also take plain data (see
// pb_hooks/types/jsvm-init.d.ts); everything else is PocketBase's own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startPocketBase } from './lib/pocketbase-server.js';

/**
 * Where the generated types say less than the JSVM does (each is checked to
 * still be there, so an upgrade that changes them fails loudly):
 *  - the Collection and Field constructors take plain data (jsvm-init.d.ts);
 *  - a collection's API rules are `*string` in Go: null (nil) means
 *    "superusers only", and migrations set it;
 *  - the record finders return slices of records without nil entries, and
 *    findUploadedFiles one of files without nil entries (it throws when the
 *    request has no file under that key);
 *  - a record event always has its record, and a request event its request
 *    (PocketBase's own comment: "It is expected that the Response and
 *    Request fields are always set"). `e.auth` stays optional: guests.
 */
const ADJUST = [
	{ from: 'constructor(data?: Partial<Collection>)', to: 'constructor(data?: Partial<Collection> | CollectionInit)', count: 1 },
	{ from: 'constructor(data?: Partial<core.Field>)', to: 'constructor(data?: Partial<core.Field> | FieldInit)', count: 1 },
	...['listRule', 'viewRule', 'createRule', 'updateRule', 'deleteRule', 'authRule', 'manageRule'].map((rule) => ({
		from: `  ${rule}?: string\n`,
		to: `  ${rule}?: string | null\n`,
		count: 1
	})),
	...['findRecordsByIds', 'findAllRecords', 'findRecordsByFilter'].map((finder) => ({
		pattern: new RegExp(`(  ${finder}\\([^\\n]*\\)): Array<\\(Record \\| undefined\\)>`, 'g'),
		to: '$1: Array<Record>',
		count: 2
	})),
	{
		from: '  findUploadedFiles(key: string): Array<(filesystem.File | undefined)>\n',
		to: '  findUploadedFiles(key: string): Array<filesystem.File>\n',
		count: 1
	},
	{ from: ' interface baseRecordEventData {\n  record?: Record\n', to: ' interface baseRecordEventData {\n  record: Record\n', count: 1 },
	{
		from: ' interface RecordRequestEvent extends _sMztCme {\n  record?: Record\n',
		to: ' interface RecordRequestEvent extends _sMztCme {\n  record: Record\n',
		count: 1
	},
	{
		from: '  response: http.ResponseWriter\n  request?: http.Request\n',
		to: '  response: http.ResponseWriter\n  request: http.Request\n',
		count: 1
	}
];

/** The generated types with the adjustments above; throws when PocketBase's text moved. */
export function adjustTypes(generated) {
	let out = generated;
	for (const a of ADJUST) {
		const pattern = a.pattern ?? new RegExp(a.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
		const found = out.match(pattern)?.length ?? 0;
		if (found !== a.count)
			throw new Error(`pb-types: expected ${a.count} × ${pattern} in PocketBase's types.d.ts, found ${found}; update scripts/pb-types.js`);
		out = out.replace(pattern, a.to);
	}
	return `/// <reference path="./jsvm-init.d.ts" />\n// Copied by scripts/pb-types.js from PocketBase's generated types.d.ts, adjusted where it says less than the JSVM (see there).\n${out}`;
}

async function main() {
	let dir = process.argv[2];
	let temporary = false;
	if (!dir) {
		dir = mkdtempSync(join(tmpdir(), 'mamori-pb-types-'));
		temporary = true;
		const server = await startPocketBase({ dataDir: dir, port: await freePort() });
		await server.stop();
	}
	const target = join(ROOT, 'pb_hooks', 'types', 'pocketbase.d.ts');
	writeFileSync(target, adjustTypes(readFileSync(join(dir, 'types.d.ts'), 'utf8')));
	if (temporary) rmSync(dir, { recursive: true, force: true });
	console.log(`wrote ${target}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
