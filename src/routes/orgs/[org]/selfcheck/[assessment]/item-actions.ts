/** Choosing an answer status for an item, from a click or from the keyboard. */
import { tick } from 'svelte';
import type { AnswerStatus } from '$lib/domain/selfcheck/answers';
import { fieldsOf, type AnswerStore } from './answers.svelte';

/** Opens the item's notes and focuses the first field (or the one named). */
export async function openDetails(article: Element, field = 'justification'): Promise<void> {
	const details = article.querySelector<HTMLDetailsElement>('details.answer-details');
	if (!details) return;
	details.open = true;
	await tick();
	details.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
}

/** Saves the status with the item's other fields as typed; on a validation error, opens the notes. */
export function chooseStatus(store: AnswerStore, article: Element, status: AnswerStatus): void {
	const key = article.getAttribute('data-key');
	const form = article.querySelector<HTMLFormElement>('form.answer-form');
	if (!key || !form) return;
	if (!store.save(key, fieldsOf(form, status))) void openDetails(article);
}
