/**
 * The last step of every importer: validate what was assembled with the one
 * checklist schema and turn any zod issue back into a problem that points
 * at the source (row and column, or JSON path).
 */
import type { z } from 'zod';
import { expandUnion, valueAt } from '../issues';
import type { ZodIssue } from '../issues';
import { checklistSchema } from '../schema';
import type { Localized } from '../schema';
import type { ImportProblem, ImportResult } from './problems';

export type IssuePath = readonly PropertyKey[];
/** Where in the source a path of the validated value came from. */
export type Origin = (path: IssuePath) => Omit<ImportProblem, 'message'>;

function messageFor(issue: ZodIssue, input: unknown, path: IssuePath): string {
	const value = valueAt(input, path);
	const quotable = (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
	const aboutValue = issue.code === 'invalid_value' || issue.code === 'invalid_format' || issue.code === 'custom';
	return quotable && aboutValue && path.length > 0 && !issue.message.includes(`"${String(value)}"`)
		? `${issue.message} (found "${String(value)}")`
		: issue.message;
}

/** Maps the issues of `error` (from validating `input`) to problems located by `origin`. */
export function problemsFromZod(error: z.ZodError, input: unknown, origin: Origin): ImportProblem[] {
	return error.issues.flatMap(expandUnion).flatMap((issue): ImportProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({ ...origin([...issue.path, key]), message: 'unknown field' }));
		}
		return [{ ...origin(issue.path), message: messageFor(issue, input, issue.path) }];
	});
}

/** Problems in source order: rowless (file-level) first, then by row. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index)
		.map(({ problem }) => problem);
}

export function finishImport(candidate: unknown, origin: Origin, notes: Localized[] = []): ImportResult {
	const result = checklistSchema.safeParse(candidate);
	if (result.success) return notes.length > 0 ? { ok: true, checklist: result.data, notes } : { ok: true, checklist: result.data };
	return { ok: false, problems: sortProblems(problemsFromZod(result.error, candidate, origin)) };
}
