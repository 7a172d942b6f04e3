// Builders for plan records used by the plan tests and the authorization matrix.
import type PocketBase from 'pocketbase';
import type { World } from './world';

/** The smallest valid contingency-plan content (the hooks only check the kind; the web app checks the rest). */
export function contingencyContent(note = '') {
	return {
		schemaVersion: 1,
		kind: 'contingency',
		reviewBy: null,
		sections: {
			csirt: { body: note },
			detection: { body: '' },
			reporting: { body: '' },
			containment: { body: '' },
			recovery: { body: '' },
			review: { body: '' }
		},
		csirt: { leadContactId: null, deputyContactId: null, members: '', escalation: [] },
		triage: [],
		reporting: {
			reporterContactId: null,
			contactMeans: '',
			ministryContactId: null,
			ceptoarContactId: null,
			casesCovered: [],
			defaultScope: null,
			anonymisation: ''
		}
	};
}

/** Organisation A's plan of a kind, created by the superuser when it does not exist yet. */
export async function planOf(world: World, kind: 'bcp' | 'contingency', org = world.orgA): Promise<string> {
	const su = world.superuser;
	const found = await su
		.collection('plans')
		.getList(1, 1, { filter: su.filter('organisation = {:o} && kind = {:k}', { o: org, k: kind }) });
	if (found.items.length) return found.items[0].id;
	return (
		await su.collection('plans').create({ organisation: org, kind, title: kind === 'bcp' ? '事業継続計画' : 'コンティンジェンシープラン' })
	).id;
}

export async function latestNumber(pb: PocketBase, plan: string): Promise<number> {
	const list = await pb.collection('plan_versions').getList(1, 1, { filter: pb.filter('plan = {:p}', { p: plan }), sort: '-number' });
	return list.items.length ? (list.items[0].number as number) : 0;
}

/** A body for a new version on top of the newest one. */
export async function versionBody(world: World, plan: string, note = 'draft', org = world.orgA) {
	return {
		organisation: org,
		plan,
		title: 'コンティンジェンシープラン',
		content: contingencyContent(note),
		status: 'draft',
		base_number: await latestNumber(world.superuser, plan)
	};
}

/**
 * A new draft version of organisation A's contingency plan (the superuser
 * first returns a version awaiting approval to draft, so the test can go on).
 */
export async function draftVersion(world: World, note = 'draft'): Promise<string> {
	const su = world.superuser;
	const plan = await planOf(world, 'contingency');
	const pending = await su
		.collection('plan_versions')
		.getList(1, 1, { filter: su.filter('plan = {:p} && status = "submitted"', { p: plan }) });
	for (const v of pending.items) await su.collection('plan_versions').update(v.id, { status: 'draft', return_reason: 'test setup' });
	return (await su.collection('plan_versions').create(await versionBody(world, plan, note))).id;
}

export async function submittedVersion(world: World, note = 'submitted'): Promise<string> {
	const id = await draftVersion(world, note);
	await world.superuser.collection('plan_versions').update(id, { status: 'submitted' });
	return id;
}

/** A tabletop exercise of organisation A, created by the superuser. */
export async function exercise(world: World): Promise<string> {
	const record = await world.superuser.collection('exercises').create({
		organisation: world.orgA,
		title: '系統制御システムのランサムウェア感染を想定した机上演習',
		kind: 'tabletop',
		held_on: '2026-10-15',
		plan_kinds: ['bcp', 'contingency']
	});
	return record.id;
}

/** An open incident of organisation A, created by the superuser. */
export async function incident(world: World, org = world.orgA): Promise<string> {
	const record = await world.superuser.collection('incidents').create({
		organisation: org,
		title: '配電自動化システムの遠隔監視の途絶',
		detected_at: '2026-11-20 01:12:00.000Z',
		status: 'open',
		cause_case: 'unintentional.failure',
		situation: 'minor_failure',
		likelihood: 'hardly_possible'
	});
	return record.id;
}

/** The body of a report draft (第N報) for an incident. */
export function reportBody(world: World, incidentId: string, org = world.orgA) {
	return {
		organisation: org,
		incident: incidentId,
		status: 'draft',
		contact_person: '守谷 翔太（情報セキュリティ室）',
		contact_means: '系統運用センター直通 03-0000-0000',
		summary: '配電自動化システムの監視画面が更新されない。原因は調査中。',
		sharing_scope: 'government_only'
	};
}
