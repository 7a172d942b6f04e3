// Risk records for the authorization, audit and risk tests: approved criteria
// (once per world), analysed risks, requests for acceptance; and the matrix
// rows, fixtures and audit writers of the risk collections, which the shared
// test files spread in.
import type PocketBase from 'pocketbase';
import { defaultCriteria } from '../../../src/lib/domain/risks/criteria-defaults';
import type { CollectionFixture } from './collections';
import type { Actor, World } from './world';

type Operation = 'list' | 'view' | 'create' | 'update' | 'delete';
type Row = Record<Actor, Operation[]>;
const NONE: Operation[] = [];
const READ: Operation[] = ['list', 'view'];
const WRITE: Operation[] = ['list', 'view', 'create', 'update', 'delete'];
const security = (ops: Operation[]): Row => ({
	admin: READ,
	security: ops,
	executive: READ,
	auditor: READ,
	otherOrg: NONE,
	mixed: READ,
	anonymous: NONE
});

export const RISK_MATRIX: Record<string, Row> = {
	// target: a draft version; approval happens only through `signoffs`
	risk_criteria: security(WRITE),
	risks: security(WRITE),
	// discarded candidates are never edited, only undone
	risk_dismissals: security(['list', 'view', 'create', 'delete']),
	// reviews are a record of what was looked at: never changed or deleted
	risk_reviews: security(['list', 'view', 'create']),
	risk_actions: security(WRITE),
	// target: a request; decisions go through `signoffs` (approve) and status changes; never deleted
	risk_acceptances: security(['list', 'view', 'create', 'update'])
};

export const RISK_WRITERS: Record<string, 'security'> = {
	risk_criteria: 'security',
	risks: 'security',
	risk_dismissals: 'security',
	risk_reviews: 'security',
	risk_actions: 'security',
	risk_acceptances: 'security'
};

let n = 0;
const unique = () => `${Date.now().toString(36)}-${n++}`;

/** PocketBase's date format, `days` from now. */
export function pbDate(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().replace('T', ' ');
}

async function deleteOpenDrafts(su: PocketBase, org: string): Promise<void> {
	const drafts = await su
		.collection('risk_criteria')
		.getFullList({ filter: su.filter('organisation = {:org} && status = "draft"', { org }) });
	for (const d of drafts) await su.collection('risk_criteria').delete(d.id);
}

/** Drafts, submits and approves a criteria version for organisation A (any open draft is deleted first); returns its id. */
export async function approveCriteria(world: World, content = defaultCriteria()): Promise<string> {
	await deleteOpenDrafts(world.superuser, world.orgA);
	const sec = world.client('security');
	const draft = await sec.collection('risk_criteria').create({ organisation: world.orgA, status: 'draft', content });
	await sec.collection('risk_criteria').update(draft.id, { status: 'submitted' });
	await world
		.client('executive')
		.collection('signoffs')
		.create({ organisation: world.orgA, subject_collection: 'risk_criteria', subject_id: draft.id, statement: '承認する' });
	return draft.id;
}

const approved = new Map<string, Promise<string>>();
/** One approved criteria version per world, made at first need. */
export function worldCriteria(world: World): Promise<string> {
	let promise = approved.get(world.orgA);
	if (!promise) {
		promise = approveCriteria(world);
		approved.set(world.orgA, promise);
	}
	return promise;
}

/** An open risk of organisation A rated 4×4 / 3×4 / 2×3 on the world's criteria. */
export async function analysedRisk(world: World, extra: Record<string, unknown> = {}): Promise<string> {
	const criteria = await worldCriteria(world);
	const record = await world.superuser.collection('risks').create({
		organisation: world.orgA,
		title: `Risk ${unique()}`,
		category: 'spillover',
		threat: 'power_loss',
		owner: '系統運用部長',
		status: 'open',
		criteria,
		inherent_likelihood: 4,
		inherent_impact: 4,
		current_likelihood: 3,
		current_impact: 4,
		target_likelihood: 2,
		target_impact: 3,
		...extra
	});
	return record.id;
}

/** A request for acceptance of a new analysed risk, valid for `days` more days. */
export async function acceptanceRequest(
	world: World,
	days = 60,
	client: PocketBase = world.client('security')
): Promise<{ id: string; risk: string }> {
	const risk = await analysedRisk(world);
	const record = await client.collection('risk_acceptances').create({
		organisation: world.orgA,
		risk,
		status: 'requested',
		justification: '代替の備えがあり、対策費用に見合わない。',
		expires_at: pbDate(days)
	});
	return { id: record.id, risk };
}

async function openDraft(world: World): Promise<string> {
	const su = world.superuser;
	const open = await su
		.collection('risk_criteria')
		.getFullList({ filter: su.filter('organisation = {:org} && status = "draft"', { org: world.orgA }) });
	if (open[0]) return open[0].id;
	await worldCriteria(world);
	return (await su.collection('risk_criteria').create({ organisation: world.orgA, status: 'draft', content: defaultCriteria() })).id;
}

export const RISK_FIXTURES: Record<string, CollectionFixture> = {
	risk_criteria: {
		seed: openDraft,
		createBody: async (world) => {
			await worldCriteria(world);
			await deleteOpenDrafts(world.superuser, world.orgA);
			return { organisation: world.orgA, status: 'draft', content: defaultCriteria() };
		},
		updateBody: () => ({ note: `note ${unique()}` })
	},
	risks: {
		seed: (world) => analysedRisk(world),
		createBody: (world) => ({
			organisation: world.orgA,
			title: `Risk ${unique()}`,
			category: 'intentional',
			owner: 'CISO',
			status: 'open'
		}),
		updateBody: () => ({ title: `Renamed ${unique()}` })
	},
	risk_dismissals: {
		seed: async (world) =>
			(await world.superuser.collection('risk_dismissals').create({ organisation: world.orgA, candidate_key: `intrusion:${unique()}:-` }))
				.id,
		createBody: (world) => ({ organisation: world.orgA, candidate_key: `equipment:${unique()}:-`, reason: '対象外の構成' }),
		updateBody: () => ({ reason: 'changed' })
	},
	risk_reviews: {
		seed: async (world) =>
			(
				await world.superuser
					.collection('risk_reviews')
					.create({ organisation: world.orgA, risk: await analysedRisk(world), outcome: 'unchanged' })
			).id,
		createBody: async (world) => ({ organisation: world.orgA, risk: await analysedRisk(world), outcome: 'unchanged', note: '変化なし' }),
		updateBody: () => ({ note: 'changed' })
	},
	risk_actions: {
		seed: async (world) =>
			(
				await world.superuser
					.collection('risk_actions')
					.create({ organisation: world.orgA, risk: await analysedRisk(world), title: 'x', owner: 'y', status: 'planned' })
			).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			risk: await analysedRisk(world),
			title: `Action ${unique()}`,
			owner: 'システム部',
			status: 'planned'
		}),
		updateBody: () => ({ status: 'in_progress' })
	},
	risk_acceptances: {
		seed: async (world) => (await acceptanceRequest(world, 60, world.superuser)).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			risk: await analysedRisk(world),
			status: 'requested',
			justification: '経営として保有する',
			expires_at: pbDate(90)
		}),
		updateBody: () => ({ justification: `changed ${unique()}` })
	}
};
