// What even a superuser cannot do through the API (issue 8, medium): forge
// audit entries, change or delete sign-offs, rewrite or delete a pinned
// checklist a signed self-check uses — and if the content is rewritten
// behind PocketBase's back, verification says it no longer matches.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedSelfCheck } from '../integration/support/selfcheck';
import { createWorld, statusOf, type World } from '../integration/support/world';

describe('integrity against the superuser', () => {
	let world: World;
	let signed: { assessment: string; checklist: string; signoff: string };

	beforeAll(async () => {
		world = await createWorld();
		signed = await signedSelfCheck(world, `integrity-${Date.now()}`);
	});

	const verify = () =>
		world.client('executive').send<{ matches: boolean }>(`/api/mamori/signoffs/${signed.signoff}/verify`, { method: 'GET' });

	it('cannot create audit entries', async () => {
		const forged = {
			organisation: world.orgA,
			actor_label: 'someone else',
			collection: 'assessments',
			record_id: signed.assessment,
			action: 'update'
		};
		expect(await statusOf(() => world.superuser.collection('audit_log').create(forged))).toBe(403);
		expect(
			await statusOf(() =>
				world.superuser.send('/api/batch', {
					method: 'POST',
					body: { requests: [{ method: 'POST', url: '/api/collections/audit_log/records', body: forged }] }
				})
			)
		).not.toBe(200);
		const entries = await world.superuser.collection('audit_log').getFullList({ filter: `actor_label = "someone else"` });
		expect(entries).toEqual([]);
	});

	it('cannot change or delete a sign-off', async () => {
		expect(await statusOf(() => world.superuser.collection('signoffs').update(signed.signoff, { statement: 'changed' }))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('signoffs').delete(signed.signoff))).toBe(400);
		expect((await world.superuser.collection('signoffs').getOne(signed.signoff)).statement).toBe('内容を確認し、承認します。');
	});

	it('cannot rewrite or delete the pinned checklist of a signed self-check', async () => {
		const before = await world.superuser.collection('checklists').getOne(signed.checklist);
		const content = { ...before.content, title: { ja: '書き換え', en: 'Rewritten' } };
		expect(await statusOf(() => world.superuser.collection('checklists').update(signed.checklist, { content }))).toBe(400);
		expect(
			await statusOf(() => world.superuser.collection('checklists').update(signed.checklist, { content_sha256: 'a'.repeat(64) }))
		).toBe(400);
		expect(await statusOf(() => world.superuser.collection('checklists').delete(signed.checklist))).toBe(400);
		expect((await world.superuser.collection('checklists').getOne(signed.checklist)).content).toEqual(before.content);
		expect((await verify()).matches).toBe(true);
	});

	it('verification recomputes the checklist hash from the stored content', async () => {
		// behind PocketBase's back, straight in the database file, keeping the stored hash
		const file = join(inject('dataDir'), 'data.db');
		const sql = (statement: string) => execFileSync('sqlite3', ['-cmd', '.timeout 10000', file, statement], { encoding: 'utf8' });
		const content = JSON.parse(sql(`SELECT content FROM checklists WHERE id = '${signed.checklist}'`)) as {
			sections: { items: unknown[] }[];
		};
		content.sections[0].items = content.sections[0].items.slice(0, 1);
		sql(`UPDATE checklists SET content = '${JSON.stringify(content).replace(/'/g, "''")}' WHERE id = '${signed.checklist}'`);
		expect((await verify()).matches).toBe(false);
	});
});
