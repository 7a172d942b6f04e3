/**
 * The classes of checklist items and their names, apart from the zod schemas
 * of checklist files (./schema.ts), so pages can show them without shipping
 * zod to the browser.
 */
import type { Localized } from '../sectors';

/**
 * consider (要検討事項): the guideline's cross-sector baseline, implemented
 * unless there is a specific reason not to (seed 001 II-1(1)); reference
 * (参考事項): desirable further measures each organisation adopts at its own
 * discretion; sector (分野固有事項): what only one sector's supplement asks,
 * which the seed's two classes do not cover.
 */
export const CLASSIFICATIONS = ['consider', 'reference', 'sector'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const CLASSIFICATION_NAMES: Record<Classification, Localized> = {
	consider: { ja: '要検討事項', en: 'Item to consider' },
	reference: { ja: '参考事項', en: 'Reference item' },
	sector: { ja: '分野固有事項', en: 'Sector item' }
};

/** Items flagged `leading` (先導的取組, seed 000 ①) apply only to leading operators. */
export const LEADING_NAME: Localized = { ja: '先導的取組', en: 'Leading-operator measure' };
