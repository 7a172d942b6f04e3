/**
 * One typed message catalogue. Each feature keeps its strings in
 * messages/<feature>.ts as `defineMessages(ja, en)`: Japanese is the source
 * shape, and the English side must have exactly the same keys and function
 * signatures, so a missing or extra key fails the type check.
 */
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

type Fn = (...args: never[]) => string;

export type Shape<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Shape<T[K]>;
};

export function defineMessages<T extends Record<string, unknown>>(ja: T, en: Shape<T>): Record<Lang, Shape<T>> {
	return { ja: ja as Shape<T>, en };
}

export function isLang(value: unknown): value is Lang {
	return value === 'ja' || value === 'en';
}

export type { Fn };
