/**
 * Crosswalk files checked against the library (`npm run checklists:check`):
 * a crosswalk names ids that exist in every edition the library holds (the
 * new edition of our own checklists, or the current edition it maps from),
 * and it maps from an edition older than the library's. Editions the library
 * no longer holds (the old edition) are checked when a self-check is carried
 * forward: ids it does not have are skipped there. Pure: no I/O.
 */
import { parse, YAMLParseError } from 'yaml';
import { flattenItems } from '../flatten';
import { issuesFromZodError } from '../issues';
import type { ChecklistIssue } from '../issues';
import type { Checklist } from '../schema';
import { crosswalkSchema } from './schema';
import type { Crosswalk } from './schema';

export type CrosswalkValidation = { ok: true; crosswalk: Crosswalk } | { ok: false; issues: ChecklistIssue[] };

export function parseCrosswalkYaml(file: string, text: string): CrosswalkValidation {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		const message = error instanceof YAMLParseError || error instanceof Error ? error.message : String(error);
		return { ok: false, issues: [{ file, field: '', message: `not valid YAML: ${message}` }] };
	}
	const result = crosswalkSchema.safeParse(data);
	if (result.success) return { ok: true, crosswalk: result.data };
	return { ok: false, issues: issuesFromZodError(file, result.error, data) };
}

export interface LoadedCrosswalk {
	file: string;
	crosswalk: Crosswalk;
}

export function lintCrosswalks(crosswalks: readonly LoadedCrosswalk[], library: readonly Checklist[]): ChecklistIssue[] {
	const issues: ChecklistIssue[] = [];
	const ids = new Map<string, string>();
	for (const { file, crosswalk } of crosswalks) {
		const first = ids.get(crosswalk.id);
		if (first) issues.push({ file, field: 'id', message: `crosswalk id "${crosswalk.id}" is already used by ${first}` });
		else ids.set(crosswalk.id, file);

		const held = (edition: Crosswalk['from']): Checklist | undefined =>
			library.find((c) => c.id === edition.checklist && (edition.version === undefined || c.version === edition.version));
		const checkIds = (checklist: Checklist, list: readonly string[], field: string): void => {
			const known = new Set(flattenItems(checklist).map((f) => f.item.id));
			list.forEach((id, k) => {
				if (!known.has(id))
					issues.push({ file, field: `${field}[${k}]`, message: `${checklist.id} ${checklist.version} has no item ${id}` });
			});
		};
		const from = held(crosswalk.from);
		const to = held(crosswalk.to);
		crosswalk.mappings.forEach((m, k) => {
			if (from) checkIds(from, m.from, `mappings[${k}].from`);
			if (to) checkIds(to, m.to, `mappings[${k}].to`);
		});
		if (to) checkIds(to, crosswalk.added, 'added');
		if (crosswalk.from.checklist === crosswalk.to.checklist && crosswalk.from.version === crosswalk.to.version) {
			issues.push({ file, field: 'to.version', message: 'a crosswalk maps one edition to another: from and to are the same edition' });
		}
		if (!from && !to) {
			issues.push({
				file,
				field: 'to',
				message: `neither ${crosswalk.from.checklist} nor ${crosswalk.to.checklist} is in the library at the editions named`
			});
		}
	}
	return issues;
}
