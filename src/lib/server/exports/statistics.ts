/**
 * Sector statistics on the server: which of a self-check's checklists are
 * mamori's library (only those go into an anonymised file), and the uploaded
 * statistics or distribution files read and validated, every problem named
 * with its file and field. Files are read in memory for one request and never stored.
 */
import type PocketBase from 'pocketbase';
import type { z } from 'zod';
import { aggregate, StatisticsMismatch } from '$lib/domain/exports/statistics/aggregate';
import {
	DISTRIBUTION_FORMAT,
	distributionSchema,
	statisticsFileSchema,
	type Distribution,
	type StatisticsFile
} from '$lib/domain/exports/statistics/format';
import type { Messages } from '$lib/i18n';
import { HEAD_FIELDS, libraryChecklists } from '$lib/server/selfcheck/pinning';
import type { PinnedChecklistHead } from '$lib/server/selfcheck/records';

export const MAX_STATISTICS_FILES = 1000;
export const MAX_STATISTICS_FILE_MB = 5;

/** "id@version" of the assessment's checklists pinned from the library unchanged. */
export async function libraryKeys(pb: PocketBase, checklistRecordIds: readonly string[]): Promise<Set<string>> {
	const library = await libraryChecklists();
	const heads = checklistRecordIds.length
		? await pb.collection('checklists').getFullList<PinnedChecklistHead>({
				filter: checklistRecordIds.map((id, i) => pb.filter(`id = {:c${i}}`, { [`c${i}`]: id })).join(' || '),
				fields: HEAD_FIELDS
			})
		: [];
	const inLibrary = new Set(library.map(({ checklist }) => `${checklist.id}@${checklist.version}`));
	return new Set(
		heads
			.filter((h) => h.source === 'library' && inLibrary.has(`${h.checklist_id}@${h.version}`))
			.map((h) => `${h.checklist_id}@${h.version}`)
	);
}

type M = Messages['exports']['statistics']['errors'];

function firstIssue(error: z.ZodError, name: string, m: M): string {
	const issue = error.issues[0];
	return m.invalid(name, issue.path.join('.') || '(file)', issue.message);
}

async function readJson(file: File, m: M): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
	if (file.size > MAX_STATISTICS_FILE_MB * 1024 * 1024) return { ok: false, problem: m.tooLarge(file.name, MAX_STATISTICS_FILE_MB) };
	try {
		const text = await file.text();
		return { ok: true, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
	} catch {
		return { ok: false, problem: m.notJson(file.name) };
	}
}

export type StatisticsResult =
	{ ok: true; distribution: Distribution; own: StatisticsFile | null; aggregated: boolean } | { ok: false; problems: string[] };

/** The form's `files` (many statistics files, or one distribution file) and optional `own` file → the distribution to show. */
export async function readStatisticsForm(form: FormData, m: M): Promise<StatisticsResult> {
	const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
	const ownFile = form.get('own');
	if (files.length === 0) return { ok: false, problems: [m.noFiles] };
	if (files.length > MAX_STATISTICS_FILES) return { ok: false, problems: [m.tooMany(MAX_STATISTICS_FILES)] };
	const problems: string[] = [];
	const statistics: StatisticsFile[] = [];
	const distributions: Distribution[] = [];
	for (const file of files) {
		const read = await readJson(file, m);
		if (!read.ok) {
			problems.push(read.problem);
			continue;
		}
		const isDistribution = (read.value as { format?: unknown } | null)?.format === DISTRIBUTION_FORMAT;
		const parsed = isDistribution ? distributionSchema.safeParse(read.value) : statisticsFileSchema.safeParse(read.value);
		if (!parsed.success) problems.push(firstIssue(parsed.error, file.name, m));
		else if (isDistribution) distributions.push(parsed.data as Distribution);
		else statistics.push(parsed.data as StatisticsFile);
		if (problems.length >= 20) break;
	}
	let own: StatisticsFile | null = null;
	if (ownFile instanceof File && ownFile.size > 0) {
		const read = await readJson(ownFile, m);
		if (!read.ok) problems.push(read.problem);
		else {
			const parsed = statisticsFileSchema.safeParse(read.value);
			if (parsed.success) own = parsed.data;
			else
				problems.push(
					(read.value as { format?: unknown } | null)?.format === DISTRIBUTION_FORMAT
						? m.ownNotStatistics
						: firstIssue(parsed.error, ownFile.name, m)
				);
		}
	}
	if (problems.length) return { ok: false, problems };
	if (distributions.length > 1 || (distributions.length === 1 && statistics.length > 0)) return { ok: false, problems: [m.mixed] };
	if (distributions.length === 1) return { ok: true, distribution: distributions[0], own, aggregated: false };
	try {
		return { ok: true, distribution: aggregate(statistics), own, aggregated: true };
	} catch (error) {
		if (error instanceof StatisticsMismatch)
			return { ok: false, problems: [m.mismatch(files[error.index]?.name ?? '', error.field, error.found, error.expected)] };
		throw error;
	}
}
