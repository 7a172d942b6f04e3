// Crash: kill -9 PocketBase in the middle of writes, and separately the web
// server; `npm start` again on the same data directory. SQLite's integrity
// check must pass, every write that was acknowledged must be there (with its
// audit entry, written in the same transaction), and a report export cut off
// by the crash must leave no half-registered report.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityCheck, startMamori, type Mamori } from './support/app';
import { createOrg, PASSWORD, type Org } from './support/world';
import { WebUser } from './support/web';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a writer sent and what was acknowledged, per answer (item). */
interface Trail {
	attempted: string[];
	acknowledged: string[];
	id?: string;
}

async function storedAnswers(pb: PocketBase, assessment: string) {
	return pb.collection('answers').getFullList<{ id: string; item_id: string; notes: string; version: number }>({
		filter: pb.filter('assessment = {:a}', { a: assessment })
	});
}

async function auditedNotes(pb: PocketBase, org: string): Promise<Set<string>> {
	const entries = await pb.collection('audit_log').getFullList<{ changes: Record<string, { after: unknown }> | null }>({
		filter: pb.filter('organisation = {:o} && collection = "answers"', { o: org })
	});
	return new Set(entries.map((e) => e.changes?.notes?.after).filter((v): v is string => typeof v === 'string'));
}

/** Every acknowledged write is stored: its answer exists, holds the last acknowledged notes (or a later one that was sent), and has its audit entry. */
async function expectAcknowledged(app: Mamori, org: Org, trails: Map<string, Trail>) {
	const pb = await app.superuser();
	const stored = new Map((await storedAnswers(pb, org.assessment)).map((a) => [a.item_id, a]));
	const audited = await auditedNotes(pb, org.id);
	let acknowledged = 0;
	for (const [item, trail] of trails) {
		if (!trail.acknowledged.length) continue;
		acknowledged += trail.acknowledged.length;
		const answer = stored.get(item);
		expect(answer, `${item} was acknowledged`).toBeDefined();
		const last = trail.acknowledged.at(-1) as string;
		const allowed = trail.attempted.slice(trail.attempted.indexOf(last));
		expect(allowed, `${item}: stored notes`).toContain(answer?.notes);
		for (const notes of trail.acknowledged) expect(audited.has(notes), `audit entry for ${item} "${notes}"`).toBe(true);
	}
	return acknowledged;
}

describe('kill -9 in the middle of writes', () => {
	it('PocketBase: after a restart on the same directory the database is intact and every acknowledged write is there', async () => {
		let app = await startMamori();
		dirs.push(app.dataDir);
		const org = await createOrg(app, { securityCount: 4, items: 400 });
		const trails = new Map<string, Trail>(org.items.map((i) => [i, { attempted: [], acknowledged: [] }]));
		let acks = 0;
		let stop = false;
		// four writers straight to PocketBase, each on its own items: create an answer, then update it
		const writer = async (w: number) => {
			const pb = org.security[w].pb;
			const mine = org.items.filter((_, n) => n % 4 === w);
			for (let round = 0; !stop; round++) {
				for (const item of mine) {
					if (stop) return;
					const trail = trails.get(item) as Trail;
					const notes = `${item} 第${round}回の記録`;
					trail.attempted.push(notes);
					try {
						if (!trail.id) {
							const created = await pb.collection('answers').create({
								organisation: org.id,
								assessment: org.assessment,
								checklist: org.checklist,
								item_id: item,
								status: 'partial',
								notes
							});
							trail.id = created.id;
						} else {
							const current = await pb.collection('answers').getOne<{ version: number }>(trail.id, { fields: 'version' });
							await pb.collection('answers').update(trail.id, { notes, expected_version: current.version });
						}
						trail.acknowledged.push(notes);
						acks++;
					} catch {
						return; // PocketBase is gone
					}
				}
			}
		};
		const writers = [0, 1, 2, 3].map(writer);
		while (acks < 150) await new Promise((r) => setTimeout(r, 20));
		await app.crash('pocketbase');
		stop = true;
		await Promise.all(writers);

		expect(integrityCheck(app.dataDir)).toBe('ok');
		expect(integrityCheck(app.dataDir, 'auxiliary.db')).toBe('ok');
		app = await startMamori({ dataDir: app.dataDir });
		try {
			expect(await expectAcknowledged(app, org, trails)).toBeGreaterThanOrEqual(150);
			// and it takes writes again
			const pb = org.security[0].pb;
			pb.baseURL = app.pbUrl;
			await pb.collection('users').authWithPassword(org.security[0].email, PASSWORD);
			const first = trails.get(org.items[0]) as Trail;
			const current = await pb.collection('answers').getOne<{ version: number }>(first.id as string);
			await pb.collection('answers').update(first.id as string, { notes: '再起動後の記録', expected_version: current.version });
		} finally {
			await app.stop();
		}
	});

	it('the web server: answers saved through the form are there after a restart, and the database is intact', async () => {
		let app = await startMamori();
		dirs.push(app.dataDir);
		const org = await createOrg(app, { securityCount: 3, items: 300 });
		const trails = new Map<string, Trail>(org.items.map((i) => [i, { attempted: [], acknowledged: [] }]));
		const versions = new Map<string, number>();
		let acks = 0;
		let stop = false;
		const page = `/orgs/${org.id}/selfcheck/${org.assessment}`;
		const writer = async (w: number) => {
			const user = new WebUser(app.webUrl);
			await user.login(org.security[w].email, PASSWORD);
			const mine = org.items.filter((_, n) => n % 3 === w);
			for (let round = 0; !stop; round++) {
				for (const item of mine) {
					if (stop) return;
					const trail = trails.get(item) as Trail;
					const notes = `${item} フォーム保存${round}`;
					trail.attempted.push(notes);
					try {
						const answer = await user.action(page, 'answer', {
							checklist: org.checklist,
							item_id: item,
							id: trail.id ?? '',
							expected_version: versions.get(item) ?? '',
							status: 'partial',
							justification: '',
							notes,
							owner: '情報システム部',
							target_date: '2027-03-31'
						});
						expect(answer.http).toBeLessThan(500);
						expect(answer.type, JSON.stringify(answer.data)).toBe('success');
						const saved = answer.data?.answer as { id: string; version: number };
						trail.id = saved.id;
						versions.set(item, saved.version);
						trail.acknowledged.push(notes);
						acks++;
					} catch (error) {
						if (error instanceof TypeError) return; // the web server is gone (fetch failed)
						throw error;
					}
				}
			}
		};
		const writers = [0, 1, 2].map(writer);
		while (acks < 60) await new Promise((r) => setTimeout(r, 20));
		await app.crash('web');
		stop = true;
		await Promise.all(writers);

		expect(integrityCheck(app.dataDir)).toBe('ok');
		app = await startMamori({ dataDir: app.dataDir });
		try {
			expect(await expectAcknowledged(app, org, trails)).toBeGreaterThanOrEqual(60);
		} finally {
			await app.stop();
		}
	});
});

