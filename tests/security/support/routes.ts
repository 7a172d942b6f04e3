// The routes that exist, read from the built app and the hooks (not from a
// list kept by hand), so that a new route without a row in the route matrix
// fails its test: SvelteKit's endpoints (`+server.ts`, per method) and form
// actions (`+page.server.ts`, per action) from the build's manifest, and
// PocketBase's custom routes (`routerAdd` in pb_hooks).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** "GET /orgs/[org]/risks/export", "POST /orgs/[org]/members?/invite", "POST /login?/default" */
export function webRoutes(): string[] {
	const script = `
		const { manifest } = await import(${JSON.stringify(join(ROOT, '.svelte-kit/output/server/manifest.js'))});
		const rows = [];
		for (const route of manifest._.routes) {
			if (route.endpoint) {
				const mod = await route.endpoint();
				for (const m of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) if (typeof mod[m] === 'function') rows.push(m + ' ' + route.id);
			}
			if (route.page) {
				const node = await manifest._.nodes[route.page.leaf]();
				for (const name of Object.keys(node.server?.actions ?? {})) rows.push('POST ' + route.id + '?/' + name);
			}
		}
		console.log(JSON.stringify(rows));
		process.exit(0);`;
	const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
	return (JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as string[]).sort();
}

/** "POST /api/mamori/assessments/{id}/reopen" */
export function pocketbaseRoutes(): string[] {
	const dir = join(ROOT, 'pb_hooks');
	const rows: string[] = [];
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.pb.js'))) {
		const text = readFileSync(join(dir, file), 'utf8');
		for (const m of text.matchAll(/routerAdd\(\s*['"](\w+)['"]\s*,\s*['"]([^'"]+)['"]/g)) rows.push(`${m[1]} ${m[2]}`);
	}
	return rows.sort();
}
