// When the disk fills: the server keeps reading and answering /health, a save
// is refused with the truth (the database could not write; not "you lack the
// role", which PocketBase's bare 400 once made the answer form say), nothing
// is half-saved, and after space is freed saving works again. Needs a small
// tmpfs of its own (mount, i.e. root); where mounting is not allowed the test
// says so and is skipped.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityCheck, startMamori } from './support/app';
import { WebUser } from './support/web';
import { createOrg, PASSWORD } from './support/world';

const mountPoint = mkdtempSync(join(tmpdir(), 'mamori-rel-full-'));
let mounted = false;
try {
	execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mountPoint], { stdio: 'ignore' });
	mounted = true;
} catch {
	console.warn(`[disk full] skipped: cannot mount a small tmpfs here (needs root); the other reliability tests do not depend on it`);
}
afterAll(() => {
	if (mounted) execFileSync('umount', [mountPoint]);
	rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
	it('refuses saves truthfully, keeps reading, loses nothing, and saves again once space is freed', async () => {
		const app = await startMamori({ dataDir: join(mountPoint, 'data') });
		try {
			const org = await createOrg(app, { items: 5 });
			const user = new WebUser(app.webUrl);
			await user.login(org.security[0].email, PASSWORD);
			const page = `/orgs/${org.id}/selfcheck/${org.assessment}`;
			const save = (item: string, notes: string) =>
				user.action(page, 'answer', {
					checklist: org.checklist,
					item_id: item,
					id: '',
					expected_version: '',
					status: 'partial',
					justification: '',
					notes,
					owner: '',
					target_date: ''
				});
			expect((await save(org.items[0], '空きがあるときの保存')).type).toBe('success');

			try {
				execSync(`dd if=/dev/zero of=${join(mountPoint, 'filler')} bs=64k`, { stdio: 'ignore' });
			} catch {
				// dd stops when the disk is full
			}
			const refused = await save(org.items[1], 'ディスクが一杯のときの保存'.repeat(200));
			expect(refused.http).toBeLessThan(500);
			expect([refused.type, refused.status]).toEqual(['failure', 400]);
			const message = (refused.data?.errors as Record<string, string>)._form;
			expect(message).toContain('データベースが書き込めず');
			expect(message).not.toContain('セキュリティ担当');
			// what was typed comes back to the form
			expect((refused.data?.values as Record<string, string>).notes).toContain('ディスクが一杯のときの保存');
			expect((await user.get(page)).status).toBe(200);
			expect(await (await fetch(`${app.webUrl}/health`)).json()).toMatchObject({ status: 'ok' });

			rmSync(join(mountPoint, 'filler'));
			expect((await save(org.items[2], '空きを作ったあとの保存')).type).toBe('success');
			const pb = await app.superuser();
			const stored = await pb
				.collection('answers')
				.getFullList<{ item_id: string }>({ filter: pb.filter('assessment = {:a}', { a: org.assessment }) });
			expect(stored.map((a) => a.item_id).sort()).toEqual([org.items[0], org.items[2]]);
		} finally {
			await app.stop();
		}
		expect(integrityCheck(join(mountPoint, 'data'))).toBe('ok');
	});
});
