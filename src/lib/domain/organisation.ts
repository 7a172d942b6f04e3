/**
 * Validation of the organisation profile and its critical services and
 * important systems. What a system depends on is the dependencies register
 * (risks/dependencies.ts), linked from the dependency's side. Lengths and
 * bounds come from the schema facts (schema/foundation.ts).
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { structuredLevelShape } from './risks/service-levels';
import { CRITICAL_SERVICES, IMPORTANT_SYSTEMS, ORGANISATIONS, RECORD_ID_PATTERN, type NumberFact, type TextFact } from './schema';
import { OPERATOR_CLASSES, SECTOR_CODES } from './sectors';

const text = (m: Messages, fact: TextFact) => z.string().trim().max(fact.max, m.errors.tooLong(fact.max));
const requiredText = (m: Messages, fact: TextFact) => text(m, fact).min(Math.max(1, fact.min), m.errors.required);
const bounds = (fact: NumberFact) => ({ min: fact.min ?? -Infinity, max: fact.max ?? Infinity });

export function organisationSchema(m: Messages) {
	const f = ORGANISATIONS;
	const month = bounds(f.fy_start_month);
	return z.object({
		name: requiredText(m, f.name),
		name_en: text(m, f.name_en).default(''),
		sector: z.enum(SECTOR_CODES, { error: m.errors.choose }),
		operator_class: z.enum(OPERATOR_CLASSES, { error: m.errors.choose }),
		fy_start_month: z.coerce
			.number({ error: m.errors.month })
			.int(m.errors.month)
			.min(month.min, m.errors.month)
			.max(month.max, m.errors.month)
	});
}

export function serviceSchema(m: Messages) {
	const f = CRITICAL_SERVICES;
	const hours = bounds(f.max_outage_hours);
	return z
		.object({
			name: requiredText(m, f.name),
			description: text(m, f.description).default(''),
			service_level: text(m, f.service_level).default(''),
			max_outage_hours: z
				.string()
				.trim()
				.default('')
				.refine(
					(v) => v === '' || (/^\d+(\.\d+)?$/.test(v) && Number(v) >= hours.min && Number(v) <= hours.max),
					m.errors.number(hours.min, hours.max)
				)
				.transform((v) => (v === '' ? null : Number(v))),
			owner: text(m, f.owner).default(''),
			...structuredLevelShape(m)
		})
		.refine((s) => s.sl_quantity === null || s.sl_unit !== '', { path: ['sl_unit'], message: m.riskProfile.unitNeeded });
}

export function systemSchema(m: Messages) {
	const f = IMPORTANT_SYSTEMS;
	return z.object({
		name: requiredText(m, f.name),
		description: text(m, f.description).default(''),
		services: z.array(z.string().regex(RECORD_ID_PATTERN, m.errors.choose)).max(f.services.maxSelect).default([]),
		owner: text(m, f.owner).default('')
	});
}
