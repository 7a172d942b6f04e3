/**
 * Structured service levels and their comparison with the sector's
 * verification level (検証レベル, seed 001 別紙2). A service level here names
 * the size of a disruption that counts as failing it: supply lost (quantity
 * and unit), how long (duration) and how many customers or users are hit.
 * An operator's service level is "looser" than the verification level when
 * it tolerates a larger disruption on any dimension both state. Pure.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import type { Localized, SectorCode } from '../sectors';

export const SERVICE_LEVEL_UNITS = ['kw', 'm3_per_day', 'transactions', 'trains', 'flights', 'parcels', 'other'] as const;
export type ServiceLevelUnit = (typeof SERVICE_LEVEL_UNITS)[number];

export const SERVICE_LEVEL_UNIT_NAMES: Record<ServiceLevelUnit, Localized> = {
	kw: { ja: 'kW（供給支障電力）', en: 'kW (supply lost)' },
	m3_per_day: { ja: 'm³/日（給水量）', en: 'm³/day (water supplied)' },
	transactions: { ja: '件（取引・処理）', en: 'transactions' },
	trains: { ja: '本（列車）', en: 'trains' },
	flights: { ja: '便（航空便）', en: 'flights' },
	parcels: { ja: '個（貨物）', en: 'parcels' },
	other: { ja: 'その他の単位', en: 'other unit' }
};

/** The structured part of a service level; null = not stated. */
export interface StructuredLevel {
	quantity: number | null;
	unit: ServiceLevelUnit | null;
	durationMinutes: number | null;
	population: number | null;
}

/**
 * The verification levels of seed 001 別紙2 that state numbers. The other
 * sectors' verification levels are qualitative (any stop or delay caused by
 * an IT malfunction), and the sectors added later have none.
 */
export const VERIFICATION_THRESHOLDS: Partial<Record<SectorCode, StructuredLevel>> = {
	// 供給支障電力が10万キロワット以上で、その支障時間が10分以上（電気関係報告規則第3条）
	electricity: { quantity: 100_000, unit: 'kw', durationMinutes: 10, population: null },
	// 3万以上の利用者に対し2時間以上継続（電気通信事業法施行規則第58条）
	telecom: { quantity: null, unit: null, durationMinutes: 120, population: 30_000 },
	// 供給支障戸数が30以上（ガス事業法施行規則第112条）
	gas: { quantity: null, unit: null, durationMinutes: null, population: 30 },
	// 概ね24時間以内にシステムを復旧（ホームページによる情報提供サービスの例）
	government: { quantity: null, unit: null, durationMinutes: 24 * 60, population: null }
};

export type Dimension = 'quantity' | 'duration' | 'population';

export type Comparison =
	| { kind: 'none' } // the sector has no numeric verification level
	| { kind: 'excluded' } // the verification level is not about this service
	| { kind: 'unset' } // the service states no numbers yet
	| { kind: 'within'; missing: Dimension[]; unitMismatch: boolean }
	| { kind: 'looser'; looser: Dimension[]; missing: Dimension[]; unitMismatch: boolean };

/** Compares a service level with its sector's verification level, dimension by dimension. */
export function compareWithVerificationLevel(level: StructuredLevel, sector: SectorCode, excluded = false): Comparison {
	const threshold = VERIFICATION_THRESHOLDS[sector];
	if (!threshold) return { kind: 'none' };
	if (excluded) return { kind: 'excluded' };
	if (level.quantity === null && level.durationMinutes === null && level.population === null) return { kind: 'unset' };
	const looser: Dimension[] = [];
	const missing: Dimension[] = [];
	let unitMismatch = false;
	if (threshold.quantity !== null) {
		if (level.quantity === null) missing.push('quantity');
		else if (level.unit !== threshold.unit) unitMismatch = true;
		else if (level.quantity > threshold.quantity) looser.push('quantity');
	}
	const pairs: [Dimension, number | null, number | null][] = [
		['duration', threshold.durationMinutes, level.durationMinutes],
		['population', threshold.population, level.population]
	];
	for (const [dimension, limit, value] of pairs) {
		if (limit === null) continue;
		if (value === null) missing.push(dimension);
		else if (value > limit) looser.push(dimension);
	}
	return looser.length > 0 ? { kind: 'looser', looser, missing, unitMismatch } : { kind: 'within', missing, unitMismatch };
}

