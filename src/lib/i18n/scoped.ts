/**
 * A few namespaces of the catalogue, for pages that must stay light in the
 * browser: the page's JavaScript then carries only those namespaces' message
 * modules, not every feature's (the same modules messagesFor reads: one
 * source of truth). The result is `Pick<Messages, …>`, so using a namespace
 * the scope does not hold fails the type check.
 */
import type { Lang } from './define';
import type { Messages } from './index';

export type Namespaces<K extends keyof Messages> = { [N in K]: Record<Lang, Messages[N]> };

export function scoped<K extends keyof Messages>(namespaces: Namespaces<K>): (lang: Lang) => Pick<Messages, K> {
	const made = new Map<Lang, Pick<Messages, K>>();
	return (lang) => {
		let messages = made.get(lang);
		if (!messages) {
			const entries = (Object.keys(namespaces) as K[]).map((key) => [key, namespaces[key][lang]] as const);
			messages = Object.fromEntries(entries) as Pick<Messages, K>;
			made.set(lang, messages);
		}
		return messages;
	};
}
