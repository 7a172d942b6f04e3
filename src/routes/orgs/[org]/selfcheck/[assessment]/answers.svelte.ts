/**
 * The answers of the answering page in the browser: saved as you go, one
 * request at a time per item (a newer choice waits for the one in flight and
 * is then sent with the new version), optimistic (the page shows what was
 * chosen at once), and never losing what was typed: a failed or rejected save
 * keeps the input as a draft with the reason next to the item. What is typed
 * is held as a draft from the first keystroke (`edit`), so the answer to an
 * earlier save never overwrites a field edited since that save was sent.
 */
import { deserialize } from '$app/forms';
import { validateAnswer, type AnswerStatus } from '$lib/domain/selfcheck/answers';
import type { AnswerFields, AnswerView } from '$lib/domain/selfcheck/view/types';
import type { Lang } from '$lib/i18n';

export type SaveState = 'saving' | 'saved' | 'failed';

export interface ItemUi {
	state?: SaveState;
	/** Input not saved yet (being saved, invalid, failed or in conflict). */
	draft?: AnswerFields;
	errors?: Record<string, string>;
	/** The answer someone else saved first. */
	conflict?: AnswerView;
}

export const EMPTY_FIELDS: AnswerFields = { status: 'unanswered', justification: '', notes: '', owner: '', targetDate: '' };

const FIELD_NAMES: Record<string, string> = { targetDate: 'target_date' };

/** The answer fields of an item's form. */
export function fieldsOf(form: HTMLFormElement, status?: AnswerStatus): AnswerFields {
	const data = new FormData(form);
	const get = (name: string) => String(data.get(name) ?? '');
	return {
		status: status ?? ((get('status') || 'unanswered') as AnswerStatus),
		justification: get('justification'),
		notes: get('notes'),
		owner: get('owner'),
		targetDate: get('target_date')
	};
}

/** Only the fields a person edits (an AnswerView carries more). */
const pick = (a: AnswerFields): AnswerFields => ({
	status: a.status,
	justification: a.justification,
	notes: a.notes,
	owner: a.owner,
	targetDate: a.targetDate
});

export const sameFields = (a: AnswerFields, b: AnswerFields) =>
	a.status === b.status &&
	a.justification.trim() === b.justification.trim() &&
	a.notes === b.notes &&
	a.owner.trim() === b.owner.trim() &&
	(a.targetDate || '') === (b.targetDate || '');

export class AnswerStore {
	answers: Record<string, AnswerView> = $state({});
	ui: Record<string, ItemUi> = $state({});
	/** Saves in flight, for the workflow buttons. */
	pending = $state(0);
	/** Items with input not saved yet (typed, invalid, failed or in conflict), for the leave-page warning. */
	readonly unsaved = $derived(Object.values(this.ui).filter((u) => u.draft !== undefined && u.state !== 'saving').length);
	// bookkeeping of the save queue, never rendered: plain collections on purpose
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#queued = new Map<string, AnswerFields>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#inflight = new Set<string>();

	constructor(
		initial: Record<string, AnswerView>,
		private readonly action: string,
		private readonly lang: Lang,
		private readonly unknownError: string
	) {
		this.answers = initial;
	}

