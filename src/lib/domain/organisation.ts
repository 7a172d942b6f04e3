/**
 * Validation of the organisation profile and its critical services and
 * important systems. What a system depends on is the dependencies register
 * (risks/dependencies.ts), linked from the dependency's side.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { structuredLevelShape } from './risks/service-levels';
import { OPERATOR_CLASSES, SECTOR_CODES } from './sectors';

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max));
const requiredText = (m: Messages, max: number) => text(m, max).min(1, m.errors.required);

export function organisationSchema(m: Messages) {
	return z.object({
		name: requiredText(m, 200),
		name_en: text(m, 200).default(''),
		sector: z.enum(SECTOR_CODES, { error: m.errors.choose }),
		operator_class: z.enum(OPERATOR_CLASSES, { error: m.errors.choose }),
		fy_start_month: z.coerce.number({ error: m.errors.month }).int(m.errors.month).min(1, m.errors.month).max(12, m.errors.month)
	});
}

export function serviceSchema(m: Messages) {
	return z
		.object({
			name: requiredText(m, 200),
			description: text(m, 20000).default(''),
			service_level: text(m, 2000).default(''),
			max_outage_hours: z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || (/^\d+(\.\d+)?$/.test(v) && Number(v) <= 8760), m.errors.number(0, 8760))
				.transform((v) => (v === '' ? null : Number(v))),
			owner: text(m, 200).default(''),
			...structuredLevelShape(m)
		})
		.refine((s) => s.sl_quantity === null || s.sl_unit !== '', { path: ['sl_unit'], message: m.riskProfile.unitNeeded });
}

export function systemSchema(m: Messages) {
	return z.object({
		name: requiredText(m, 200),
		description: text(m, 20000).default(''),
		services: z.array(z.string().regex(/^[a-z0-9]{15}$/, m.errors.choose)).default([]),
		owner: text(m, 200).default('')
	});
}
