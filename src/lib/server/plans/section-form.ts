/**
 * One section's edit form → the plan content with that section replaced.
 * Markdown body plus the section's structured part; every bad value comes
 * back with its field name and the values as typed, so nothing is lost.
 */
import { LIMITS, type PlanContent } from '$lib/domain/plans/content';
import { parseDuration } from '$lib/domain/plans/durations';
import { sectionTemplate } from '$lib/domain/plans/templates';
import { PLAN_VERSIONS } from '$lib/domain/schema';
import type { Messages } from '$lib/i18n';
import type { FormErrors, FormValues } from '$lib/server/forms';
import { parseContingencyPart } from './contingency-form';

export type SectionParse = { ok: true; content: PlanContent; note: string } | { ok: false; errors: FormErrors; values: FormValues };

/** Reads a form into values; fields in `arrays` keep every value. */
export function formValues(form: FormData, arrays: readonly string[] = []): FormValues {
	const values: FormValues = {};
	for (const key of new Set(form.keys())) values[key] = arrays.includes(key) ? form.getAll(key).map(String) : String(form.get(key) ?? '');
	return values;
}

/** Helpers over the typed values that collect errors by field name. */
export class FieldReader {
	readonly errors: FormErrors = {};
	constructor(
		readonly values: FormValues,
		readonly m: Messages
	) {}

	text(name: string, max: number, required = false): string {
		const raw = this.values[name];
		const value = (typeof raw === 'string' ? raw : '').replace(/\r\n/g, '\n').trim();
		if (value.length > max) this.errors[name] ??= this.m.errors.tooLong(max);
		else if (required && !value) this.errors[name] ??= this.m.errors.required;
		return value;
	}

	duration(name: string): number | null {
		const raw = this.values[name];
		const parsed = parseDuration(typeof raw === 'string' ? raw : '');
		if (parsed === undefined) {
			this.errors[name] ??= this.m.plansEdit.duration;
			return null;
		}
		return parsed;
	}

	/** A contact id from the register, or null. */
	contact(name: string, known: ReadonlySet<string>): string | null {
		const value = this.text(name, 20);
		if (!value) return null;
		if (!known.has(value)) this.errors[name] ??= this.m.plansEdit.contactUnknown;
		return value;
	}

	/** Indexes of rows named "<prefix>.<i>.<field>", in order. */
	rows(prefix: string): number[] {
		const indexes = new Set<number>();
		for (const key of Object.keys(this.values)) {
			const match = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`).exec(key);
			if (match) indexes.add(Number(match[1]));
		}
		return [...indexes].sort((a, b) => a - b);
	}

	/** true when every listed field of a row is empty (a blank row left for adding). */
	blank(prefix: string, i: number, fields: string[]): boolean {
		return fields.every((f) => {
			const v = this.values[`${prefix}.${i}.${f}`];
			return typeof v !== 'string' || v.trim() === '';
		});
	}
}

function parseBcpPart(content: Extract<PlanContent, { kind: 'bcp' }>, part: string, r: FieldReader, serviceIds: ReadonlySet<string>) {
	if (part === 'bia') {
		content.bia = r.rows('bia').map((i) => {
			const serviceId = r.text(`bia.${i}.serviceId`, 20);
			if (!serviceIds.has(serviceId)) r.errors[`bia.${i}.serviceId`] ??= r.m.plansEdit.serviceUnknown;
			return {
				serviceId,
				serviceName: r.text(`bia.${i}.serviceName`, LIMITS.name),
				mtpdMinutes: r.duration(`bia.${i}.mtpd`),
				rtoMinutes: r.duration(`bia.${i}.rto`),
				rpoMinutes: r.duration(`bia.${i}.rpo`),
				minimumServiceLevel: r.text(`bia.${i}.minimum`, LIMITS.shortText),
				notes: r.text(`bia.${i}.notes`, LIMITS.longText)
			};
		});
	}
	if (part === 'dependencies') {
		content.dependencies = r.rows('dep').map((i) => ({
			key: r.text(`dep.${i}.key`, LIMITS.key, true),
			label: r.text(`dep.${i}.label`, LIMITS.name, true),
			fallback: r.text(`dep.${i}.fallback`, LIMITS.longText),
			toleranceMinutes: r.duration(`dep.${i}.tolerance`),
			owner: r.text(`dep.${i}.owner`, LIMITS.owner)
		}));
	}
}

export interface SectionFormContext {
	m: Messages;
	serviceIds: ReadonlySet<string>;
	contactIds: ReadonlySet<string>;
}

/** Applies the form of section `key` to a copy of `current`. */
export function parseSectionForm(current: PlanContent, key: string, form: FormData, ctx: SectionFormContext): SectionParse {
	const values = formValues(form, ['cases']);
	const r = new FieldReader(values, ctx.m);
	const template = sectionTemplate(current.kind, key);
	if (!template) return { ok: false, errors: { _form: ctx.m.plansEdit.unknownSection }, values };
	const content: PlanContent = structuredClone(current);
	content.sections[key] = { body: r.text('body', LIMITS.body) };
	const note = r.text('change_note', PLAN_VERSIONS.change_note.max);
	if (template.structured) {
		if (content.kind === 'bcp') parseBcpPart(content, template.structured, r, ctx.serviceIds);
		else parseContingencyPart(content, template.structured, r, ctx.contactIds);
	}
	if (Object.keys(r.errors).length) return { ok: false, errors: r.errors, values };
	return { ok: true, content, note };
}