	/**
	 * Takes the answers of another page of items (the store lives as long as
	 * the page): a stored answer replaces what the store holds unless the
	 * item has input or a save under way, or the store holds a newer version.
	 */
	merge(answers: Record<string, AnswerView>): void {
		for (const [key, answer] of Object.entries(answers)) {
			if (this.ui[key]?.draft || this.#inflight.has(key)) continue;
			if ((this.answers[key]?.version ?? -1) <= answer.version) this.answers[key] = answer;
		}
	}

	status(key: string): AnswerStatus {
		return this.ui[key]?.draft?.status ?? this.answers[key]?.status ?? 'unanswered';
	}

	/** Carried over from last year and not confirmed (a change being saved confirms it). */
	unconfirmed(key: string): boolean {
		return !!this.answers[key]?.carriedOver && !this.ui[key]?.draft && this.ui[key]?.state !== 'saving';
	}

	/** What the item's inputs show: the draft if any, else the saved answer. */
	fields(key: string): AnswerFields {
		return this.ui[key]?.draft ?? this.answers[key] ?? EMPTY_FIELDS;
	}

	/** Holds what is being typed (not saved yet: saved on change, when the field is left). */
	edit(key: string, input: AnswerFields): void {
		const fields = pick(input);
		const ui = this.ui[key];
		if (ui?.draft && sameFields(ui.draft, fields)) return;
		if (!ui?.draft && sameFields(fields, this.answers[key] ?? EMPTY_FIELDS)) return;
		this.ui[key] = { ...ui, draft: fields, state: ui?.state === 'saving' ? 'saving' : undefined };
	}

	/** Validates and saves; false when the input is invalid (the errors are at the item). */
	save(key: string, input: AnswerFields, options: { force?: boolean } = {}): boolean {
		const fields = pick(input);
		const saved = this.answers[key];
		const check = validateAnswer({ ...fields, targetDate: fields.targetDate || null });
		if (!check.ok) {
			const errors: Record<string, string> = {};
			for (const issue of check.issues)
				errors[issue.field ? (FIELD_NAMES[issue.field] ?? issue.field) : '_form'] ??= issue.message[this.lang];
			this.ui[key] = { draft: fields, errors, conflict: this.ui[key]?.conflict };
			return false;
		}
		const unchanged = sameFields(fields, saved ?? EMPTY_FIELDS) && !saved?.carriedOver;
		if (!options.force && unchanged && !this.#inflight.has(key)) {
			// nothing to save (typed and changed back): drop the draft
			if (!this.ui[key]?.conflict) this.ui[key] = {};
			return true;
		}
		if (this.ui[key]?.conflict && !options.force) {
			this.ui[key] = { ...this.ui[key], draft: fields };
			return true;
		}
		this.ui[key] = { state: 'saving', draft: fields };
		if (this.#inflight.has(key)) this.#queued.set(key, fields);
		else void this.#send(key, fields);
		return true;
	}

	/** Confirms a carried-over answer as it stands. */
	confirm(key: string): void {
		const saved = this.answers[key];
		if (saved) this.save(key, saved, { force: true });
	}

	useTheirs(key: string): void {
		const theirs = this.ui[key]?.conflict;
		if (theirs) this.answers[key] = theirs;
		this.ui[key] = {};
	}

	keepMine(key: string): void {
		const ui = this.ui[key];
		if (!ui?.conflict || !ui.draft) return;
		this.answers[key] = ui.conflict;
		this.ui[key] = { draft: ui.draft };
		this.save(key, ui.draft, { force: true });
	}

	retry(key: string): void {
		const draft = this.ui[key]?.draft;
		if (draft) this.save(key, draft, { force: true });
	}

	/** The newest input of an item: typed since, queued, or the one just sent. */
	#latest(key: string, sent: AnswerFields): AnswerFields {
		return this.ui[key]?.draft ?? this.#queued.get(key) ?? sent;
	}

	async #send(key: string, fields: AnswerFields): Promise<void> {
		this.#inflight.add(key);
		this.pending += 1;
		const saved = this.answers[key];
		const [checklist, ...rest] = key.split(':');
		const body = new FormData();
		body.set('checklist', checklist);
		body.set('item_id', rest.join(':'));
		body.set('id', saved?.id ?? '');
		body.set('expected_version', String(saved?.version ?? 0));
		body.set('status', fields.status);
		body.set('justification', fields.justification);
		body.set('notes', fields.notes);
		body.set('owner', fields.owner);
		body.set('target_date', fields.targetDate);
		try {
			const response = await fetch(this.action, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success' && result.data?.answer) {
				this.answers[key] = result.data.answer as AnswerView;
				const next = this.#queued.get(key);
				const typed = this.ui[key]?.draft;
				if (next) this.ui[key] = { state: 'saving', draft: typed ?? next };
				// edited since this save was sent: keep what is typed (saved when the field is left)
				else if (typed && !sameFields(typed, fields)) this.ui[key] = { draft: typed };
				else this.ui[key] = { state: 'saved' };
			} else if (result.type === 'failure' && result.data?.conflict) {
				const latest = this.#latest(key, fields);
				this.#queued.delete(key);
				this.ui[key] = { draft: latest, conflict: result.data.conflict as AnswerView };
			} else if (result.type === 'failure' && result.data?.errors) {
				const latest = this.#latest(key, fields);
				this.#queued.delete(key);
				this.ui[key] = { state: 'failed', draft: latest, errors: result.data.errors as Record<string, string> };
			} else if (result.type === 'redirect') {
				location.assign(result.location);
			} else {
				const latest = this.#latest(key, fields);
				this.#queued.delete(key);
				this.ui[key] = { state: 'failed', draft: latest, errors: { _form: this.unknownError } };
			}
		} catch {
			const latest = this.#latest(key, fields);
			this.#queued.delete(key);
			this.ui[key] = { state: 'failed', draft: latest, errors: { _form: this.unknownError } };
		} finally {
			this.#inflight.delete(key);
			this.pending -= 1;
		}
		const next = this.#queued.get(key);
		if (next && this.ui[key]?.state === 'saving') {
			this.#queued.delete(key);
			void this.#send(key, next);
		}
	}
}
