/**
 * What every OSCAL export shares: the OSCAL version we write (1.1.2; schemas
 * vendored in tests/oscal/1.1.2 and used to validate every export in tests),
 * mamori's own namespace for props and parts, and small builders. UUIDs are
 * made by a function the caller passes (name → RFC 4122 v5 UUID on the
 * server), so the builders stay pure and deterministic.
 */
export const OSCAL_VERSION = '1.1.2';

/** Namespace of mamori's props and parts (a URI, as OSCAL asks; not resolvable). */
export const MAMORI_NS = 'urn:mamori:oscal';

/** A stable UUID for a name (the same name always gives the same UUID). */
export type UuidFor = (name: string) => string;

export interface OscalProp {
	name: string;
	value: string;
	ns?: string;
	class?: string;
}

export interface OscalPart {
	name: string;
	ns?: string;
	class?: string;
	id?: string;
	title?: string;
	prose?: string;
	props?: OscalProp[];
}

export const prop = (name: string, value: string, cls?: string): OscalProp => ({
	name,
	ns: MAMORI_NS,
	value,
	...(cls ? { class: cls } : {})
});

export const part = (name: string, prose: string, cls?: string): OscalPart => ({
	name,
	ns: MAMORI_NS,
	...(cls ? { class: cls } : {}),
	prose
});

/** OSCAL titles are one line: line breaks and runs of spaces become one space. */
export function singleLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** An OSCAL date-time (with a zone) from an ISO instant or a PocketBase date-time. */
export function oscalDateTime(value: string | Date): string {
	const date = value instanceof Date ? value : new Date(value.includes('T') ? value : value.replace(' ', 'T'));
	if (Number.isNaN(date.getTime())) throw new Error(`not a date-time: ${String(value)}`);
	return date.toISOString();
}

/** A calendar date as the start of that day in Japan time. */
export const oscalDayStart = (date: string): string => `${date}T00:00:00+09:00`;

/** Props (with `ns`) of a given name, in order. */
export function mamoriProps(props: readonly { name: string; value: string; ns?: string; class?: string }[] | undefined, name: string) {
	return (props ?? []).filter((p) => p.ns === MAMORI_NS && p.name === name);
}