describe('a report export cut off by a crash', () => {
	for (const which of ['web', 'pocketbase'] as const) {
		it(`leaves no half-registered report (kill -9 of ${which === 'web' ? 'the web server' : 'PocketBase'} during exports)`, async () => {
			let app = await startMamori();
			dirs.push(app.dataDir);
			const org = await createOrg(app, { items: 120 });
			for (const item of org.items.slice(0, 60)) {
				await org.security[0].pb.collection('answers').create({
					organisation: org.id,
					assessment: org.assessment,
					checklist: org.checklist,
					item_id: item,
					status: 'implemented',
					notes: `${item} の記録`
				});
			}
			const user = new WebUser(app.webUrl);
			await user.login(org.security[0].email, PASSWORD);
			const body = { type: 'selfcheck', subject: org.assessment, language: 'ja' as const };
			// one export finishes; then several run at once and the crash comes when the next one is done
			expect((await user.generate(org.id, body)).lines.at(-1)).toHaveProperty('done', true);
			let crashed: Promise<void> | null = null;
			await Promise.all(
				Array.from({ length: 4 }, () =>
					user.generate(org.id, body, (line) => {
						if (line.done && !crashed) crashed = app.crash(which);
					})
				)
			);
			await (crashed ?? app.crash(which));

			expect(integrityCheck(app.dataDir)).toBe('ok');
			app = await startMamori({ dataDir: app.dataDir });
			try {
				const pb = await app.superuser();
				const reports = await pb
					.collection('reports')
					.getFullList<{ id: string; report_id: string; file: string; pdf_sha256: string; collectionId: string }>({
						filter: pb.filter('organisation = {:o}', { o: org.id })
					});
				expect(reports.length).toBeGreaterThanOrEqual(2);
				for (const report of reports) {
					// the registration is whole: its file is there, is the PDF it names, and its HMAC verifies
					expect(report.file, report.report_id).toBeTruthy();
					const pdf = Buffer.from(
						await (await fetch(pb.files.getURL(report, report.file, { token: await pb.files.getToken() }))).arrayBuffer()
					);
					expect(pdf.subarray(0, 5).toString(), report.report_id).toBe('%PDF-');
					expect(createHash('sha256').update(pdf).digest('hex'), report.report_id).toBe(report.pdf_sha256);
					const verdict = await pb.send<{ found: boolean; signatureValid: boolean | null }>('/api/mamori/reports/verify', {
						method: 'POST',
						body: { report_id: report.report_id }
					});
					expect(verdict, report.report_id).toMatchObject({ found: true, signatureValid: true });
				}
				// and no stored file belongs to a report that was never registered
				const storage = join(app.dataDir, 'storage', reports[0].collectionId);
				const folders = existsSync(storage) ? readdirSync(storage) : [];
				expect(folders.sort()).toEqual(reports.map((r) => r.id).sort());
			} finally {
				await app.stop();
			}
		});
	}
});
