/**
 * Starting the self-check of a fiscal year: what the form offers (library
 * checklists, applicable ones pre-selected; the organisation's imports; the
 * previous year to compare with and carry forward from) and the action that
 * pins the chosen library checklists and creates the draft through
 * POST /api/mamori/assessments.
 */
import { fail, redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { sharedItemIds } from '$lib/domain/checklists/flatten';
import type { Localized } from '$lib/domain/checklists/schema';
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { ASSESSMENTS, FISCAL_YEAR } from '$lib/domain/schema';
import { askedItems, type Applicant } from '$lib/domain/selfcheck/view/items';
import type { Lang, Messages } from '$lib/i18n';
import { parseForm } from '$lib/server/forms';
import { explainRejection, isPocketBaseError, rejectionErrors } from '$lib/server/rejections';
import { mappingsForCarry } from '$lib/server/checklists/crosswalk-carry';
import { applicableLibrary, HEAD_FIELDS, libraryChecklists, pinLibraryChecklists, UnknownChecklistError } from './pinning';
import { readPinned, readPinnedOrUnreadable, UnreadableChecklistError } from './pinned';
import type { PinnedChecklistHead } from './records';

export interface ChecklistChoice {
	/** `lib:<checklist id>` or `pin:<record id>`. */
	value: string;
	title: Localized;
	version: string;
	items: number;
	applies: boolean;
}

export async function startChoices(pb: PocketBase, orgId: string, org: Applicant) {
	const library = await libraryChecklists();
	const applicable = new Set(applicableLibrary(library, org.sector, org.operatorClass).map((c) => c.id));
	const heads = await pb.collection('checklists').getFullList<PinnedChecklistHead>({
		filter: pb.filter('organisation = {:o} && source = "import"', { o: orgId }),
		fields: HEAD_FIELDS,
		sort: 'checklist_id,-created'
	});
	// an import whose stored content is unreadable cannot be chosen (the checklists page says why)
	const { pinned: imported } = await readPinnedOrUnreadable(
		pb,
		heads.map((h) => h.id)
	);
	const choices: ChecklistChoice[] = [
		...library.map(({ checklist }) => ({
			value: `lib:${checklist.id}`,
			title: checklist.title,
			version: checklist.version,
			items: askedItems(checklist, org).length,
			applies: applicable.has(checklist.id)
		})),
		...imported.map(({ head, checklist }) => ({
			value: `pin:${head.id}`,
			title: head.title,
			version: head.version,
			items: askedItems(checklist, org).length,
			applies: false
		}))
	];
	return choices;
}

const startSchema = (m: Messages) =>
	z.object({
		fiscal_year: z.coerce
			.number({ error: m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max) })
			.int(m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max))
			.min(FISCAL_YEAR.min, m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max))
			.max(FISCAL_YEAR.max, m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max)),
		checklists: z
			.array(z.string().regex(/^(lib:[a-z0-9-]+|pin:[a-z0-9]{15})$/))
			.min(1, m.selfcheck.start.chooseChecklist)
			.max(ASSESSMENTS.checklists.maxSelect, m.errors.tooMany(ASSESSMENTS.checklists.maxSelect)),
		previous: z
			.string()
			.regex(/^([a-z0-9]{15})?$/)
			.default(''),
		carry_forward: z.string().optional()
	});

export async function startAssessment(options: { pb: PocketBase; orgId: string; form: FormData; m: Messages; lang: Lang }) {
	const { pb, orgId, form, m, lang } = options;
	const parsed = parseForm(startSchema(m), form, ['checklists']);
	if (!parsed.ok) return fail(400, { form: 'start', errors: parsed.errors, values: parsed.values });
	const { fiscal_year, checklists, previous, carry_forward } = parsed.data;
	const failure = (errors: Record<string, string>) => fail(400, { form: 'start', errors, values: parsed.values });

	let created: { id: string; carried: number; mapped?: number };
	try {
		const libraryIds = checklists.filter((c) => c.startsWith('lib:')).map((c) => c.slice(4));
		const pinned = [
			...(await pinLibraryChecklists(pb, orgId, libraryIds)),
			...checklists.filter((c) => c.startsWith('pin:')).map((c) => c.slice(4))
		];
		// Item ids must be unique within a self-check: reports and comments show them bare.
		const shared = sharedItemIds((await readPinned(pb, pinned)).map((p) => p.checklist));
		if (shared.length > 0) {
			const list = shared
				.slice(0, 5)
				.map((s) => `${s.itemId}（${s.checklistIds.join(' / ')}）`)
				.join(m.selfcheck.page.separator);
			return failure({ checklists: m.selfcheck.start.duplicateIds(shared.length > 5 ? `${list}…` : list) });
		}
		const carryForward = !!previous && carry_forward === 'on';
		// A new edition's item ids may differ: follow the crosswalks from the previous year's editions.
		const crosswalk = carryForward ? await mappingsForCarry(pb, previous, pinned) : [];
		created = await pb.send('/api/mamori/assessments', {
			method: 'POST',
			body: {
				organisation: orgId,
				fiscal_year,
				checklists: pinned,
				previous: previous || undefined,
				carryForward,
				crosswalk
			}
		});
	} catch (error) {
		if (error instanceof UnknownChecklistError) return failure({ checklists: m.errors.choose });
		if (error instanceof UnreadableChecklistError)
			return failure({ checklists: error.heads.map((h) => m.unreadableChecklist.notice(h.title[lang] || h.checklist_id)).join(' ') });
		if (!isPocketBaseError(error)) throw error;
		const duplicate = (error.response?.data as { fiscal_year?: { code?: string } } | undefined)?.fiscal_year?.code === 'duplicate';
		if (duplicate) return failure({ fiscal_year: m.selfcheck.start.yearExists(fiscalYearLabel(fiscal_year, lang)) });
		const rejection = explainRejection(error, m);
		return fail(rejection.status, { form: 'start', errors: rejectionErrors(rejection), values: parsed.values });
	}
	const mapped = created.mapped ? `&mappedCount=${created.mapped}` : '';
	redirect(303, `/orgs/${orgId}/selfcheck/${created.id}${created.carried > 0 ? `?carriedCount=${created.carried}${mapped}` : ''}`);
}
