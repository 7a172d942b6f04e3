/**
 * Saving one answer (the `?/answer` action). Validated with the answer schema
 * of src/lib/domain/selfcheck/answers.ts; saved with the user's own token.
 * Optimistic concurrency: an update carries the version the person started
 * from; when someone else saved in between (409 from pb_hooks, after which
 * the stored answer is read again), or created
 * the answer first (unique index), the other person's answer comes back as a
 * conflict and nothing is overwritten.
 */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError, getTokenPayload } from 'pocketbase';
import { parseAnswer } from '$lib/domain/selfcheck/answer-schema';
import type { AnswerField } from '$lib/domain/selfcheck/answers';
import type { AnswerView } from '$lib/domain/selfcheck/view/types';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import type { Lang, Messages } from '$lib/i18n';
import type { FormValues } from '$lib/server/forms';
import { explainRejection, rejectionErrors } from '$lib/server/rejections';
import { ANSWER_EXPAND, answerView, storedAnswerView } from './answers';
import type { AnswerRecord, StoredAnswerView } from './records';

/** Form field names of the answer form. */
const FORM_FIELD: Record<AnswerField, string> = {
	status: 'status',
	justification: 'justification',
	notes: 'notes',
	owner: 'owner',
	targetDate: 'target_date'
};

export interface AnswerFailure {
	form: 'answer';
	key: string;
	values: FormValues;
	errors?: Record<string, string>;
	/** The answer someone else saved in the meantime. */
	conflict?: AnswerView;
}

export interface AnswerSuccess {
	form: 'answer';
	key: string;
	answer: AnswerView;
}

function values(form: FormData): FormValues {
	const out: FormValues = {};
	for (const name of ['checklist', 'item_id', 'id', 'expected_version', 'status', 'justification', 'notes', 'owner', 'target_date']) {
		out[name] = String(form.get(name) ?? '');
	}
	return out;
}

async function existingAnswer(pb: PocketBase, assessment: string, checklist: string, itemId: string): Promise<AnswerRecord | null> {
	const found = await pb.collection('answers').getList<AnswerRecord>(1, 1, {
		filter: pb.filter('assessment = {:a} && checklist = {:c} && item_id = {:i}', { a: assessment, c: checklist, i: itemId }),
		...ANSWER_EXPAND
	});
	return found.items[0] ?? null;
}

/**
 * Why an answer of this assessment cannot be saved, read again from PocketBase.
 * PocketBase gives the same bare 400 for a refused rule and for a write the
 * database could not make (a full disk): only a missing role is called one.
 */
async function whyNotEditable(pb: PocketBase, organisation: string, assessment: string, m: Messages): Promise<string> {
	const [current, org] = await Promise.all([
		pb
			.collection('assessments')
			.getOne<{ status: string }>(assessment, { fields: 'status' })
			.catch(() => null),
		pb
			.collection('organisations')
			.getOne<{ security_team: string[] }>(organisation, { fields: 'security_team' })
			.catch(() => null)
	]);
	if (!current) return m.rejections.notFound;
	if (current.status !== 'draft') return m.selfcheck.answer.notDraft(current.status === 'signed');
	// the web server's client holds the person's token only (no record): the id is in the token
	const me = String(getTokenPayload(pb.authStore.token).id ?? '');
	if (org && !org.security_team.includes(me)) return m.selfcheck.answer.noRole;
	return m.rejections.notSaved;
}

export async function saveAnswer(options: {
	pb: PocketBase;
	organisation: string;
	assessment: string;
	form: FormData;
	lang: Lang;
	m: Messages;
}) {
	const { pb, organisation, assessment, form, lang, m } = options;
	const typed = values(form);
	const key = itemKey(typed.checklist as string, typed.item_id as string);
	const failure = (status: number, rest: Omit<AnswerFailure, 'form' | 'key' | 'values'>) =>
		fail(status, { form: 'answer' as const, key, values: typed, ...rest });

	const validation = parseAnswer({
		status: typed.status,
		justification: typed.justification,
		notes: typed.notes,
		owner: typed.owner,
		targetDate: typed.target_date
	});
	if (!validation.ok) {
		const errors: Record<string, string> = {};
		for (const issue of validation.issues) errors[issue.field ? FORM_FIELD[issue.field] : '_form'] ??= issue.message[lang];
		return failure(400, { errors });
	}
	const { status, justification, notes, owner, targetDate } = validation.answer;
	const fields = { status, justification, notes, owner, target_date: targetDate ?? '' };
	const id = typed.id as string;

	try {
		const saved = id
			? await pb
					.collection('answers')
					.update<AnswerRecord>(id, { ...fields, expected_version: Number(typed.expected_version) }, ANSWER_EXPAND)
			: await pb
					.collection('answers')
					.create<AnswerRecord>({ ...fields, organisation, assessment, checklist: typed.checklist, item_id: typed.item_id }, ANSWER_EXPAND);
		return { form: 'answer' as const, key, answer: answerView(saved) } satisfies AnswerSuccess;
	} catch (err) {
		if (!(err instanceof ClientResponseError)) throw err;
		if (err.status === 409) {
			// The hook refuses a stale version; the stored answer is read again to show who saved what.
			const current = (err.response?.data as { current?: StoredAnswerView } | undefined)?.current;
			if (current) return failure(409, { conflict: storedAnswerView(current) });
			const stored = await pb
				.collection('answers')
				.getOne<AnswerRecord>(id, ANSWER_EXPAND)
				.catch(() => null);
			if (stored) return failure(409, { conflict: answerView(stored) });
		}
		if (!id && err.status === 400) {
			// Created by someone else first (unique index): their answer wins until the person decides.
			const existing = await existingAnswer(pb, assessment, typed.checklist as string, typed.item_id as string).catch(() => null);
			if (existing) return failure(409, { conflict: answerView(existing) });
		}
		const rejection = explainRejection(err, m);
		const errors = rejectionErrors(rejection);
		// A refused update of a visible answer: say whether the self-check left draft or the role is missing.
		// (PocketBase answers a create refused by its rule with a bare 400.)
		const refused =
			rejection.status === 403 || rejection.status === 404 || (rejection.status === 400 && !Object.keys(rejection.fields).length);
		if (refused) errors._form = await whyNotEditable(pb, organisation, assessment, m);
		return failure(rejection.status, { errors });
	}
}
