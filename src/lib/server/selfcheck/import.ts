/**
 * Importing a checklist from an uploaded CSV, XLSX or OSCAL catalog (JSON)
 * with the importers of src/lib/domain/checklists/import. Either the whole
 * checklist is valid and saved as a pinned copy with source 'import', or
 * nothing is saved and every problem comes back (with its row for tables).
 */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { importCsv } from '$lib/domain/checklists/import/csv';
import { importOscalJson, OSCAL_CLASSIFICATION_RULES } from '$lib/domain/checklists/import/oscal';
import { decodeText } from '$lib/domain/checklists/import/decode';
import { IMPORT_MAX_BYTES, IMPORT_MAX_MB, type ImportProblem, type ImportResult } from '$lib/domain/checklists/import/problems';
import { appliesToSchema, stageSchema, threatSchema, type AppliesTo } from '$lib/domain/checklists/schema';
import { summarizeChecklist } from '$lib/domain/checklists/summary';
import { LANGUAGES } from '$lib/domain/schema';
import type { Messages } from '$lib/i18n';
import { findTooDeep } from '$lib/domain/json-depth';
import { importXlsxFile } from '$lib/server/checklists/xlsx-file';
import { logUnexpected } from '$lib/server/errors';
import { explainRejection, isPocketBaseError } from '$lib/server/rejections';
import { HEAD_FIELDS } from './pinning';
import type { PinnedChecklistHead } from './records';

const ARRAYS = ['sectors', 'operator_classes', 'threats'] as const;
/** Nesting depth an OSCAL catalog never needs (NIST SP 800-53 nests 16 deep). */
export const MAX_JSON_DEPTH = 64;
const TEXTS = [
	'checklist_id',
	'version',
	'title_ja',
	'title_en',
	'issuer_ja',
	'issuer_en',
	'published',
	'classification',
	'prose_lang',
	'stage'
] as const;

export type ImportValues = Record<(typeof TEXTS)[number], string> & Record<(typeof ARRAYS)[number], string[]>;

function readValues(form: FormData): ImportValues {
	const values = {} as ImportValues;
	for (const name of TEXTS) values[name] = String(form.get(name) ?? '').trim();
	for (const name of ARRAYS) values[name] = form.getAll(name).map(String);
	return values;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function appliesTo(values: ImportValues): { ok: true; value: AppliesTo } | { ok: false; problems: ImportProblem[] } {
	const parsed = appliesToSchema.safeParse({
		sectors: values.sectors.length ? values.sectors : 'all',
		operator_classes: values.operator_classes
	});
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, problems: parsed.error.issues.map((i) => ({ field: `applies_to.${i.path.join('.')}`, message: i.message })) };
}

async function runImporter(file: File, ext: string, values: ImportValues, applies: AppliesTo, m: Messages): Promise<ImportResult> {
	const source = file.name;
	const issuer = { ja: values.issuer_ja || `取込元: ${source}`, en: values.issuer_en || `Imported from ${source}` };
	if (ext === 'json') {
		const rule = z.enum(OSCAL_CLASSIFICATION_RULES).safeParse(values.classification);
		const lang = z.enum(LANGUAGES).safeParse(values.prose_lang);
		const threats = z.array(threatSchema).min(1).safeParse(values.threats);
		const stage = stageSchema.safeParse(values.stage);
		const problems: ImportProblem[] = [];
		if (!rule.success) problems.push({ field: 'classification', message: `must be one of ${OSCAL_CLASSIFICATION_RULES.join(', ')}` });
		if (!lang.success) problems.push({ field: 'prose_lang', message: 'must be ja or en' });
		if (!threats.success) problems.push({ field: 'threats', message: 'choose at least one threat category' });
		if (!stage.success) problems.push({ field: 'stage', message: stage.error.issues[0].message });
		if (!rule.success || !lang.success || !threats.success || !stage.success) return { ok: false, problems };
		const titleGiven = values.title_ja !== '' || values.title_en !== '';
		const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
		if (!decoded.ok) return decoded;
		const text = decoded.text;
		// A recursive parser or validator runs out of stack on absurd nesting: refuse it before.
		const tooDeep = findTooDeep(text, MAX_JSON_DEPTH);
		if (tooDeep) return { ok: false, problems: [{ field: 'file', message: m.selfcheck.checklists.tooDeep(MAX_JSON_DEPTH, tooDeep.line) }] };
		return importOscalJson(text, {
			id: values.checklist_id,
			version: values.version || undefined,
			title: titleGiven ? { ja: values.title_ja, en: values.title_en } : undefined,
			issuer,
			published: values.published || undefined,
			applies_to: applies,
			lang: lang.data,
			classification: rule.data,
			threats: threats.data,
			stage: stage.data
		});
	}
	const metadata = {
		id: values.checklist_id,
		version: values.version,
		title: { ja: values.title_ja, en: values.title_en },
		issuer,
		published: values.published || today(),
		applies_to: applies
	};
	if (ext === 'csv') return importCsv(new Uint8Array(await file.arrayBuffer()), metadata);
	return importXlsxFile(Buffer.from(await file.arrayBuffer()), metadata);
}

export async function importChecklist(options: { pb: PocketBase; orgId: string; form: FormData; m: Messages }) {
	const { pb, orgId, form, m } = options;
	const values = readValues(form);
	const c = m.selfcheck.checklists;
	const problems = (list: ImportProblem[], status = 400) => fail(status, { form: 'import' as const, values, problems: list });
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0) return problems([{ field: 'file', message: c.noFile }]);
	const ext = file.name.toLowerCase().split('.').pop() ?? '';
	if (!['csv', 'xlsx', 'json'].includes(ext)) return problems([{ field: 'file', message: c.badFormat }]);
	if (file.size > IMPORT_MAX_BYTES) return problems([{ field: 'file', message: c.tooLarge(IMPORT_MAX_MB, file.size / 1024 / 1024) }], 413);
	const applies = appliesTo(values);
	if (!applies.ok) return problems(applies.problems);

	let result: ImportResult;
	try {
		result = await runImporter(file, ext, values, applies.value, m);
	} catch (error) {
		// An importer that fails on a file it did not foresee: say so, keep the form, log it.
		return problems([{ field: 'file', message: c.unreadable(logUnexpected(`checklist import of ${file.name}`, error)) }]);
	}
	if (!result.ok) return problems(result.problems);
	const checklist = result.checklist;
	try {
		const record = await pb.collection('checklists').create<PinnedChecklistHead>(
			{
				organisation: orgId,
				checklist_id: checklist.id,
				version: checklist.version,
				title: checklist.title,
				content: checklist,
				source: 'import'
			},
			{ fields: HEAD_FIELDS }
		);
		return {
			form: 'import' as const,
			imported: { id: record.id, title: checklist.title, items: summarizeChecklist(checklist).items, notes: result.notes ?? [] }
		};
	} catch (error) {
		if (!isPocketBaseError(error)) throw error;
		const data = (error.response?.data ?? {}) as Record<string, { code?: string } | undefined>;
		if (Object.values(data).some((d) => d?.code === 'validation_not_unique'))
			return problems([{ field: 'checklist_id', message: c.duplicate }]);
		const rejection = explainRejection(error, m);
		const fields = Object.entries(rejection.fields);
		if (!fields.length) return problems([{ message: rejection.summary }], rejection.status);
		return problems(
			fields.map(([field, message]) => ({ field, message })),
			rejection.status
		);
	}
}
