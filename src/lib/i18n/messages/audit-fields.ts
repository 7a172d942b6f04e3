/** Small builders for the audit-trail descriptions (audit-collections*.ts). */
import type { FieldDescription } from '$lib/domain/audit/describe';
import type { Localized } from '$lib/domain/sectors';

export const l = (ja: string, en: string): Localized => ({ ja, en });
export const text = (ja: string, en: string): FieldDescription => ({ label: l(ja, en) });
export const date = (ja: string, en: string): FieldDescription => ({ label: l(ja, en), kind: 'date' });
export const datetime = (ja: string, en: string): FieldDescription => ({ label: l(ja, en), kind: 'datetime' });
export const relation = (ja: string, en: string, to: string): FieldDescription => ({ label: l(ja, en), kind: { relation: to } });
export const choice = (ja: string, en: string, values: Record<string, Localized>): FieldDescription => ({ label: l(ja, en), values });
export const both = <K extends string>(pick: (lang: 'ja' | 'en') => Record<K, string>): Record<K, Localized> => {
	const ja = pick('ja');
	const en = pick('en');
	return Object.fromEntries(Object.keys(ja).map((k) => [k, { ja: ja[k as K], en: en[k as K] }])) as Record<K, Localized>;
};
export const users = (ja: string, en: string) => relation(ja, en, 'users');
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** "label（more）" in Japanese, "label (more)" in English; the label alone without more. */
export const inParens = (label: string, more: string | null | undefined, lang: 'ja' | 'en'): string =>
	more ? (lang === 'ja' ? `${label}（${more}）` : `${label} (${more})`) : label;
/** The first line of a long text, cut to `max` characters: enough to recognise a record by. */
export const excerpt = (v: unknown, max = 40): string => {
	const line = str(v).trim().split('\n')[0].trim();
	return line.length > max ? `${line.slice(0, max)}…` : line;
};
