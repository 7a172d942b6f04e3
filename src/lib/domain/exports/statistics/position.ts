/**
 * Where one operator stands against its sector's distribution: per section
 * its own (rounded) score against the quartiles, per item its own answer
 * beside how many operators implemented it. Only what the distribution
 * publishes is compared (suppressed figures stay suppressed). Pure.
 */
import type { Bucket, Distribution, StatisticsFile } from './format';

export type Standing = 'below_q1' | 'q1_to_median' | 'median_to_q3' | 'above_q3' | 'unknown';

export interface SectionStanding {
	checklistId: string;
	sectionId: string;
	own: number | null;
	standing: Standing;
}

export interface ItemStanding {
	checklistId: string;
	itemId: string;
	own: Bucket | null;
}

export function standingOf(own: number | null, quartiles: Distribution['sections'][number]['quartiles']): Standing {
	if (own === null || quartiles === null) return 'unknown';
	const [q1, median, q3] = quartiles;
	if (own < q1) return 'below_q1';
	if (own <= median) return 'q1_to_median';
	if (own <= q3) return 'median_to_q3';
	return 'above_q3';
}

export function standings(
	distribution: Distribution,
	own: StatisticsFile
): { sections: Map<string, SectionStanding>; items: Map<string, ItemStanding> } {
	const key = (checklistId: string, id: string) => `${checklistId}/${id}`;
	const ownSections = new Map(own.sections.map((s) => [key(s.checklistId, s.sectionId), s.ratio]));
	const ownItems = new Map(own.items.map((i) => [key(i.checklistId, i.itemId), i.bucket]));
	return {
		sections: new Map(
			distribution.sections.map((s) => {
				const mine = ownSections.get(key(s.checklistId, s.sectionId)) ?? null;
				return [
					key(s.checklistId, s.sectionId),
					{ checklistId: s.checklistId, sectionId: s.sectionId, own: mine, standing: standingOf(mine, s.quartiles) }
				];
			})
		),
		items: new Map(
			distribution.items.map((i) => [
				key(i.checklistId, i.itemId),
				{ checklistId: i.checklistId, itemId: i.itemId, own: ownItems.get(key(i.checklistId, i.itemId)) ?? null }
			])
		)
	};
}
