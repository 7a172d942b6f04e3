/**
 * Loads the checklist library: every `checklists/**\/*.yaml`, validated one
 * by one, plus the cross-file rule that checklist ids are unique. The
 * crosswalks folder holds crosswalk files, not checklists (crosswalks.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChecklistIssue } from '../../domain/checklists/issues';
import type { Checklist } from '../../domain/checklists/schema';
import { parseChecklistYaml } from '../../domain/checklists/yaml';
import { CROSSWALK_DIR } from './crosswalks';

export { parseChecklistYaml, serializeChecklist } from '../../domain/checklists/yaml';

export interface LoadedChecklist {
	/** Path relative to the project root with forward slashes, e.g. `checklists/cross-sector.yaml`. */
	file: string;
	checklist: Checklist;
}

export interface ChecklistLibrary {
	/** Valid checklists, sorted by file. A file whose id repeats an earlier file's id is left out. */
	checklists: LoadedChecklist[];
	problems: ChecklistIssue[];
}

export interface LoadOptions {
	/** Project root; files are reported relative to it. Default: the current directory. */
	root?: string;
	/** The library folder, relative to root. Default: `checklists`. */
	dir?: string;
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const crosswalks = path.join(dir, CROSSWALK_DIR);
	return entries
		.filter((entry) => entry.isFile() && entry.parentPath !== crosswalks)
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

export async function loadChecklistLibrary(options: LoadOptions = {}): Promise<ChecklistLibrary> {
	const root = path.resolve(options.root ?? process.cwd());
	const dir = path.resolve(root, options.dir ?? 'checklists');
	const display = (absolute: string): string => path.relative(root, absolute).split(path.sep).join('/');

	const checklists: LoadedChecklist[] = [];
	const problems: ChecklistIssue[] = [];
	const firstFileById = new Map<string, string>();

	let files: string[];
	try {
		files = await listFiles(dir);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { checklists, problems: [{ file: display(dir), field: '', message: `cannot read the checklist folder: ${reason}` }] };
	}

	for (const absolute of files) {
		const file = display(absolute);
		if (absolute.endsWith('.yml')) {
			problems.push({ file, field: '', message: 'checklist files must end in .yaml (this file is not loaded)' });
			continue;
		}
		if (!absolute.endsWith('.yaml')) continue;

		const result = parseChecklistYaml(file, await readFile(absolute, 'utf8'));
		if (!result.ok) {
			problems.push(...result.issues);
			continue;
		}
		const earlier = firstFileById.get(result.checklist.id);
		if (earlier !== undefined) {
			problems.push({
				file,
				field: 'id',
				message: `checklist id "${result.checklist.id}" is already used by ${earlier}; ids must be unique across the library`
			});
			continue;
		}
		firstFileById.set(result.checklist.id, file);
		checklists.push({ file, checklist: result.checklist });
	}
	return { checklists, problems };
}
