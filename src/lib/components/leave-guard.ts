/**
 * Unsaved input is never lost without a warning. A page is "dirty" while
 *  - a POST form on it has been typed into and not submitted since (forms
 *    marked data-leave-guard="off" — log-in, verification — and GET forms
 *    such as filters are left out), or was submitted and came back with
 *    errors; or
 *  - a registered source (the answering page's autosave: pending saves or
 *    drafts) says so.
 * LeaveGuard.svelte (in the root layout) asks `isDirty()` before the page
 * unloads (beforeunload) and before an in-app navigation (beforeNavigate).
 * Browser-only state; nothing here runs on the server.
 */

// plain collections: read only when a navigation is about to happen, never rendered
const dirty = new Set<HTMLFormElement>();
const submitting = new Set<HTMLFormElement>();
const sources = new Set<() => boolean>();

const guarded = (form: HTMLFormElement | null): form is HTMLFormElement =>
	!!form && form.method.toLowerCase() === 'post' && !form.closest('[data-leave-guard="off"]') && !form.hasAttribute('data-leave-guard');

/** Marks the form of an edited field (an `input` event). */
export function noteInput(target: EventTarget | null): void {
	const form = (target as HTMLInputElement | null)?.form ?? null;
	if (guarded(form)) dirty.add(form);
}

/** A submitted form is no longer dirty, unless it comes back with errors (`noteResult`). */
export function noteSubmit(form: EventTarget | null): void {
	if (!(form instanceof HTMLFormElement) || !dirty.has(form)) return;
	dirty.delete(form);
	submitting.add(form);
}

/** After a form action answered: on errors the submitted forms (still on the page) are dirty again. */
export function noteResult(failed: boolean): void {
	for (const form of submitting) if (failed && form.isConnected) dirty.add(form);
	submitting.clear();
}

/** Registers a source of unsaved input; returns the function that unregisters it (an $effect's cleanup). */
export function guardUnsaved(isDirty: () => boolean): () => void {
	sources.add(isDirty);
	return () => sources.delete(isDirty);
}

export function isDirty(): boolean {
	for (const form of dirty) if (!form.isConnected) dirty.delete(form);
	return dirty.size > 0 || [...sources].some((source) => source());
}

/** Forgets every form (after a navigation has happened). */
export function resetForms(): void {
	dirty.clear();
	submitting.clear();
}
