// Carry-forward across editions through a crosswalk, against the real hooks:
// a split item's answer goes to each part, a merged item takes the least
// implemented of its sources, a removed item is not carried, unlisted items
// keep their id; every mapped answer says where it came from, stays
// unconfirmed until saved, and no client can write mapped_from itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { carryMappings, type PinnedEdition } from '../../src/lib/domain/checklists/crosswalk/resolve';
import { crosswalkSchema } from '../../src/lib/domain/checklists/crosswalk/schema';
import { TINY_CHECKLIST } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

const item = (id: string, classification = 'consider') => ({ ...TINY_CHECKLIST.sections[0].items[0], id, classification });
const edition = (version: string, ids: [string, string?][]) => ({
	...TINY_CHECKLIST,
	id: 'editions',
	version,
	sections: [{ id: 'S1', title: TINY_CHECKLIST.sections[0].title, items: ids.map(([id, c]) => item(id, c)) }]
});
const OLD = edition('2026', [['S1-01'], ['S1-02', 'reference'], ['S1-03'], ['S1-04'], ['S1-05'], ['S1-06', 'reference']]);
const NEW = edition('2027', [['S1-01'], ['S1-02', 'reference'], ['S1-11'], ['S1-34'], ['S1-60', 'reference']]);

const CROSSWALK = crosswalkSchema.parse({
	id: 'editions-2026-2027',
	title: { ja: '2026 → 2027', en: '2026 → 2027' },
	from: { checklist: 'editions', version: '2026' },
	to: { checklist: 'editions', version: '2027' },
	mappings: [
		{ from: ['S1-01'], to: ['S1-01', 'S1-11'], note: { ja: '分割しました。', en: 'Split.' } },
		{ from: ['S1-03', 'S1-04'], to: ['S1-34'], note: { ja: '統合しました。', en: 'Merged.' } },
		{ from: ['S1-05'], to: [], note: { ja: '削除しました。', en: 'Removed.' } },
		{ from: ['S1-06'], to: ['S1-60'], note: { ja: '改番しました。', en: 'Renumbered.' } }
	]
});

const pinnedEdition = (c: typeof OLD): PinnedEdition => ({
	checklistId: c.id,
	version: c.version,
	itemIds: new Set(c.sections[0].items.map((i) => i.id))
});

interface Answer {
	id: string;
	item_id: string;
	status: string;
	notes: string;
	carried_over: boolean;
	version: number;
	mapped_from: { crosswalk: string; item_id: string; version: string; status: string; note: { ja: string } | null }[] | null;
}

