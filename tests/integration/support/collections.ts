// How to make a record of each collection for the authorization and audit
// tests: a record in organisation A seeded by the superuser, a body to create
// one through the API, and a body to update one.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { reportSignature } from '$lib/server/reports/register';
import { auditGrant, draftItemLink, fileEvidence, linkEvidence, openFinding, openRequest, pdfBytes, reviewTarget } from './evidence';
import { draftVersion, exercise, incident, planOf, reportBody, versionBody } from './plans';
import { answer, draftAssessment, pinnedChecklist, submittedAssessment, TINY_CHECKLIST } from './selfcheck';
import { RISK_FIXTURES } from './risks';
import type { Actor, World } from './world';

type Body = Record<string, unknown>;

export interface CollectionFixture {
	seed(world: World): Promise<string>;
	createBody(world: World): Body | Promise<Body>;
	updateBody(world: World): Body;
	/** For collections only hooks write: creates a record the way the app does (its custom route) as `actor`. */
	createThroughRoute?(world: World, actor: Actor): Promise<{ id: string; body: Body }>;
}

let n = 0;
/** The evidence the evidence_requests fixture fulfils its latest request with. */
let fulfilment = '';
const unique = () => `${Date.now().toString(36)}-${n++}`;

/** A record of organisation A in an organisation-scoped collection. */
function orgScoped(collection: string, body: (world: World) => Body, update: Body): CollectionFixture {
	return {
		async seed(world) {
			const record = await world.superuser.collection(collection).create({ organisation: world.orgA, ...body(world) });
			return record.id;
		},
		createBody: (world) => ({ organisation: world.orgA, ...body(world) }),
		updateBody: () => update
	};
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A report registration for organisation A, signed with the test server's report key. */
export function signedReport(world: World, key = inject('reportKey')): Body {
	const reportId = `MR-2026-${Array.from(randomBytes(8), (b) => BASE32[b % 32]).join('')}`;
	const body = {
		organisation: world.orgA,
		report_id: reportId,
		type: 'selfcheck',
		subject_id: 'subject123456789',
		fiscal_year: 2026,
		language: 'ja',
		status: 'draft',
		snapshot_sha256: 'a'.repeat(64),
		pdf_sha256: randomBytes(32).toString('hex')
	};
	return { ...body, signature: reportSignature(body, key) };
}

export const FIXTURES: Record<string, CollectionFixture> = {
	users: {
		seed: async (world) => world.users.security.id,
		createBody: () => {
			const email = `new-${unique()}@mamori.test`;
			return { email, password: 'new-user-password-1', passwordConfirm: 'new-user-password-1', name: 'New' };
		},
		updateBody: () => ({ name: `Renamed ${unique()}` })
	},
	organisations: {
		seed: async (world) => world.orgA,
		createBody: () => ({ name: `New org ${unique()}`, sector: 'gas', operator_class: 'other', fy_start_month: 4 }),
		updateBody: () => ({ name: `Renamed org ${unique()}` })
	},
	audit_log: {
		async seed(world) {
			const service = await world
				.client('security')
				.collection('critical_services')
				.create({ organisation: world.orgA, name: `audited ${unique()}` });
			const entry = await world.superuser
				.collection('audit_log')
				.getFirstListItem(world.superuser.filter('record_id = {:id}', { id: service.id }));
			return entry.id;
		},
		createBody: (world) => ({ organisation: world.orgA, collection: 'x', record_id: 'y', action: 'create', changes: {} }),
		updateBody: () => ({ action: 'delete' })
	},
	...RISK_FIXTURES,
	critical_services: orgScoped('critical_services', () => ({ name: `Service ${unique()}`, service_level: '99.9%' }), {
		service_level: '99.99%'
	}),
	checklists: {
		seed: (world) => pinnedChecklist(world),
		createBody: (world) => {
			// the content names the record's own id and version (pb_hooks/lib/checklist-content.js)
			const version = `c-${unique()}`;
			return {
				organisation: world.orgA,
				checklist_id: 'tiny',
				version,
				title: TINY_CHECKLIST.title,
				content: { ...TINY_CHECKLIST, version },
				source: 'import'
			};
		},
		updateBody: () => ({ version: 'changed' })
	},
	assessments: {
		seed: async (world) => (await draftAssessment(world)).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			fiscal_year: 2040,
			revision: 100 + n++,
			status: 'draft',
			checklists: [await pinnedChecklist(world)]
		}),
		updateBody: () => ({ status: 'submitted' }),
		// clients start a self-check only through the route, which sets the workflow fields (issue 8)
		async createThroughRoute(world, actor) {
			const body = { organisation: world.orgA, fiscal_year: 2060 + (n++ % 40), checklists: [await pinnedChecklist(world)] };
			const made = await world.client(actor).send<{ id: string }>('/api/mamori/assessments', { method: 'POST', body });
			return { id: made.id, body };
		}
	},
	answers: {
		seed: async (world) => answer(world, await draftAssessment(world)),
		createBody: async (world) => {
			const assessment = await draftAssessment(world);
			return { organisation: world.orgA, assessment: assessment.id, checklist: assessment.checklist, item_id: 'S1-02', status: 'partial' };
		},
		updateBody: () => ({ status: 'not_implemented', expected_version: 1 })
	},
	reference_adoptions: {
		async seed(world) {
			const assessment = await draftAssessment(world);
			const record = await world.superuser.collection('reference_adoptions').create({
				organisation: world.orgA,
				assessment: assessment.id,
				checklist: assessment.checklist,
				item_id: 'S1-02',
				adopted: true
			});
			return record.id;
		},
		createBody: async (world) => {
			const assessment = await draftAssessment(world);
			return { organisation: world.orgA, assessment: assessment.id, checklist: assessment.checklist, item_id: 'S1-02', adopted: false };
		},
		updateBody: () => ({ adopted: true, reason: '今年度から採用する' })
	},
	review_comments: {
		async seed(world) {
			const assessment = await submittedAssessment(world);
			const record = await world.superuser
				.collection('review_comments')
				.create({ organisation: world.orgA, assessment: assessment.id, body: 'seed' });
			return record.id;
		},
		createBody: async (world) => ({
			organisation: world.orgA,
			assessment: (await submittedAssessment(world)).id,
			item_id: 'S1-01',
			body: '根拠資料を確認したい'
		}),
		updateBody: () => ({ body: 'changed' })
	},
	signoffs: {
		async seed(world) {
			const assessment = await submittedAssessment(world);
			const record = await world
				.client('executive')
				.collection('signoffs')
				.create({ organisation: world.orgA, subject_collection: 'assessments', subject_id: assessment.id });
			return record.id;
		},
		createBody: async (world) => ({
			organisation: world.orgA,
			subject_collection: 'assessments',
			subject_id: (await submittedAssessment(world)).id,
			statement: '承認します'
		}),
		updateBody: () => ({ statement: 'changed' })
	},
	reports: {
		seed: async (world) => (await world.client('executive').collection('reports').create(signedReport(world))).id,
		createBody: (world) => signedReport(world),
		updateBody: () => ({ status: 'signed' })
	},
	plans: {
		// one plan per kind and organisation: the matrix works on the BCP, which never gets versions here
		seed: (world) => planOf(world, 'bcp'),
		async createBody(world) {
			const su = world.superuser;
			const existing = await su
				.collection('plans')
				.getFullList({ filter: su.filter('organisation = {:o} && kind = "bcp"', { o: world.orgA }) });
			for (const plan of existing) await su.collection('plans').delete(plan.id);
			return { organisation: world.orgA, kind: 'bcp', title: '事業継続計画' };
		},
		updateBody: () => ({ title: `事業継続計画 ${unique()}` })
	},
	contacts: orgScoped('contacts', () => ({ category: 'ministry', name: `経済産業省 窓口 ${unique()}`, phone: '03-0000-0000' }), {
		phone: '03-1111-1111'
	}),
	exercises: orgScoped('exercises', () => ({ title: `机上演習 ${unique()}`, kind: 'tabletop', held_on: '2026-10-15 00:00:00.000Z' }), {
		observations: '連絡網の更新が必要'
	}),
	timeline_entries: {
		seed: async (world) =>
			(
				await world.superuser.collection('timeline_entries').create({
					organisation: world.orgA,
					exercise: await exercise(world),
					at: '2026-10-15 01:00:00.000Z',
					kind: 'inject',
					body: '監視画面が応答しない'
				})
			).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			exercise: await exercise(world),
			at: '2026-10-15 01:10:00.000Z',
			kind: 'response',
			body: `当直長が CSIRT に連絡 ${unique()}`
		}),
		updateBody: () => ({ body: '当直長が CSIRT 責任者に電話で連絡' })
	},
	improvement_actions: {
		seed: async (world) =>
			(
				await world.superuser.collection('improvement_actions').create({
					organisation: world.orgA,
					source: 'exercise',
					exercise: await exercise(world),
					finding: '夜間の連絡網が古い',
					status: 'open'
				})
			).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			source: 'exercise',
			exercise: await exercise(world),
			finding: `代替拠点の鍵の保管場所が不明 ${unique()}`,
			status: 'open'
		}),
		updateBody: () => ({ status: 'in_progress', owner: '系統運用部' })
	},
	incidents: orgScoped('incidents', () => ({ title: `監視の途絶 ${unique()}`, detected_at: '2026-11-20 01:12:00.000Z', status: 'open' }), {
		lessons: '夜間の連絡網を見直す'
	}),
	incident_reports: {
		// target: a draft (a report recorded as sent never changes and is kept)
		seed: async (world) => (await world.superuser.collection('incident_reports').create(reportBody(world, await incident(world)))).id,
		createBody: async (world) => reportBody(world, await incident(world)),
		updateBody: () => ({ impact: '配電線の遠隔操作が約40分できなかった' })
	},
	sharing_log: orgScoped(
		'sharing_log',
		() => ({
			received_at: '2026-11-01 00:00:00.000Z',
			source: 'ceptoar',
			title: `制御系を狙う攻撃の注意喚起 ${unique()}`,
			purposes: ['prevention']
		}),
		{ shared_with: '系統運用部' }
	),
	plan_versions: {
		// target: a new draft version; "update" submits it
		seed: (world) => draftVersion(world),
		createBody: async (world) => versionBody(world, await planOf(world, 'contingency'), `created ${unique()}`),
		updateBody: () => ({ status: 'submitted' })
	},
	evidence: {
		seed: (world) => linkEvidence(world),
		createBody: (world) => ({
			organisation: world.orgA,
			kind: 'link',
			title: `Link ${unique()}`,
			url: 'https://intranet.example/bcp',
			fiscal_year: 2026
		}),
		updateBody: () => ({ description: `changed ${unique()}` })
	},
	evidence_links: {
		seed: async (world) => (await world.superuser.collection('evidence_links').create(await draftItemLink(world))).id,
		createBody: (world) => draftItemLink(world),
		updateBody: () => ({ target_part: 'changed' })
	},
	evidence_reviews: {
		seed: async (world) =>
			(
				await world
					.client('auditor')
					.collection('evidence_reviews')
					.create({ organisation: world.orgA, evidence: await linkEvidence(world), verdict: 'accepted' })
			).id,
		createBody: async (world) => ({
			organisation: world.orgA,
			evidence: await linkEvidence(world),
			verdict: 'needs_more',
			comment: '日付が読めない'
		}),
		updateBody: () => ({ verdict: 'rejected' })
	},
	evidence_requests: {
		// "update" fulfils the request with a piece of evidence (the security team's move)
		async seed(world) {
			fulfilment = await linkEvidence(world);
			return openRequest(world);
		},
		createBody: async (world) => ({ ...(await reviewTarget(world)), title: '訓練の参加者名簿' }),
		updateBody: () => ({ status: 'fulfilled', evidence: fulfilment })
	},
	findings: {
		// "update" is the security team's response
		seed: (world) => openFinding(world),
		createBody: async (world) => ({ ...(await reviewTarget(world)), title: `指摘 ${unique()}`, severity: 'low' }),
		updateBody: () => ({ status: 'responded', response: '手順書を改訂した。' })
	},
	finding_events: {
		// written only by the findings hooks
		async seed(world) {
			const finding = await openFinding(world);
			return (await world.superuser.collection('finding_events').getFirstListItem(`finding = "${finding}"`)).id;
		},
		createBody: async (world) => ({ organisation: world.orgA, finding: await openFinding(world), kind: 'closed', body: 'x' }),
		updateBody: () => ({ body: 'changed' })
	},
	audit_grants: {
		// granted only through the admin route
		seed: async (world) => (await auditGrant(world)).id,
		createBody: (world) => ({ organisation: world.orgA, auditor: world.users.otherOrg.id, fiscal_year: 2050, until: '2099-12-31' }),
		updateBody: () => ({ note: `changed ${unique()}` })
	},
	evidence_revisions: {
		// files arrive only through the upload route; a REST create is refused to everyone
		seed: async (world) => (await fileEvidence(world)).revision,
		createBody: async (world) => ({
			organisation: world.orgA,
			evidence: (await fileEvidence(world)).evidence,
			file: new File([new Uint8Array(pdfBytes())], 'again.pdf', { type: 'application/pdf' })
		}),
		updateBody: () => ({ note: 'changed' })
	},
	invitations: {
		async seed(world) {
			const record = await world.superuser.collection('invitations').create({
				organisation: world.orgA,
				email: `invited-${unique()}@mamori.test`,
				role: 'auditors',
				token_hash: randomBytes(32).toString('hex'),
				invited_by: world.users.admin.id,
				expires: new Date(Date.now() + 86_400_000).toISOString()
			});
			return record.id;
		},
		createBody: (world) => ({
			organisation: world.orgA,
			email: `forged-${unique()}@mamori.test`,
			role: 'admins',
			token_hash: 'b'.repeat(64),
			expires: new Date(Date.now() + 86_400_000).toISOString()
		}),
		updateBody: () => ({ role: 'admins' }),
		async createThroughRoute(world, actor) {
			const body = { email: `invited-${unique()}@mamori.test`, role: 'auditors' };
			const made = await world
				.client(actor)
				.send<{ id: string }>(`/api/mamori/organisations/${world.orgA}/invitations`, { method: 'POST', body });
			return { id: made.id, body: { ...body, organisation: world.orgA } };
		}
	},
	important_systems: orgScoped('important_systems', () => ({ name: `System ${unique()}` }), {
		description: 'changed'
	}),
	dependencies: orgScoped(
		'dependencies',
		() => ({ name: `Supplier ${unique()}`, direction: 'upstream', category: 'telecom', supplies: '専用線' }),
		{ supplies: '広域イーサネット' }
	)
};
