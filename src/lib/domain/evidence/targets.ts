/**
 * The records evidence can be linked to and findings raised on, as the
 * PocketBase hooks define them (pb_hooks/lib/link-targets.json). A target
 * is a registered type, a record id and — for part of a record, such as
 * one item of a self-check — the part. Pure.
 */
import registry from '../../../../pb_hooks/lib/link-targets.json';

export interface TargetSpec {
	collection: string;
	part?: string;
	links: boolean;
	findings: boolean;
	fiscalYear?: string;
	label: { ja: string; en: string };
}

export const TARGETS: Record<string, TargetSpec> = registry;
export const TARGET_TYPES = Object.keys(TARGETS);

export interface TargetRef {
	type: string;
	id: string;
	/** '' for a whole record. */
	part: string;
}

export const targetKey = (ref: TargetRef): string => `${ref.type}|${ref.id}|${ref.part}`;

export function isLinkTarget(ref: TargetRef): boolean {
	const spec = TARGETS[ref.type];
	return !!spec && spec.links && /^[a-z0-9]{15}$/.test(ref.id) && (spec.part ? ref.part.length > 0 : ref.part === '');
}

export function targetLabel(type: string, lang: 'ja' | 'en'): string {
	return TARGETS[type]?.label[lang] ?? type;
}

/** What a page shows of a target: its name and where it lives. */
export interface TargetInfo {
	title: string;
	href: string;
	/** Signed: its evidence can no longer change. */
	locked: boolean;
}
