/** Loads the crosswalk files (checklists/crosswalks/*.yaml; FORMAT.md "Editions and crosswalks"). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChecklistIssue } from '../../domain/checklists/issues';
import { parseCrosswalkYaml, type LoadedCrosswalk } from '../../domain/checklists/crosswalk/lint';

/** The folder under the library that holds crosswalks (the checklist loader skips it). */
export const CROSSWALK_DIR = 'crosswalks';

export async function loadCrosswalks(
	options: { root?: string; dir?: string } = {}
): Promise<{ crosswalks: LoadedCrosswalk[]; problems: ChecklistIssue[] }> {
	const root = path.resolve(options.root ?? process.cwd());
	const dir = path.resolve(root, options.dir ?? 'checklists', CROSSWALK_DIR);
	const crosswalks: LoadedCrosswalk[] = [];
	const problems: ChecklistIssue[] = [];
	let names: string[];
	try {
		names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { crosswalks, problems };
		throw error;
	}
	for (const name of names) {
		const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
		const result = parseCrosswalkYaml(file, await readFile(path.join(dir, name), 'utf8'));
		if (result.ok) crosswalks.push({ file, crosswalk: result.crosswalk });
		else problems.push(...result.issues);
	}
	return { crosswalks, problems };
}
