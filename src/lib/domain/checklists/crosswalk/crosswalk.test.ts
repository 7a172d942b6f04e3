import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../schema';
import { libraryChecklistInput } from '../fixtures/library-checklist';
import { editionChanges, sourcesByTarget } from './changes';
import { lintCrosswalks } from './lint';
import { applicableCrosswalks, carryMappings, type PinnedEdition } from './resolve';
import { crosswalkSchema, mappingKind } from './schema';

const note = { ja: '注記', en: 'Note' };
const base = {
	id: 'list-1-2',
	title: { ja: '1 → 2', en: '1 → 2' },
	from: { checklist: 'list', version: '1' },
	to: { checklist: 'list', version: '2' },
	mappings: [
		{ from: ['A-01'], to: ['A-01', 'A-02'], note },
		{ from: ['B-01', 'B-02'], to: ['B-12'], note },
		{ from: ['C-01'], to: [], note }
	]
};
const crosswalk = crosswalkSchema.parse(base);
const pinned = (checklistId: string, version: string, ids: string[]): PinnedEdition => ({ checklistId, version, itemIds: new Set(ids) });

describe('crosswalk schema', () => {
	it('refuses a source mapped twice and an added item that is also a target', () => {
		const result = crosswalkSchema.safeParse({
			...base,
			added: ['B-12'],
			mappings: [...base.mappings, { from: ['A-01'], to: ['A-09'], note }]
		});
		expect(result.success).toBe(false);
		const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(messages).toEqual([
			'mappings.3.from.0: A-01 is already mapped in mappings[0]: list all its targets in one mapping',
			'added.0: B-12 is a mapping target, so it is not new'
		]);
	});

	it('names each kind of mapping from its shape', () => {
		expect(crosswalk.mappings.map((m) => mappingKind(m, true))).toEqual(['split', 'merged', 'removed']);
		expect(mappingKind({ from: ['A-01'], to: ['A-01'] }, true)).toBe('changed');
		expect(mappingKind({ from: ['A-01'], to: ['A-01'] }, false)).toBe('renamed');
		expect(mappingKind({ from: ['A-01', 'A-02'], to: ['B-01', 'B-02'] }, true)).toBe('regrouped');
	});
});

describe('carry mappings', () => {
	const previous = [pinned('list', '1', ['A-01', 'B-01', 'B-02', 'C-01'])];
	const next = [pinned('list', '2', ['A-01', 'A-02', 'B-12'])];

	it('applies only from the previous edition to the new one', () => {
		expect(applicableCrosswalks([crosswalk], previous, next)).toHaveLength(1);
		expect(applicableCrosswalks([crosswalk], [pinned('list', '0', [])], next)).toHaveLength(0);
		expect(applicableCrosswalks([crosswalk], previous, [pinned('list', '3', [])])).toHaveLength(0);
		const anyEdition = crosswalkSchema.parse({ ...base, from: { checklist: 'list' }, to: { checklist: 'list' } });
		expect(applicableCrosswalks([anyEdition], previous, [pinned('list', '1', [])])).toHaveLength(0);
	});

	it('lists one mapping per source the previous self-check had, with the targets the new one has', () => {
		const mappings = carryMappings([crosswalk], [pinned('list', '1', ['A-01', 'B-01', 'C-01'])], [pinned('list', '2', ['A-01', 'B-12'])]);
		expect(mappings.map((m) => [m.from.item_id, m.to.map((t) => t.item_id), m.replaces_identity])).toEqual([
			['A-01', ['A-01'], true],
			['B-01', ['B-12'], true],
			['C-01', [], true]
		]);
	});

	it('keeps the same-id match when the crosswalk leads to another checklist', () => {
		const other = crosswalkSchema.parse({
			...base,
			to: { checklist: 'cross', version: '2' },
			mappings: [{ from: ['A-01'], to: ['X-01'], note }]
		});
		const [mapping] = carryMappings([other], previous, [...next, pinned('cross', '2', ['X-01'])]);
		expect(mapping).toMatchObject({
			from: { checklist_id: 'list', item_id: 'A-01' },
			to: [{ checklist_id: 'cross', item_id: 'X-01' }],
			replaces_identity: false
		});
	});
});

describe('what changed', () => {
	it('lists each mapping with the new titles, then the added items', () => {
		const target = checklistSchema.parse(libraryChecklistInput('list'));
		const cw = crosswalkSchema.parse({ ...base, added: ['BCP-01'], mappings: [{ from: ['GOV-09'], to: ['GOV-01', 'GOV-02'], note }] });
		const changes = editionChanges(cw, target);
		expect(changes.map((c) => [c.kind, c.from, c.to.map((t) => t.id)])).toEqual([
			['split', ['GOV-09'], ['GOV-01', 'GOV-02']],
			['added', [], ['BCP-01']]
		]);
		expect(changes[0].to[0].title?.ja).toBeTruthy();
		expect(sourcesByTarget(cw).get('GOV-02')).toEqual(['GOV-09']);
	});
});

describe('crosswalk lint', () => {
	const library = [{ ...checklistSchema.parse(libraryChecklistInput('list')), version: '2' }];
	it('names targets the new edition lacks, and a crosswalk of an edition to itself', () => {
		const cw = crosswalkSchema.parse({ ...base, mappings: [{ from: ['A-01'], to: ['GOV-01', 'GOV-99'], note }] });
		const same = crosswalkSchema.parse({ ...base, id: 'same', from: base.to });
		expect(
			lintCrosswalks(
				[
					{ file: 'a.yaml', crosswalk: cw },
					{ file: 'b.yaml', crosswalk: same }
				],
				library
			).map((i) => `${i.file} ${i.field}: ${i.message}`)
		).toEqual([
			'a.yaml mappings[0].to[1]: list 2 has no item GOV-99',
			'b.yaml mappings[0].from[0]: list 2 has no item A-01',
			'b.yaml mappings[0].to[0]: list 2 has no item A-01',
			'b.yaml mappings[0].to[1]: list 2 has no item A-02',
			'b.yaml mappings[1].from[0]: list 2 has no item B-01',
			'b.yaml mappings[1].from[1]: list 2 has no item B-02',
			'b.yaml mappings[1].to[0]: list 2 has no item B-12',
			'b.yaml mappings[2].from[0]: list 2 has no item C-01',
			'b.yaml to.version: a crosswalk maps one edition to another: from and to are the same edition'
		]);
	});
});
