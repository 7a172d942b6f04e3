/**
 * `answers.mapped_from` as the carry-forward hook writes it
 * (pb_hooks/lib/copy-answers.js): one entry per previous answer an answer
 * came from through a crosswalk. Read leniently: a record that does not
 * match reads as "not mapped" rather than failing the page. Pure.
 */
import { z } from 'zod';
import { ANSWER_STATUSES } from '../../schema';

const entrySchema = z.object({
	/** '' for the same-id answer that met a mapped one. */
	crosswalk: z.string(),
	checklist_id: z.string(),
	version: z.string(),
	item_id: z.string(),
	status: z.enum(ANSWER_STATUSES),
	note: z.object({ ja: z.string(), en: z.string() }).nullable()
});

export type MappedSource = z.infer<typeof entrySchema>;

export function readMappedFrom(value: unknown): MappedSource[] {
	const parsed = z.array(entrySchema).safeParse(value);
	return parsed.success ? parsed.data : [];
}
