/** Validate parsed checklist data and get either a checklist or readable issues. Pure. */
import { issuesFromZodError } from './issues';
import type { ChecklistIssue } from './issues';
import { checklistSchema } from './schema';
import type { Checklist } from './schema';

export type ChecklistValidation = { ok: true; checklist: Checklist } | { ok: false; issues: ChecklistIssue[] };

export function validateChecklist(file: string, input: unknown): ChecklistValidation {
	const result = checklistSchema.safeParse(input);
	if (result.success) return { ok: true, checklist: result.data };
	return { ok: false, issues: issuesFromZodError(file, result.error, input) };
}