/** "10万kW以上・10分以上・3万件以上" as one short line. */
export function describeLevel(level: StructuredLevel, lang: 'ja' | 'en'): string {
	const parts: string[] = [];
	const n = (v: number) => v.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
	if (level.quantity !== null) {
		const unit = level.unit ? SERVICE_LEVEL_UNIT_NAMES[level.unit][lang].replace(/（.*）|\s\(.*\)/, '') : '';
		parts.push(lang === 'ja' ? `${n(level.quantity)}${unit}以上` : `≥ ${n(level.quantity)} ${unit}`.trim());
	}
	if (level.durationMinutes !== null) parts.push(duration(level.durationMinutes, lang));
	if (level.population !== null)
		parts.push(lang === 'ja' ? `${n(level.population)}需要家・利用者以上` : `≥ ${n(level.population)} customers or users`);
	return parts.join(lang === 'ja' ? '・' : ', ');
}

function duration(minutes: number, lang: 'ja' | 'en'): string {
	const hours = minutes / 60;
	if (minutes >= 60 && Number.isInteger(hours)) return lang === 'ja' ? `${hours}時間以上` : `≥ ${hours} h`;
	return lang === 'ja' ? `${minutes}分以上` : `≥ ${minutes} min`;
}

const plain = (v: string) => v.replace(/[,，]/g, '');

/** An optional positive number as typed in a form ('' = not stated; thousands separators allowed). */
const optionalNumber = (message: string, max: number, integer: boolean) =>
	z
		.string()
		.trim()
		.default('')
		.refine(
			(v) => v === '' || ((integer ? /^\d+$/ : /^\d+(\.\d+)?$/).test(plain(v)) && Number(plain(v)) > 0 && Number(plain(v)) <= max),
			message
		)
		.transform((v) => (v === '' ? null : Number(plain(v))));

export const SERVICE_LEVEL_LIMITS = { quantity: 1_000_000_000_000, durationMinutes: 525_600, population: 1_000_000_000 } as const;

/** The structured service-level fields of the service form (names as in PocketBase). */
export function structuredLevelShape(m: Messages) {
	return {
		sl_quantity: optionalNumber(m.riskProfile.positive(SERVICE_LEVEL_LIMITS.quantity), SERVICE_LEVEL_LIMITS.quantity, false),
		sl_unit: z.union([z.enum(SERVICE_LEVEL_UNITS), z.literal('')], { error: m.errors.choose }).default(''),
		sl_duration_minutes: optionalNumber(
			m.riskProfile.positive(SERVICE_LEVEL_LIMITS.durationMinutes),
			SERVICE_LEVEL_LIMITS.durationMinutes,
			false
		),
		sl_population: optionalNumber(m.riskProfile.positiveInteger(SERVICE_LEVEL_LIMITS.population), SERVICE_LEVEL_LIMITS.population, true),
		sl_vl_excluded: z
			.string()
			.default('')
			.transform((v) => v === 'on' || v === 'true')
	};
}

/** The structured level of a stored service (PocketBase stores "no number" as 0 and "no unit" as ''). */
export function levelOf(record: {
	sl_quantity?: number | null;
	sl_unit?: string;
	sl_duration_minutes?: number | null;
	sl_population?: number | null;
}): StructuredLevel {
	const unit = (SERVICE_LEVEL_UNITS as readonly string[]).includes(record.sl_unit ?? '') ? (record.sl_unit as ServiceLevelUnit) : null;
	const value = (v: number | null | undefined) => (typeof v === 'number' && v > 0 ? v : null);
	return {
		quantity: value(record.sl_quantity),
		unit,
		durationMinutes: value(record.sl_duration_minutes),
		population: value(record.sl_population)
	};
}
