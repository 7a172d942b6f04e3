// The risk register in PocketBase: references assigned by the server,
// ratings only on approved criteria of the same organisation and within
// their scales, lists of control items checked, closing needs a reason,
// reviews record the ratings and who reviewed, dismissed candidates.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteria } from '../../../src/lib/domain/risks/criteria-defaults';
import { planOf } from '../support/plans';
import { analysedRisk, approveCriteria, worldCriteria } from '../support/risks';
import { createWorld, statusOf, type World } from '../support/world';
import { enableBatch } from './support';

describe('risk register', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
		await enableBatch(world.superuser);
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

	it("relations point only into the record's own organisation, for everyone and every path", async () => {
		const su = world.superuser;
		const service = await su.collection('critical_services').create({ organisation: world.orgB, name: '他組織のサービス' });
		const system = await su.collection('important_systems').create({ organisation: world.orgB, name: '他組織のシステム' });
		const dependency = await su
			.collection('dependencies')
			.create({ organisation: world.orgB, name: '他組織の依存先', direction: 'upstream', category: 'power' });
		const risks = world.client('security').collection('risks');
		for (const link of [{ services: [service.id] }, { systems: [system.id] }, { dependencies: [dependency.id] }]) {
			expect(await statusOf(() => risks.create({ ...base(world), ...link })), JSON.stringify(link)).toBe(400);
			expect(await statusOf(() => su.collection('risks').create({ ...base(world), ...link })), `superuser ${JSON.stringify(link)}`).toBe(
				400
			);
		}
		const own = await risks.create(base(world));
		expect(await statusOf(() => risks.update(own.id, { systems: [system.id] }))).toBe(400);
		const batch = su.createBatch();
		batch.collection('risks').update(own.id, { dependencies: [dependency.id] });
		expect(await statusOf(() => batch.send())).toBe(400);
		expect(
			await statusOf(() =>
				world
					.client('security')
					.collection('dependencies')
					.create({
						organisation: world.orgA,
						name: '東都電力',
						direction: 'upstream',
						category: 'power',
						systems: [system.id]
					})
			)
		).toBe(400);

		// a treatment action names a risk and plans of its own organisation
		const otherRisk = await su.collection('risks').create({ ...base(world), organisation: world.orgB });
		const actions = world.client('security').collection('risk_actions');
		const action = { organisation: world.orgA, risk: own.id, title: '予備回線の契約', owner: '情報システム部', status: 'planned' };
		expect(await statusOf(() => actions.create({ ...action, risk: otherRisk.id }))).toBe(400);
		const [bcp, otherBcp, otherContingency] = [
			await planOf(world, 'bcp'),
			await planOf(world, 'bcp', world.orgB),
			await planOf(world, 'contingency', world.orgB)
		];
		expect(await statusOf(() => actions.create({ ...action, plans: [otherBcp] }))).toBe(400);
		expect(await statusOf(() => actions.create({ ...action, plans: ['not-a-plan-id'] }))).toBe(400);
		const linked = await actions.create({ ...action, plans: [bcp] });
		expect(linked.plans).toEqual([bcp]);
		expect(await statusOf(() => actions.update(linked.id, { plans: [bcp, otherContingency] }))).toBe(400);
		expect((await actions.create(action)).plans).toEqual([]);
	});
});
