// Records the server alone may create (issue 8, medium): self-checks only
// through POST /api/mamori/assessments (workflow fields are the server's),
// library checklists only with a library file's exact content, and no
// checklist content the pages cannot read.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '$lib/domain/checklists/schema';
import { loadChecklistLibrary } from '$lib/server/checklists/library';
import { TINY_CHECKLIST } from '../integration/support/selfcheck';
import { createWorld, type World } from '../integration/support/world';

interface Answer {
	status: number;
	data: Record<string, { code?: string }>;
	id?: string;
}

async function answer(run: () => Promise<{ id: string }>): Promise<Answer> {
	try {
		return { status: 200, data: {}, id: (await run()).id };
	} catch (error) {
		const e = error as { status?: number; response?: { data?: Answer['data'] } };
		return { status: e.status ?? -1, data: e.response?.data ?? {} };
	}
}

describe('records only the server creates', () => {
	let world: World;
	let crossSector: Checklist;

	beforeAll(async () => {
		world = await createWorld();
		const library = await loadChecklistLibrary();
		crossSector = library.checklists.find((c) => c.checklist.id === 'cross-sector')!.checklist;
	});

	function pin(content: unknown, source: 'library' | 'import', version = crossSector.version, checklistId = crossSector.id) {
		return answer(() =>
			world
				.client('security')
				.collection('checklists')
				.create({ organisation: world.orgA, checklist_id: checklistId, version, title: crossSector.title, content, source })
		);
	}

	it('a self-check with forged workflow fields cannot be created over REST; the route sets them itself', async () => {
		const checklist = await pin(JSON.parse(JSON.stringify(crossSector)), 'library');
		expect(checklist.status).toBe(200);
		const forged = {
			organisation: world.orgA,
			fiscal_year: 2031,
			revision: 2,
			status: 'draft',
			checklists: [checklist.id],
			content_sha256: 'f'.repeat(64),
			signed_at: '2031-06-01 00:00:00.000Z',
			reopen_reason: 'forged'
		};
		const rest = await answer(() => world.client('security').collection('assessments').create(forged));
		expect(rest.status).toBe(403);
		const made = await world.client('security').send<{ id: string }>('/api/mamori/assessments', { method: 'POST', body: forged });
		const stored = await world.superuser.collection('assessments').getOne(made.id);
		expect(stored).toMatchObject({ revision: 1, status: 'draft', content_sha256: '', signed_at: '', reopen_reason: '', reopened_from: '' });
	});

	it('a library checklist must be the library’s own content: one item removed is refused, as an import it is accepted', async () => {
		const doctored = JSON.parse(JSON.stringify(crossSector)) as Checklist;
		const section = doctored.sections.find((s) => s.items.length > 1)!;
		section.items = section.items.slice(1);
		const forged = await pin(doctored, 'library', `${crossSector.version}`);
		expect(forged.status).toBe(400);
		expect(forged.data.source?.code).toBe('not_library');
		// a retitled or renumbered copy does not pass either
		expect((await pin({ ...crossSector, version: 'x-1' }, 'library', 'x-1')).data.source?.code).toBe('not_library');
		expect((await pin({ ...TINY_CHECKLIST }, 'library', TINY_CHECKLIST.version, TINY_CHECKLIST.id)).data.source?.code).toBe('not_library');
		// the same content is fine as what it is: an import, under another version
		const imported = await pin({ ...doctored, version: 'own-1' }, 'import', 'own-1');
		expect(imported.status).toBe(200);
	});

	it('checklist content the pages cannot read is refused on create', async () => {
		const good = JSON.parse(JSON.stringify(TINY_CHECKLIST)) as typeof TINY_CHECKLIST;
		const cases: [string, unknown][] = [
			['not an object', 'x'],
			['no sections', { ...good, sections: undefined }],
			['sections not a list', { ...good, sections: { a: 1 } }],
			['items not a list', { ...good, sections: [{ ...good.sections[0], items: 'S1-01' }] }],
			['item without id', { ...good, sections: [{ ...good.sections[0], items: [{ title: { ja: 'x' } }] }] }],
			['item without Japanese title', { ...good, sections: [{ ...good.sections[0], items: [{ id: 'S1-09', title: { en: 'x' } }] }] }],
			[
				'duplicate item ids',
				{ ...good, sections: [{ ...good.sections[0], items: [good.sections[0].items[0], good.sections[0].items[0]] }] }
			],
			['other id than the record', { ...good, id: 'other' }],
			['no items at all', { ...good, sections: [{ id: 'S1', title: { ja: '節' }, items: [] }] }]
		];
		for (const [what, content] of cases) {
			const refused = await pin(content, 'import', good.version, good.id);
			expect(refused.status, what).toBe(400);
			expect(refused.data.content?.code, what).toBe('invalid_checklist');
		}
		expect((await pin(good, 'import', good.version, good.id)).status).toBe(200);
	});
});