describe('carry-forward through a crosswalk', () => {
	let world: World;
	let oldPin: string;
	let newPin: string;
	let previous: string;
	let next: string;
	let answers: Map<string, Answer>;

	const pin = async (content: typeof OLD) =>
		(
			await world.superuser.collection('checklists').create({
				organisation: world.orgA,
				checklist_id: content.id,
				version: content.version,
				title: content.title,
				content,
				source: 'library'
			})
		).id;

	const answersOf = async (assessment: string) =>
		new Map(
			(
				await world.superuser
					.collection('answers')
					.getFullList<Answer>({ filter: world.superuser.filter('assessment = {:a}', { a: assessment }) })
			).map((a) => [a.item_id, a])
		);

	beforeAll(async () => {
		world = await createWorld();
		oldPin = await pin(OLD);
		newPin = await pin(NEW);
		const security = world.client('security');
		previous = (
			await security.send<{ id: string }>('/api/mamori/assessments', {
				method: 'POST',
				body: { organisation: world.orgA, fiscal_year: 2030, checklists: [oldPin] }
			})
		).id;
		const base = { organisation: world.orgA, assessment: previous, checklist: oldPin };
		const statuses: Record<string, string> = {
			'S1-01': 'implemented',
			'S1-02': 'partial',
			'S1-03': 'partial',
			'S1-04': 'implemented',
			'S1-05': 'implemented',
			'S1-06': 'implemented'
		};
		for (const [item_id, status] of Object.entries(statuses))
			await security.collection('answers').create({ ...base, item_id, status, notes: `${item_id} の記録` });
		await security.collection('reference_adoptions').create({ ...base, item_id: 'S1-06', adopted: true, reason: '採用' });
		const crosswalk = carryMappings([CROSSWALK], [pinnedEdition(OLD)], [pinnedEdition(NEW)]);
		const started = await security.send<{ id: string; carried: number; mapped: number }>('/api/mamori/assessments', {
			method: 'POST',
			body: { organisation: world.orgA, fiscal_year: 2031, checklists: [newPin], previous, carryForward: true, crosswalk }
		});
		next = started.id;
		// S1-01 twice (split), S1-34 (merged) and S1-60 (renumbered) came through the crosswalk; S1-02 by its id
		expect(started).toMatchObject({ carried: 5, mapped: 4 });
		answers = await answersOf(next);
	});

	it('gives a split item’s answer to every part, saying where it came from', () => {
		for (const id of ['S1-01', 'S1-11']) {
			const a = answers.get(id);
			expect(a).toMatchObject({ status: 'implemented', notes: 'S1-01 の記録', carried_over: true });
			expect(a?.mapped_from).toEqual([
				{
					crosswalk: 'editions-2026-2027',
					checklist_id: 'editions',
					version: '2026',
					item_id: 'S1-01',
					status: 'implemented',
					note: { ja: '分割しました。', en: 'Split.' }
				}
			]);
		}
	});

	it('gives a merged item the least implemented of its sources and lists them all', () => {
		const merged = answers.get('S1-34');
		expect(merged).toMatchObject({ status: 'partial', notes: 'S1-03 の記録', carried_over: true });
		expect(merged?.mapped_from?.map((m) => [m.item_id, m.status])).toEqual([
			['S1-03', 'partial'],
			['S1-04', 'implemented']
		]);
	});

	it('carries unlisted items by their id without a mapping note, and drops removed ones', () => {
		expect(answers.get('S1-02')).toMatchObject({ status: 'partial', carried_over: true, mapped_from: null });
		expect([...answers.keys()].sort()).toEqual(['S1-01', 'S1-02', 'S1-11', 'S1-34', 'S1-60']);
	});

	it('carries a renumbered reference item’s adoption to its new id', async () => {
		const adoptions = await world.superuser
			.collection('reference_adoptions')
			.getFullList<{ item_id: string; adopted: boolean; carried_over: boolean }>({
				filter: world.superuser.filter('assessment = {:a}', { a: next })
			});
		expect(adoptions.map((a) => [a.item_id, a.adopted, a.carried_over])).toEqual([['S1-60', true, true]]);
	});

	it('keeps the mapping note when the answer is confirmed, and ignores a client writing mapped_from', async () => {
		const security = world.client('security').collection('answers');
		const a = answers.get('S1-11') as Answer;
		const saved = await security.update<Answer>(a.id, {
			status: 'partial',
			expected_version: a.version,
			mapped_from: [{ crosswalk: 'forged' }]
		});
		expect(saved.carried_over).toBe(false);
		expect(saved.mapped_from?.[0].crosswalk).toBe('editions-2026-2027');
		const fresh = await world.client('security').send<{ id: string }>('/api/mamori/assessments', {
			method: 'POST',
			body: { organisation: world.orgA, fiscal_year: 2032, checklists: [newPin] }
		});
		const created = await security.create<Answer>({
			organisation: world.orgA,
			assessment: fresh.id,
			checklist: newPin,
			item_id: 'S1-01',
			status: 'implemented',
			mapped_from: [{ crosswalk: 'forged' }]
		});
		expect(created.mapped_from).toBeNull();
	});

	it('refuses malformed mappings with a 400 and creates nothing', async () => {
		const security = world.client('security');
		const status = await statusOf(() =>
			security.send('/api/mamori/assessments', {
				method: 'POST',
				body: {
					organisation: world.orgA,
					fiscal_year: 2033,
					checklists: [newPin],
					previous,
					carryForward: true,
					crosswalk: [{ crosswalk: 'x', from: 'S1-01' }]
				}
			})
		);
		expect(status).toBe(400);
		const created = await world.superuser
			.collection('assessments')
			.getFullList({ filter: world.superuser.filter('organisation = {:o} && fiscal_year = 2033', { o: world.orgA }) });
		expect(created).toHaveLength(0);
	});
});
