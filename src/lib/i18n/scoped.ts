/**
 * A few namespaces of the catalogue, for pages that must stay light in the
 * browser: the page's JavaScript then carries only those message modules,
 * not every feature's (the same modules messagesFor reads: one source of
 * truth). A namespace may also be given by a module composed into it (e.g.
 * messages/evidence-expiry.ts, which evidence.ts takes its `expiry` and
 * `upload` from). Keys and types must be the catalogue's, and using a
 * namespace or key the scope does not hold fails the type check.
 */
import type { Lang } from './define';
import type { Messages } from './index';

type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Whole namespaces of the catalogue, or parts of them (at any depth). */
export type Parts = { [K in keyof Messages]?: Record<Lang, DeepPartial<Messages[K]>> };

export type Scoped<N extends Parts> = { [K in keyof N]: N[K] extends Record<Lang, infer V> ? V : never };

export function scoped<N extends Parts>(namespaces: N): (lang: Lang) => Scoped<N> {
	const made = new Map<Lang, Scoped<N>>();
	return (lang) => {
		let messages = made.get(lang);
		if (!messages) {
			const entries = Object.entries(namespaces).map(([key, part]) => [key, (part as Record<Lang, unknown>)[lang]] as const);
			messages = Object.fromEntries(entries) as Scoped<N>;
			made.set(lang, messages);
		}
		return messages;
	};
}
