/**
 * Puts back what a person typed, ticked or chose before the page's JavaScript took over.
 *
 * Svelte writes an input's `value={…}` (and `checked={…}`) into the element once while it
 * hydrates, over whatever the person already typed. A small script in src/app.html records each
 * control's state as it changes until then; the root layout calls this once hydration is done:
 * every control that still shows something else gets the person's state back, with the event a
 * person's edit would have fired, so handlers and bindings see it too. Recording stops here.
 */
type Recorded = Map<EventTarget, string | boolean>;

declare global {
	interface Window {
		__mamoriTyped?: Recorded | null;
	}
}

function isControl(target: EventTarget): target is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
	return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function restoreTypedBeforeStart(win: Window = window): number {
	const recorded = win.__mamoriTyped;
	win.__mamoriTyped = null;
	if (!recorded) return 0;
	let restored = 0;
	for (const [target, state] of recorded) {
		if (!isControl(target) || !target.isConnected || target.disabled) continue;
		if (typeof state === 'boolean' && target instanceof HTMLInputElement) {
			if (target.checked === state) continue;
			target.checked = state;
			target.dispatchEvent(new Event('change', { bubbles: true }));
		} else if (typeof state === 'string') {
			if (target.value === state || (target instanceof HTMLInputElement && target.type === 'file')) continue;
			target.value = state;
			target.dispatchEvent(new Event('input', { bubbles: true }));
			if (target instanceof HTMLSelectElement) target.dispatchEvent(new Event('change', { bubbles: true }));
		} else continue;
		restored += 1;
	}
	return restored;
}
