// Deleting an imported checklist: the security team may delete one no
// self-check uses; one in use stays (for everyone, superusers included), and
// library pins and other roles cannot delete at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { pinnedChecklist, TINY_CHECKLIST } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

let n = 0;

describe('deleting imported checklists', () => {
	let world: World;

	const imported = async () =>
		(
			await world
				.client('security')
				.collection('checklists')
				.create({
					organisation: world.orgA,
					checklist_id: 'tiny',
					version: `import-${n++}`,
					title: TINY_CHECKLIST.title,
					content: { ...TINY_CHECKLIST, version: `import-${n - 1}` },
					source: 'import'
				})
		).id;
	const exists = async (id: string) => (await statusOf(() => world.superuser.collection('checklists').getOne(id))) === 200;

	beforeAll(async () => {
		world = await createWorld();
	});

	it('lets the security team delete an import nobody uses, and records it in the audit trail', async () => {
		const id = await imported();
		expect(await statusOf(() => world.client('executive').collection('checklists').delete(id))).toBe(404);
		expect(await exists(id)).toBe(true);
		await world.client('security').collection('checklists').delete(id);
		expect(await exists(id)).toBe(false);
		const entries = await world.superuser
			.collection('audit_log')
			.getFullList<{ action: string }>({ filter: world.superuser.filter('record_id = {:r}', { r: id }) });
		expect(entries.map((e) => e.action)).toContain('delete');
	});

	it('keeps an import a self-check uses, for everyone', async () => {
		const id = await imported();
		await world.client('security').send('/api/mamori/assessments', {
			method: 'POST',
			body: { organisation: world.orgA, fiscal_year: 2035, checklists: [id] }
		});
		expect(await statusOf(() => world.client('security').collection('checklists').delete(id))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('checklists').delete(id))).toBe(400);
		expect(await exists(id)).toBe(true);
	});

	it('never deletes a library pin through the API rule', async () => {
		const id = await pinnedChecklist(world);
		expect(await statusOf(() => world.client('security').collection('checklists').delete(id))).toBe(404);
		expect(await exists(id)).toBe(true);
	});
});
