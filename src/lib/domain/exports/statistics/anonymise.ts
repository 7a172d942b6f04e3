/**
 * An operator's self-check → its anonymised statistics file (./format.ts).
 * Only checklists from mamori's library (given by id and version) are kept;
 * reference items the self-check does not adopt are left out (they are not
 * counted, as in the self-check report). Section scores are those of the
 * self-check report (selfcheck/scoring.ts), rounded to RATIO_STEP. Pure.
 */
import { groupOf } from '../../selfcheck/groups';
import { scoreAnswers } from '../../selfcheck/scoring';
import { isCountedItem, type SelfCheckSnapshot } from '../../reports/selfcheck/snapshot';
import { BUCKET_OF, RATIO_STEP, STATISTICS_FORMAT, type StatisticsFile } from './format';

/** The ratio rounded to the nearest RATIO_STEP (half up), without floating-point noise. */
export function roundRatio(ratio: number): number {
	const steps = Math.round(1 / RATIO_STEP);
	return Math.round(ratio * steps + 1e-9) / steps;
}

export function anonymisedStatistics(snap: SelfCheckSnapshot, library: ReadonlySet<string>): StatisticsFile {
	const kept = new Set(snap.assessment.checklists.filter((c) => library.has(`${c.id}@${c.version}`)).map((c) => c.id));
	if (kept.size === 0) throw new Error('the self-check answers no checklist of the library');
	// every item belongs to its top-level section (depth 0), as the report scores them
	const topOf = new Map<string, string>();
	const current = new Map<string, string>();
	for (const s of snap.sections) {
		if (s.depth === 0 || !current.has(s.checklistId)) current.set(s.checklistId, s.sectionId);
		topOf.set(`${s.checklistId}/${s.sectionId}`, current.get(s.checklistId) ?? s.sectionId);
	}
	const items = snap.items
		.filter((item) => kept.has(item.checklistId) && isCountedItem(item))
		.map((item) => ({
			checklistId: item.checklistId,
			itemId: item.itemId,
			sectionId: topOf.get(`${item.checklistId}/${item.sectionId}`) ?? item.sectionId,
			classification: item.classification,
			bucket: BUCKET_OF[item.answer.status],
			status: item.answer.status,
			leading: item.leading
		}));
	const score = scoreAnswers(
		items.map((i) => ({ itemId: i.itemId, sectionId: `${i.checklistId}/${i.sectionId}`, group: groupOf(i), status: i.status }))
	);
	const sections = snap.sections
		.filter((s) => s.depth === 0 && kept.has(s.checklistId))
		.map((s) => {
			const ratio = score.bySection[`${s.checklistId}/${s.sectionId}`]?.overall.ratio ?? null;
			return { checklistId: s.checklistId, sectionId: s.sectionId, title: s.title, ratio: ratio === null ? null : roundRatio(ratio) };
		});
	return {
		format: STATISTICS_FORMAT,
		version: 1,
		sector: snap.organisation.sector,
		operatorClass: snap.organisation.operatorClass,
		fiscalYear: snap.assessment.fiscalYear,
		checklists: snap.assessment.checklists.filter((c) => kept.has(c.id)).map((c) => ({ id: c.id, version: c.version })),
		sections,
		items: items.map(({ checklistId, itemId, sectionId, classification, bucket }) => ({
			checklistId,
			itemId,
			sectionId,
			classification,
			bucket
		}))
	};
}
