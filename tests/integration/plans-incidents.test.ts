// Incidents, report drafts, exercises and improvement actions: numbering,
// locking of a report recorded as sent, closure rules and organisation
// boundaries, checked against a real PocketBase.
import { beforeAll, describe, expect, it } from 'vitest';
import { setClock } from './support/clock';
import { exercise, incident, reportBody } from './support/plans';
import { analysedRisk } from './support/risks';
import { createWorld, statusOf, type World } from './support/world';

describe('incident reports (情報連絡)', () => {
	let world: World;
	let inc: string;

	beforeAll(async () => {
		world = await createWorld();
		inc = await incident(world);
	});

	it('numbers the first report and the updates of an incident in order', async () => {
		const api = world.client('security').collection('incident_reports');
		const first = await api.create(reportBody(world, inc));
		const update = await api.create({ ...reportBody(world, inc), number: 99 });
		expect([first.number, update.number]).toEqual([1, 2]);
		expect(first.author).toBe(world.users.security.id);
		const other = await api.create(reportBody(world, await incident(world)));
		expect(other.number).toBe(1);
	});

	it('requires the contact person and the contact means', async () => {
		const api = world.client('security').collection('incident_reports');
		expect(await statusOf(() => api.create({ ...reportBody(world, inc), contact_person: '' }))).toBe(400);
		expect(await statusOf(() => api.create({ ...reportBody(world, inc), contact_means: '' }))).toBe(400);
	});

	it('records sending only with when and how, and never changes or deletes a sent report', async () => {
		const api = world.client('security').collection('incident_reports');
		const draft = await api.create(reportBody(world, inc));
		expect(await statusOf(() => api.update(draft.id, { status: 'sent' }))).toBe(400);
		await api.update(draft.id, { status: 'sent', sent_at: '2026-11-20 02:00:00.000Z', sent_via: '経済産業省の報告フォーム' });
		expect(await statusOf(() => api.update(draft.id, { summary: '書き換え' }))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('incident_reports').update(draft.id, { status: 'draft' }))).toBe(400);
		expect(await statusOf(() => world.superuser.collection('incident_reports').delete(draft.id))).toBe(400);
		expect(await statusOf(() => world.client('security').collection('incidents').delete(inc))).toBe(400);
		const forced = await world.superuser
			.collection('incident_reports')
			.create({ ...reportBody(world, inc), status: 'sent', sent_via: 'x' });
		expect([forced.status, forced.sent_via]).toEqual(['draft', '']); // a new report is always a draft
	});

	it('refuses a report on another organisation’s incident and hides reports from other organisations', async () => {
		const foreign = await incident(world, world.orgB);
		expect(await statusOf(() => world.client('security').collection('incident_reports').create(reportBody(world, foreign)))).toBe(400);
		const mine = await world.client('security').collection('incident_reports').create(reportBody(world, inc));
		expect(await statusOf(() => world.client('otherOrg').collection('incident_reports').getOne(mine.id))).toBe(404);
	});

	it('links services and systems of the same organisation only, and dates closing and severity on the server', async () => {
		const su = world.superuser;
		const foreignService = await su.collection('critical_services').create({ organisation: world.orgB, name: '水道' });
		const api = world.client('security').collection('incidents');
		expect(await statusOf(() => api.update(inc, { services: [foreignService.id] }))).toBe(400);
		await setClock('2026-11-21T03:00:00.000Z');
		const closed = await api.update(inc, { status: 'closed', severity_continuity: 2, severity_safety: 0, severity_trust: 1 });
		expect(closed.closed_at).toBe('2026-11-21 03:00:00.000Z');
		expect(closed.severity_assessed_at).toBe('2026-11-21 03:00:00.000Z');
		const reopened = await api.update(inc, { status: 'open' });
		expect(reopened.closed_at).toBe('');
		await setClock(null);
	});
});

describe('exercises and improvement actions', () => {
	let world: World;
	let ex: string;

	beforeAll(async () => {
		world = await createWorld();
		ex = await exercise(world);
	});

	const finding = (extra: Record<string, unknown> = {}) => ({
		organisation: world.orgA,
		source: 'exercise',
		exercise: ex,
		finding: '夜間の連絡網が古い',
		status: 'open',
		...extra
	});

	it('closes an action only with a closure note, dated by the server', async () => {
		const api = world.client('security').collection('improvement_actions');
		const action = await api.create(finding({ plan_sections: ['contingency.csirt'], checklist_items: ['cross-sector/GOV-01'] }));
		expect(await statusOf(() => api.update(action.id, { status: 'closed' }))).toBe(400);
		await setClock('2026-12-01T01:00:00.000Z');
		const closed = await api.update(action.id, { status: 'closed', closure_note: '連絡網を改訂し配布した' });
		expect(closed.closed_at).toBe('2026-12-01 01:00:00.000Z');
		await setClock(null);
		expect((await api.update(action.id, { status: 'in_progress' })).closed_at).toBe('');
	});

	it('belongs to exactly one exercise or incident of the same organisation, and never moves', async () => {
		const api = world.client('security').collection('improvement_actions');
		expect(await statusOf(() => api.create(finding({ exercise: '' })))).toBe(400);
		expect(await statusOf(() => api.create(finding({ source: 'incident' })))).toBe(400);
		const inc = await incident(world);
		expect(await statusOf(() => api.create(finding({ incident: inc })))).toBe(400);
		const foreign = await world.superuser
			.collection('exercises')
			.create({ organisation: world.orgB, title: 'B の演習', kind: 'tabletop', held_on: '2026-10-01' });
		expect(await statusOf(() => api.create(finding({ exercise: foreign.id })))).toBe(400);
		const action = await api.create(finding());
		const another = await exercise(world);
		expect(await statusOf(() => api.update(action.id, { exercise: another }))).toBe(400);
	});

	it('links an exercise and its findings to risks of the same organisation only; a deleted risk drops out', async () => {
		const mine = await analysedRisk(world);
		const foreign = (
			await world.superuser
				.collection('risks')
				.create({ organisation: world.orgB, title: 'B のリスク', category: 'spillover', owner: 'B', status: 'open' })
		).id;
		const exercises = world.client('security').collection('exercises');
		expect((await exercises.update(ex, { risk: mine })).risk).toBe(mine);
		expect(await statusOf(() => exercises.update(ex, { risk: foreign }))).toBe(400);
		const api = world.client('security').collection('improvement_actions');
		expect(await statusOf(() => api.create(finding({ risks: [mine, foreign] })))).toBe(400);
		const action = await api.create(finding({ risks: [mine] }));
		expect(action.risks).toEqual([mine]);
		expect(await statusOf(() => api.update(action.id, { risks: [foreign] }))).toBe(400);
		await world.superuser.collection('risks').delete(mine);
		expect((await api.getOne(action.id)).risks).toEqual([]);
		expect((await exercises.getOne(ex)).risk).toBe('');
	});

	it('keeps timelines inside their exercise', async () => {
		const api = world.client('security').collection('timeline_entries');
		const entry = { organisation: world.orgA, exercise: ex, at: '2026-10-15 01:00:00.000Z', kind: 'inject', body: '監視画面が固まる' };
		const created = await api.create(entry);
		expect(await statusOf(() => api.create({ ...entry, exercise: '' }))).toBe(400);
		const another = await exercise(world);
		expect(await statusOf(() => api.update(created.id, { exercise: another }))).toBe(400);
		await world.client('security').collection('exercises').delete(ex);
		expect(await statusOf(() => api.getOne(created.id))).toBe(404);
	});
});
