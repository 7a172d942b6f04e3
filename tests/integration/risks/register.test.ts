// The risk register in PocketBase: references assigned by the server,
// ratings only on approved criteria of the same organisation and within
// their scales, lists of control items checked, closing needs a reason,
// reviews record the ratings and who reviewed, dismissed candidates.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteria } from '../../../src/lib/domain/risks/criteria-defaults';
import { analysedRisk, approveCriteria, worldCriteria } from '../support/risks';
import { createWorld, statusOf, type World } from '../support/world';

describe('risk register', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	const base = (world: World) => ({
		organisation: world.orgA,
		title: '停電',
		category: 'spillover',
		owner: '系統運用部長',
		status: 'open'
	});

	it('numbers risks R-001, R-002… on the server; the number never changes', async () => {
		const risks = world.client('security').collection('risks');
		const a = await risks.create({ ...base(world), ref: 'R-900' });
		const b = await risks.create(base(world));
		expect(a.ref).toMatch(/^R-\d{3}$/);
		expect(Number(b.ref.slice(2))).toBe(Number(a.ref.slice(2)) + 1);
		expect(await statusOf(() => risks.update(a.id, { ref: 'R-777' }))).toBe(400);
		expect(await statusOf(() => risks.update(a.id, { reviewed_at: new Date().toISOString() }))).toBe(400);
	});

	it('ratings need an approved criteria version of the organisation and stay within its scales', async () => {
		const risks = world.client('security').collection('risks');
		const criteria = await worldCriteria(world);
		const rated = { ...base(world), criteria, current_likelihood: 3, current_impact: 4 };
		expect((await risks.create(rated)).current_impact).toBe(4);
		expect(await statusOf(() => risks.create({ ...base(world), current_likelihood: 3, current_impact: 4 }))).toBe(400);
		expect(await statusOf(() => risks.create({ ...rated, current_impact: 0 }))).toBe(400);
		expect(await statusOf(() => risks.create({ ...rated, current_likelihood: 6 }))).toBe(400);
		const small = await approveCriteria(world, defaultCriteria(3, 3, 3));
		expect(await statusOf(() => risks.create({ ...rated, criteria: small, current_likelihood: 4, current_impact: 3 }))).toBe(400);
		expect((await risks.create({ ...rated, criteria: small, current_likelihood: 3, current_impact: 3 })).criteria).toBe(small);
		const draft = await world
			.client('security')
			.collection('risk_criteria')
			.create({ organisation: world.orgA, status: 'draft', content: defaultCriteria() });
		expect(await statusOf(() => risks.create({ ...rated, criteria: draft.id }))).toBe(400);
		await world.client('security').collection('risk_criteria').delete(draft.id);
		// another organisation's criteria
		const other = await world.superuser
			.collection('risk_criteria')
			.create({ organisation: world.orgB, status: 'draft', content: defaultCriteria() });
		expect(await statusOf(() => risks.create({ ...rated, criteria: other.id }))).toBe(400);
	});

	it('control items are checklist item keys; closing needs a reason', async () => {
		const risks = world.client('security').collection('risks');
		const risk = await risks.create({ ...base(world), control_items: ['cross-sector:OT-03', 'sector-electricity:ELEC-05'] });
		expect(risk.control_items).toEqual(['cross-sector:OT-03', 'sector-electricity:ELEC-05']);
		expect(await statusOf(() => risks.update(risk.id, { control_items: ['not a key'] }))).toBe(400);
		expect(await statusOf(() => risks.update(risk.id, { control_items: { a: 1 } }))).toBe(400);
		expect(await statusOf(() => risks.update(risk.id, { status: 'closed' }))).toBe(400);
		expect((await risks.update(risk.id, { status: 'closed', closed_reason: 'システム廃止' })).status).toBe('closed');
	});

	it('a review records who reviewed, when, and the ratings at the time, and dates the risk’s last review', async () => {
		const risk = await analysedRisk(world);
		const review = await world.client('security').collection('risk_reviews').create({
			organisation: world.orgA,
			risk,
			outcome: 'unchanged',
			reviewer: world.users.admin.id,
			reviewed_at: '2020-01-01 00:00:00.000Z'
		});
		expect(review.reviewer).toBe(world.users.security.id);
		expect(review.reviewed_at.startsWith('2020')).toBe(false);
		expect(review.ratings).toMatchObject({ current: { likelihood: 3, impact: 4 }, target: { likelihood: 2, impact: 3 } });
		expect((await world.client('security').collection('risks').getOne(risk)).reviewed_at).toBe(review.reviewed_at);
		expect(await statusOf(() => world.client('security').collection('risk_reviews').update(review.id, { note: 'x' }))).not.toBe(200);
	});

	it('a discarded candidate names who discarded it and is discarded once', async () => {
		const dismissals = world.client('security').collection('risk_dismissals');
		const d = await dismissals.create({ organisation: world.orgA, candidate_key: 'intrusion:abc:-', dismissed_by: world.users.admin.id });
		expect(d.dismissed_by).toBe(world.users.security.id);
		expect(await statusOf(() => dismissals.create({ organisation: world.orgA, candidate_key: 'intrusion:abc:-' }))).toBe(400);
	});

	it('a risk with acceptances cannot be deleted', async () => {
		const risk = await analysedRisk(world);
		await world
			.client('security')
			.collection('risk_acceptances')
			.create({
				organisation: world.orgA,
				risk,
				status: 'requested',
				justification: 'x',
				expires_at: new Date(Date.now() + 30 * 86_400_000).toISOString()
			});
		expect(await statusOf(() => world.client('security').collection('risks').delete(risk))).toBe(400);
	});
});
