/**
 * Many operators' anonymised statistics files → the sector's distribution,
 * k-anonymous: no published count stands for fewer than `threshold`
 * operators (default K_ANONYMITY = 3).
 *
 * - A count of 1…threshold−1 is suppressed (null). When that leaves exactly
 *   one suppressed count in a row whose total is published, the next
 *   smallest count is suppressed too, so that no suppressed count can be
 *   worked out by subtraction.
 * - An item or section answered by fewer than `threshold` operators shows no
 *   counts and no quartiles at all; with fewer operators than the threshold
 *   in total, nothing but the number of files is shown.
 * - Quartiles (nearest rank) are shown only over at least `threshold`
 *   operators; every value is itself one operator's rounded score, never
 *   linked to who.
 * The result depends only on the set of files, not their order (items and
 * sections are sorted), and is the same for the same input. Pure.
 */
import { BUCKETS, DISTRIBUTION_FORMAT, type Bucket, type Distribution, type StatisticsFile } from './format';

export const K_ANONYMITY = 3;
const BAND_COUNT = 5;

/** Files of different sectors or fiscal years cannot be aggregated: which file (0-based), which field, what it holds against the first. */
export class StatisticsMismatch extends Error {
	constructor(
		readonly index: number,
		readonly field: 'sector' | 'fiscalYear',
		readonly found: string,
		readonly expected: string
	) {
		super(`file ${index + 1} is for ${field === 'sector' ? 'sector' : 'fiscal year'} ${found}, not ${expected}`);
	}
}

/** Suppresses small counts in one row (see the header). */
export function suppress(counts: readonly number[], threshold: number): (number | null)[] {
	const out: (number | null)[] = counts.map((c) => (c > 0 && c < threshold ? null : c));
	const hidden = out.filter((c) => c === null).length;
	if (hidden === 1) {
		// hide the smallest published count as well (zeros included), else the hidden one = total − the rest
		let smallest = -1;
		out.forEach((c, i) => {
			if (c !== null && (smallest < 0 || c < (out[smallest] as number))) smallest = i;
		});
		if (smallest >= 0) out[smallest] = null;
	}
	return out;
}

/** Nearest-rank quartiles of sorted values. */
export function quartiles(sorted: readonly number[]): [number, number, number] {
	const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
	return [at(0.25), at(0.5), at(0.75)];
}

/** Score band 0–4 of a ratio (0–20 %, …, 80–100 %; 100 % in the top band). */
export const bandOf = (ratio: number): number => Math.min(BAND_COUNT - 1, Math.floor(ratio * BAND_COUNT + 1e-9));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const canonicalLess = (a: object, b: object) => JSON.stringify(a) < JSON.stringify(b);

export function aggregate(files: readonly StatisticsFile[], threshold = K_ANONYMITY): Distribution {
	if (files.length === 0) throw new Error('no statistics files');
	const { sector, fiscalYear } = files[0];
	files.forEach((f, i) => {
		if (f.sector !== sector) throw new StatisticsMismatch(i, 'sector', f.sector, sector);
		if (f.fiscalYear !== fiscalYear) throw new StatisticsMismatch(i, 'fiscalYear', String(f.fiscalYear), String(fiscalYear));
	});
	const enough = files.length >= threshold;
	const classCount = (cls: StatisticsFile['operatorClass']) => files.filter((f) => f.operatorClass === cls).length;
	const [leading, other] = enough ? suppress([classCount('leading'), classCount('other')], threshold) : [null, null];

	const items = new Map<string, { item: StatisticsFile['items'][number]; counts: Record<Bucket, number>; operators: number }>();
	const sections = new Map<string, { section: StatisticsFile['sections'][number]; ratios: number[]; operators: number }>();
	for (const file of files) {
		for (const item of file.items) {
			const key = `${item.checklistId}\u0000${item.itemId}`;
			const entry = items.get(key) ?? { item, counts: { implemented: 0, partial: 0, not_implemented: 0, not_applicable: 0 }, operators: 0 };
			// files of different checklist versions may describe an item differently: the same one is kept whatever the order
			if (canonicalLess(item, entry.item)) entry.item = item;
			entry.counts[item.bucket]++;
			entry.operators++;
			items.set(key, entry);
		}
		for (const section of file.sections) {
			const key = `${section.checklistId}\u0000${section.sectionId}`;
			const entry = sections.get(key) ?? { section, ratios: [], operators: 0 };
			if (canonicalLess({ ...section, ratio: null }, { ...entry.section, ratio: null })) entry.section = section;
			entry.operators++;
			if (section.ratio !== null) entry.ratios.push(section.ratio);
			sections.set(key, entry);
		}
	}
	const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort((a, b) => compare(a[0], b[0])).map(([, v]) => v);
	return {
		format: DISTRIBUTION_FORMAT,
		version: 1,
		sector,
		fiscalYear,
		threshold,
		operators: files.length,
		classes: { leading, other },
		sections: byKey(sections).map(({ section, ratios, operators }) => {
			const shown = enough && operators >= threshold && ratios.length >= threshold;
			const bands = Array.from({ length: BAND_COUNT }, (_, b) => ratios.filter((r) => bandOf(r) === b).length);
			return {
				checklistId: section.checklistId,
				sectionId: section.sectionId,
				title: section.title,
				operators: enough ? operators : 0,
				quartiles: shown ? quartiles([...ratios].sort((a, b) => a - b)) : null,
				bands: shown ? suppress(bands, threshold) : bands.map(() => null)
			};
		}),
		items: byKey(items).map(({ item, counts, operators }) => {
			const shown = enough && operators >= threshold;
			const row = shown
				? suppress(
						BUCKETS.map((b) => counts[b]),
						threshold
					)
				: BUCKETS.map(() => null);
			return {
				checklistId: item.checklistId,
				itemId: item.itemId,
				sectionId: item.sectionId,
				classification: item.classification,
				operators: enough ? operators : 0,
				counts: { implemented: row[0], partial: row[1], not_implemented: row[2], not_applicable: row[3] }
			};
		})
	};
}
