// Load: 50 simulated people for 60 s against `npm start`, mixing page reads,
// answer saves through the form action (some items shared by two people, so
// conflicts happen), auditors' comments, and one report export each. No
// response may be a 5xx, no unexpected error may reach the logs, every
// acknowledged write must be stored, and a conflict must come back as 409,
// never as a silent overwrite (each answer's versions 2…n were each
// acknowledged exactly once). Correctness only: the speed figures live in bench/.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startMamori, unexpectedErrors } from './support/app';
import { createOrg, PASSWORD, type Org } from './support/world';
import { WebUser } from './support/web';

const USERS = Number(process.env.RELIABILITY_LOAD_USERS ?? 50);
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const ORGS = 5;
const ITEMS = 100;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Ack {
	notes: string;
	version: number;
}

describe(`${USERS} people for ${SECONDS} s`, () => {
	it('no 5xx, no unexpected error in the logs, every acknowledged write stored, conflicts as 409', async () => {
		const app = await startMamori();
		dirs.push(app.dataDir);
		try {
			const perOrg = Math.ceil(USERS / ORGS);
			const auditorsPerOrg = Math.max(1, Math.round(perOrg * 0.2));
			const orgs: (Org & { submitted: string; answerIds: Map<string, string> })[] = [];
			for (let o = 0; o < ORGS; o++) {
				const org = await createOrg(app, { securityCount: perOrg - auditorsPerOrg, items: ITEMS, name: `【試験】負荷確認 ${o + 1}` });
				const pb = org.security[0].pb;
				const answerIds = new Map<string, string>();
				for (const item of org.items) {
					const created = await pb.collection('answers').create({
						organisation: org.id,
						assessment: org.assessment,
						checklist: org.checklist,
						item_id: item,
						status: 'partial',
						notes: ''
					});
					answerIds.set(item, created.id);
				}
				// last year's self-check, submitted: the auditors comment on it
				const { id: submitted } = await pb.send<{ id: string }>('/api/mamori/assessments', {
					method: 'POST',
					body: { organisation: org.id, fiscal_year: 2025, checklists: [org.checklist] }
				});
				await pb.collection('assessments').update(submitted, { status: 'submitted' });
				orgs.push({ ...org, submitted, answerIds });
			}

			const statuses = new Map<number, number>();
			const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
			const acks = new Map<string, Ack[]>(); // answer id → acknowledged saves
			const comments: { org: string; body: string }[] = [];
			const reports: string[] = [];
			let conflicts = 0;
			const deadline = Date.now() + SECONDS * 1000;

			const securityPerson = async (org: (typeof orgs)[number], w: number) => {
				const user = new WebUser(app.webUrl);
				await user.login(org.security[w].email, PASSWORD);
				const page = `/orgs/${org.id}/selfcheck/${org.assessment}`;
				// own items, plus every fifth item shared with the next person: those conflict
				const mine = org.items.filter(
					(_, n) => n % org.security.length === w || (n % 5 === 0 && n % org.security.length === (w + 1) % org.security.length)
				);
				const known = new Map<string, number>(mine.map((i) => [i, 1]));
				const exportAt = Date.now() + Math.random() * SECONDS * 800;
				let exported = false;
				const exportOnce = async (language: 'ja' | 'en') => {
					exported = true;
					const run = await user.generate(org.id, { type: 'selfcheck', subject: org.assessment, language });
					count(run.http);
					const last = run.lines.at(-1);
					expect(last, JSON.stringify(last)).toHaveProperty('done', true);
					reports.push(String(last?.reportId));
				};
				for (let n = 0; Date.now() < deadline; n++) {
					if (!exported && Date.now() >= exportAt) {
						await exportOnce(n % 2 ? 'en' : 'ja');
						continue;
					}
					if (n % 3 === 0) {
						const read = await user.get(n % 6 === 0 ? page : `/orgs/${org.id}`);
						count(read.status);
						continue;
					}
					const item = mine[n % mine.length];
					const id = org.answerIds.get(item) as string;
					const notes = `${org.security[w].email} ${n}`;
					const answer = await user.action(page, 'answer', {
						checklist: org.checklist,
						item_id: item,
						id,
						expected_version: known.get(item) as number,
						status: n % 4 === 0 ? 'implemented' : 'partial',
						justification: '',
						notes,
						owner: n % 4 === 0 ? '' : '情報システム部',
						target_date: n % 4 === 0 ? '' : '2027-03-31'
					});
					count(answer.http);
					if (answer.type === 'success') {
						const saved = answer.data?.answer as { version: number };
						known.set(item, saved.version);
						acks.set(id, [...(acks.get(id) ?? []), { notes, version: saved.version }]);
					} else {
						// the only refusal a valid save can get: someone saved first; their answer comes back
						expect([answer.type, answer.status], JSON.stringify(answer.data)).toEqual(['failure', 409]);
						conflicts++;
						known.set(item, (answer.data?.conflict as { version: number }).version);
					}
				}
				if (!exported) await exportOnce('ja');
			};

			const auditor = async (org: (typeof orgs)[number], a: number) => {
				const superuser = await app.superuser();
				const email = `load-auditor-${org.id}-${a}@mamori.test`;
				const record = await superuser
					.collection('users')
					.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: `監査人${a}`, verified: true, language: 'ja' });
				await superuser.collection('organisations').update(org.id, { 'auditors+': record.id });
				const user = new WebUser(app.webUrl);
				await user.login(email, PASSWORD);
				const page = `/orgs/${org.id}/selfcheck/${org.submitted}`;
				const exportAt = Date.now() + Math.random() * SECONDS * 800;
				let exported = false;
				const exportOnce = async () => {
					exported = true;
					const run = await user.generate(org.id, { type: 'selfcheck', subject: org.submitted, language: 'ja' });
					count(run.http);
					expect(run.lines.at(-1)).toHaveProperty('done', true);
					reports.push(String(run.lines.at(-1)?.reportId));
				};
				for (let n = 0; Date.now() < deadline; n++) {
					if (!exported && Date.now() >= exportAt) {
						await exportOnce();
						continue;
					}
					if (n % 2 === 0) {
						count((await user.get(page)).status);
						continue;
					}
					const item = org.items[n % org.items.length];
					const body = `${email} の確認コメント ${n}`;
					const answer = await user.action(page, 'comment', { checklist: org.checklist, item_id: item, body });
					count(answer.http);
					expect(answer.type, JSON.stringify(answer.data)).toBe('success');
					comments.push({ org: org.id, body });
				}
				if (!exported) await exportOnce();
			};

			const people: Promise<void>[] = [];
			for (const org of orgs) {
				org.security.forEach((_, w) => people.push(securityPerson(org, w)));
				for (let a = 0; a < auditorsPerOrg; a++) people.push(auditor(org, a));
			}
			expect(people.length).toBeGreaterThanOrEqual(USERS);
			await Promise.all(people);

			// no 5xx at all
			const fivexx = [...statuses].filter(([s]) => s >= 500);
			expect(fivexx, JSON.stringify([...statuses])).toEqual([]);
			expect(unexpectedErrors(app.log())).toEqual([]);

			// every acknowledged save is stored; versions 2…n each acknowledged exactly once (no silent overwrite)
			const pb = await app.superuser();
			let saves = 0;
			for (const org of orgs) {
				const stored = await pb
					.collection('answers')
					.getFullList<{ id: string; notes: string; version: number }>({ filter: pb.filter('assessment = {:a}', { a: org.assessment }) });
				for (const answer of stored) {
					const acked = (acks.get(answer.id) ?? []).sort((a, b) => a.version - b.version);
					saves += acked.length;
					expect(
						acked.map((a) => a.version),
						answer.id
					).toEqual(Array.from({ length: answer.version - 1 }, (_, i) => i + 2));
					if (acked.length) expect(answer.notes).toBe(acked.at(-1)?.notes);
				}
				const storedComments = await pb
					.collection('review_comments')
					.getFullList<{ body: string }>({ filter: pb.filter('organisation = {:o}', { o: org.id }) });
				const bodies = storedComments.map((c) => c.body).sort();
				expect(bodies).toEqual(
					comments
						.filter((c) => c.org === org.id)
						.map((c) => c.body)
						.sort()
				);
			}
			const summary = `${people.length} people, ${SECONDS} s: responses ${JSON.stringify(Object.fromEntries(statuses))}, ${saves} saves, ${conflicts} conflicts (409), ${comments.length} comments, ${reports.length} reports`;
			expect(saves, summary).toBeGreaterThan(0);
			// two or more people saving in one organisation share some items
			if (orgs[0].security.length > 1) expect(conflicts).toBeGreaterThan(0);
			// one export each, every one registered and verifying
			expect(reports).toHaveLength(people.length);
			for (const reportId of reports) {
				const verdict = await pb.send<{ found: boolean; signatureValid: boolean }>('/api/mamori/reports/verify', {
					method: 'POST',
					body: { report_id: reportId }
				});
				expect(verdict, reportId).toMatchObject({ found: true, signatureValid: true });
			}
			console.log(`[load] ${summary}`);
		} finally {
			await app.stop();
		}
	});
});
