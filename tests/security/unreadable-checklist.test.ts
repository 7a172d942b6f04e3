// A pinned checklist whose stored content was damaged behind PocketBase's back
// (straight in the database file) must not break the organisation's pages:
// that checklist and the self-check pinned to it say so and what to do; every
// other page, checklist and self-check keeps working (no 500).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { draftAssessment } from '../integration/support/selfcheck';
import { createWorld, type World } from '../integration/support/world';
import { nextIp, web, webLogin } from './support/web';

const PASSWORD = 'world-password-123';

describe('a pinned checklist with unreadable stored content', () => {
	let world: World;
	let broken: { id: string; checklist: string };
	let intact: { id: string; checklist: string };
	let cookie: string;
	const page = (path: string) => web(`/orgs/${world.orgA}${path}`, { cookie });

	beforeAll(async () => {
		world = await createWorld();
		broken = await draftAssessment(world);
		intact = await draftAssessment(world);
		const file = join(inject('dataDir'), 'data.db');
		// valid JSON, but not a checklist: no sections array, items missing
		execFileSync('sqlite3', [
			'-cmd',
			'.timeout 10000',
			file,
			`UPDATE checklists SET content = '{"id":"x","sections":"gone"}' WHERE id = '${broken.checklist}'`
		]);
		cookie = await webLogin(world.users.security.email, PASSWORD, nextIp());
	});

	it('the checklists page lists it as unreadable, with what to do, and still lists the others', async () => {
		const answer = await page('/selfcheck/checklists');
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('data-testid="unreadable-checklists"');
		expect(answer.body).toContain('保存内容を読み取れないチェックリスト');
		expect(answer.body).toContain('npm run restore');
		expect(answer.body).toContain(`/selfcheck/checklists/pinned/${intact.checklist}"`);
		expect(answer.body.match(/data-testid="unreadable-checklist"/g)).toHaveLength(1);
	});

	it('its own page says it cannot be read; the intact one shows its items', async () => {
		const bad = await page(`/selfcheck/checklists/pinned/${broken.checklist}`);
		expect(bad.status).toBe(200);
		expect(bad.body).toContain('data-testid="unreadable-checklists"');
		expect(bad.body).toContain(`レコード ID: ${broken.checklist}`);
		const good = await page(`/selfcheck/checklists/pinned/${intact.checklist}`);
		expect(good.status).toBe(200);
		expect(good.body).not.toContain('unreadable-checklists');
		expect(good.body).toContain('S1-01');
	});

	it('the self-check list marks the self-check pinned to it; the self-check page explains instead of failing', async () => {
		const list = await page('/selfcheck');
		expect(list.status).toBe(200);
		expect(list.body.match(/data-testid="assessment-unreadable"/g)).toHaveLength(1);
		const bad = await page(`/selfcheck/${broken.id}`);
		expect(bad.status).toBe(422);
		expect(bad.body).toContain('この自己検証を表示できません');
		expect(bad.body).toContain('npm run restore');
		const good = await page(`/selfcheck/${intact.id}`);
		expect(good.status).toBe(200);
		expect(good.body).toContain('S1-01');
	});

	it('says it in English too', async () => {
		await world.superuser.collection('users').update(world.users.executive.id, { language: 'en' });
		const en = await webLogin(world.users.executive.email, PASSWORD, nextIp());
		const answer = await web(`/orgs/${world.orgA}/selfcheck/checklists`, { cookie: en });
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('Checklists whose stored content cannot be read');
	});

	it('every other page of the organisation keeps working', async () => {
		for (const path of ['', '/risks', '/evidence', '/audit', '/reports', '/plans', '/exports'])
			expect({ path, status: (await page(path)).status }).toEqual({ path, status: 200 });
	});
});
