/**
 * The dependencies register of the organisation profile: specific upstream
 * operators and suppliers (which power or telecom company, which cloud,
 * which outsourcing partner), what they supply to which important system, and
 * who depends on us (downstream). Enumerations mirror
 * pb_migrations/1764300000_profile_dependencies.js. Pure.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { SECTOR_CODES, type Localized } from '../sectors';

export const DEPENDENCY_DIRECTIONS = ['upstream', 'downstream'] as const;
export type DependencyDirection = (typeof DEPENDENCY_DIRECTIONS)[number];

export const DEPENDENCY_CATEGORIES = ['power', 'telecom', 'water', 'fuel', 'cloud', 'outsourcing', 'supplier', 'other'] as const;
export type DependencyCategory = (typeof DEPENDENCY_CATEGORIES)[number];

export const DEPENDENCY_CATEGORY_NAMES: Record<DependencyCategory, Localized> = {
	power: { ja: '電力', en: 'Power' },
	telecom: { ja: '通信', en: 'Telecoms' },
	water: { ja: '水道', en: 'Water' },
	fuel: { ja: '燃料', en: 'Fuel' },
	cloud: { ja: 'クラウド・データセンター', en: 'Cloud and data centres' },
	outsourcing: { ja: '業務・運用の委託先', en: 'Outsourcing partners' },
	supplier: { ja: '機器・ソフトウェアの供給者', en: 'Equipment and software suppliers' },
	other: { ja: 'その他', en: 'Other' }
};

export const DEPENDENCY_DIRECTION_NAMES: Record<DependencyDirection, Localized> = {
	upstream: { ja: '当社が依存する先', en: 'We depend on them' },
	downstream: { ja: '当社に依存する先', en: 'They depend on us' }
};

/** Categories of lifeline services from other critical-infrastructure sectors (seed 001 別紙3 ④). */
export const LIFELINE_CATEGORIES: readonly DependencyCategory[] = ['power', 'telecom', 'water', 'fuel'];

/** Categories that make a supply-chain relationship (seed 003: サプライチェーン). */
export const SUPPLY_CHAIN_CATEGORIES: readonly DependencyCategory[] = ['cloud', 'outsourcing', 'supplier'];

export const DEPENDENCY_LIMITS = { name: 200, supplies: 2000, alternative: 2000, contact: 500, notes: 5000 } as const;

const RECORD_ID = /^[a-z0-9]{15}$/;

export function dependencySchema(m: Messages) {
	const text = (max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');
	return z.object({
		name: z.string().trim().min(1, m.errors.required).max(DEPENDENCY_LIMITS.name, m.errors.tooLong(DEPENDENCY_LIMITS.name)),
		direction: z.enum(DEPENDENCY_DIRECTIONS, { error: m.errors.choose }),
		category: z.enum(DEPENDENCY_CATEGORIES, { error: m.errors.choose }),
		sector: z.union([z.enum(SECTOR_CODES), z.literal('')], { error: m.errors.choose }).default(''),
		supplies: text(DEPENDENCY_LIMITS.supplies),
		systems: z.array(z.string().regex(RECORD_ID, m.errors.choose)).default([]),
		services: z.array(z.string().regex(RECORD_ID, m.errors.choose)).default([]),
		alternative: text(DEPENDENCY_LIMITS.alternative),
		contact: text(DEPENDENCY_LIMITS.contact),
		notes: text(DEPENDENCY_LIMITS.notes)
	});
}

/** The fields of a dependency that the views use. */
export interface Dependency {
	id: string;
	name: string;
	direction: DependencyDirection;
	category: DependencyCategory;
	sector: string;
	supplies: string;
	systems: string[];
	services: string[];
}
