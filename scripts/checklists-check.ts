/**
 * npm run checklists:check — validates every checklist under checklists/
 * and every crosswalk under checklists/crosswalks/.
 * Prints each problem as `checklists/foo.yaml: item GOV-03: field title.en: <message>`
 * and exits 1, or prints a summary table and exits 0.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue } from '../src/lib/domain/checklists/issues';
import { lintLibrary } from '../src/lib/domain/checklists/lint';
import { summarizeChecklist } from '../src/lib/domain/checklists/summary';
import type { ChecklistSummary } from '../src/lib/domain/checklists/summary';
import { loadChecklistLibrary } from '../src/lib/server/checklists/library';
import { lintCrosswalks } from '../src/lib/domain/checklists/crosswalk/lint';
import { loadCrosswalks } from '../src/lib/server/checklists/crosswalks';

export interface Io {
	out(line: string): void;
	err(line: string): void;
}

const COLUMNS: { title: string; key: keyof ChecklistSummary; numeric: boolean }[] = [
	{ title: 'checklist', key: 'id', numeric: false },
	{ title: 'version', key: 'version', numeric: false },
	{ title: 'sectors', key: 'sectors', numeric: false },
	{ title: 'items', key: 'items', numeric: true },
	{ title: 'consider', key: 'consider', numeric: true },
	{ title: 'reference', key: 'reference', numeric: true },
	{ title: 'sector', key: 'sector', numeric: true },
	{ title: 'leading', key: 'leading', numeric: true }
];

export function summaryTable(rows: readonly ChecklistSummary[]): string[] {
	const cells = rows.map((row) => COLUMNS.map((c) => String(row[c.key])));
	const widths = COLUMNS.map((c, k) => Math.max(c.title.length, ...cells.map((r) => r[k].length)));
	const line = (values: string[]): string =>
		values
			.map((v, k) => (COLUMNS[k].numeric ? v.padStart(widths[k]) : v.padEnd(widths[k])))
			.join('  ')
			.trimEnd();
	return [line(COLUMNS.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

export async function runCheck(root: string, io: Io): Promise<number> {
	const library = await loadChecklistLibrary({ root });
	const { checklists } = library;
	const crosswalks = await loadCrosswalks({ root });
	const problems = [
		...library.problems,
		...lintLibrary(checklists),
		...crosswalks.problems,
		...lintCrosswalks(
			crosswalks.crosswalks,
			checklists.map((c) => c.checklist)
		)
	];
	if (problems.length > 0) {
		for (const problem of problems) io.err(formatIssue(problem));
		io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the checklist library`);
		return 1;
	}
	const summaries = checklists.map(({ checklist }) => summarizeChecklist(checklist));
	for (const line of summaryTable(summaries)) io.out(line);
	const items = summaries.reduce((n, s) => n + s.items, 0);
	io.out(`${summaries.length} checklist${summaries.length === 1 ? '' : 's'}, ${items} items: all valid`);
	if (crosswalks.crosswalks.length > 0)
		io.out(`${crosswalks.crosswalks.length} crosswalk${crosswalks.crosswalks.length === 1 ? '' : 's'}: all valid`);
	return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
	process.exitCode = await runCheck(process.cwd(), {
		out: (line) => console.log(line),
		err: (line) => console.error(line)
	});
}
