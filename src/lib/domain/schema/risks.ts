/** The dependencies register (pb_migrations/1764300000_profile_dependencies.js); values from domain/risks/dependencies.ts. */
import { DEPENDENCY_CATEGORIES, DEPENDENCY_DIRECTIONS, DEPENDENCY_LIMITS } from '../risks/dependencies';
import { SECTOR_CODES } from '../sectors';
import { relation, select, text, type CollectionFacts } from './fields';

export const DEPENDENCIES = {
	organisation: relation(1, { required: true }),
	name: text(DEPENDENCY_LIMITS.name, { min: 1, required: true }),
	direction: select(DEPENDENCY_DIRECTIONS, { required: true }),
	category: select(DEPENDENCY_CATEGORIES, { required: true }),
	sector: select(SECTOR_CODES),
	supplies: text(DEPENDENCY_LIMITS.supplies),
	systems: relation(999),
	services: relation(999),
	alternative: text(DEPENDENCY_LIMITS.alternative),
	contact: text(DEPENDENCY_LIMITS.contact),
	notes: text(DEPENDENCY_LIMITS.notes)
} satisfies CollectionFacts;
