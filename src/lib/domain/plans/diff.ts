/**
 * Side-by-side comparison of two plan versions, section by section. Each
 * section becomes lines of text (its Markdown, then its structured part as
 * one line per row, see lines.ts); lines are aligned with a longest-common-
 * subsequence diff after trimming the common start and end, and a removed
 * line next to an added one is shown as one changed row. Pure.
 */

export type DiffKind = 'same' | 'changed' | 'removed' | 'added';

export interface DiffRow {
	kind: DiffKind;
	/** The line in the older version (absent for an added line). */
	left?: string;
	/** The line in the newer version (absent for a removed line). */
	right?: string;
}

/** Above this many cells the middle part is shown as replaced rather than aligned line by line. */
export const MAX_DIFF_CELLS = 1_000_000;

type Op = { op: 'same' | 'del' | 'ins'; line: string };

function lcsOps(a: string[], b: string[]): Op[] {
	const n = a.length;
	const m = b.length;
	if (n * m > MAX_DIFF_CELLS)
		return [...a.map((line) => ({ op: 'del' as const, line })), ...b.map((line) => ({ op: 'ins' as const, line }))];
	// lengths[i][j] = LCS of a[i..] and b[j..], kept in one flat array.
	const width = m + 1;
	const lengths = new Uint32Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lengths[i * width + j] =
				a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
		}
	}
	const ops: Op[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			ops.push({ op: 'same', line: a[i] });
			i++;
			j++;
		} else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) ops.push({ op: 'del', line: a[i++] });
		else ops.push({ op: 'ins', line: b[j++] });
	}
	while (i < n) ops.push({ op: 'del', line: a[i++] });
	while (j < m) ops.push({ op: 'ins', line: b[j++] });
	return ops;
}

/** Pairs each run of removed lines with the run of added lines right after it. */
function toRows(ops: Op[]): DiffRow[] {
	const rows: DiffRow[] = [];
	let k = 0;
	while (k < ops.length) {
		if (ops[k].op === 'same') {
			rows.push({ kind: 'same', left: ops[k].line, right: ops[k].line });
			k++;
			continue;
		}
		const dels: string[] = [];
		const ins: string[] = [];
		while (k < ops.length && ops[k].op === 'del') dels.push(ops[k++].line);
		while (k < ops.length && ops[k].op === 'ins') ins.push(ops[k++].line);
		const paired = Math.min(dels.length, ins.length);
		for (let p = 0; p < paired; p++) rows.push({ kind: 'changed', left: dels[p], right: ins[p] });
		for (const line of dels.slice(paired)) rows.push({ kind: 'removed', left: line });
		for (const line of ins.slice(paired)) rows.push({ kind: 'added', right: line });
	}
	return rows;
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffRow[] {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const same = (line: string): DiffRow => ({ kind: 'same', left: line, right: line });
	return [...a.slice(0, start).map(same), ...toRows(lcsOps(a.slice(start, endA), b.slice(start, endB))), ...a.slice(endA).map(same)];
}

export interface SectionLines {
	key: string;
	title: string;
	lines: string[];
}

export interface SectionDiff {
	key: string;
	title: string;
	changed: boolean;
	rows: DiffRow[];
}

/** Section-by-section diff; sections are matched by key, in the newer version's order. */
export function diffSections(older: readonly SectionLines[], newer: readonly SectionLines[]): SectionDiff[] {
	const byKey = new Map(older.map((s) => [s.key, s]));
	const result: SectionDiff[] = newer.map((section) => {
		const before = byKey.get(section.key)?.lines ?? [];
		const rows = diffLines(before, section.lines);
		return { key: section.key, title: section.title, changed: rows.some((r) => r.kind !== 'same'), rows };
	});
	for (const section of older) {
		if (!newer.some((s) => s.key === section.key)) {
			result.push({ key: section.key, title: section.title, changed: true, rows: diffLines(section.lines, []) });
		}
	}
	return result;
}
