// What the answering page asks PocketBase for: everything it shows, in as few
// requests as it can, and no list request that can only come back empty (PocketBase
// delays those when one client repeats them). Also: PocketBase sees each person's
// own address, which the web server names in X-Forwarded-For.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessmentPage } from '../../src/lib/server/selfcheck/assessment';
import { forwardClientAddress } from '../../src/lib/server/client-address';
import { reviewsOf } from '../../src/lib/server/evidence/audit-work';
import { draftAssessment, signedSelfCheck } from './support/selfcheck';
import { createWorld, type World } from './support/world';

const APPLICANT = { sector: 'electricity', operatorClass: 'leading' } as const;

/** The collections and kinds (list/view) of the requests a client makes while `run` runs. */
async function requestsOf(pb: PocketBase, run: () => Promise<unknown>): Promise<string[]> {
	const seen: string[] = [];
	const before = pb.beforeSend;
	pb.beforeSend = (url, options) => {
		const path = new URL(url).pathname;
		const match = /\/api\/collections\/([^/]+)\/records(\/[^/?]+)?/.exec(path);
		if (match) seen.push(`${match[2] ? 'view' : 'list'} ${match[1]}`);
		return before ? before(url, options) : { url, options };
	};
	try {
		await run();
	} finally {
		pb.beforeSend = before;
	}
	return seen;
}

describe('answering page reads', () => {
	let world: World;
	let signed: { assessment: string; checklist: string; signoff: string };
	let comments: string[];

	beforeAll(async () => {
		world = await createWorld();
		comments = [];
		signed = await signedSelfCheck(world, 'reads-1', async ({ assessment, checklist }) => {
			for (const body of ['一件目の指摘', '二件目の指摘']) {
				const record = await world
					.client('auditor')
					.collection('review_comments')
					.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-01', body });
				comments.push(record.id);
			}
		});
	});

	it('reads comments, adoption and the sign-off of a signed self-check with the assessment', async () => {
		const pb = world.client('executive');
		const page = await loadAssessmentPage(pb, world.orgA, signed.assessment, APPLICANT, 'ja', false);
		expect(page.comments.map((c) => c.id)).toEqual(comments);
		expect(page.comments.map((c) => c.body)).toEqual(['一件目の指摘', '二件目の指摘']);
		expect(page.signoff?.id).toBe(signed.signoff);
		expect(page.adoption.items.find((i) => i.itemId === 'S1-02')).toMatchObject({ adopted: true, reason: '今年度から採用' });
		// who saved each answer, without expanding every answer
		expect(Object.values(page.answers).map((a) => a.updatedBy)).toEqual(expect.arrayContaining([expect.stringMatching(/^security /)]));
		expect(page.assessment).not.toHaveProperty('expand');
	});

	it('makes no comment, sign-off or adoption list request, and reads a cached checklist again only through the assessment', async () => {
		const draft = await draftAssessment(world);
		const pb = world.client('security');
		await loadAssessmentPage(pb, world.orgA, draft.id, APPLICANT, 'ja', true); // caches the pinned checklist
		const requests = await requestsOf(pb, () => loadAssessmentPage(pb, world.orgA, draft.id, APPLICANT, 'ja', true));
		expect(requests).not.toEqual(
			expect.arrayContaining([expect.stringMatching(/^list (review_comments|signoffs|reference_adoptions|checklists)$/)])
		);
		expect(requests.filter((r) => r === 'view assessments')).toHaveLength(1);
	});

	it('still shows nothing of another organisation through the cached checklist', async () => {
		const draft = await draftAssessment(world);
		await loadAssessmentPage(world.client('security'), world.orgA, draft.id, APPLICANT, 'ja', true);
		await expect(loadAssessmentPage(world.client('otherOrg'), world.orgA, draft.id, APPLICANT, 'ja', true)).rejects.toMatchObject({
			status: 404
		});
	});

	it('trusts X-Forwarded-For from the web server, so that per-client limits apply per person', async () => {
		const settings = await world.superuser.send<{ trustedProxy: { headers: string[]; useLeftmostIP: boolean } }>('/api/settings', {});
		expect(settings.trustedProxy.headers).toContain('X-Forwarded-For');
		expect(settings.trustedProxy.useLeftmostIP).toBe(false);
	});

	it('names the client address on every request of the web server’s client', async () => {
		const pb = world.client('security');
		const headers: (string | undefined)[] = [];
		forwardClientAddress(pb, '203.0.113.7');
		const forward = pb.beforeSend;
		pb.beforeSend = (url, options) => {
			const sent = forward ? forward(url, options) : { url, options };
			headers.push((options.headers as Record<string, string> | undefined)?.['X-Forwarded-For']);
			return sent;
		};
		try {
			await pb.collection('organisations').getOne(world.orgA);
		} finally {
			pb.beforeSend = undefined;
		}
		expect(headers).toEqual(['203.0.113.7']);
	});

	it('reads the reviews of hundreds of evidence records (PocketBase refuses one filter that long)', async () => {
		const ids = Array.from({ length: 250 }, (_, i) => `bench${String(i).padStart(10, '0')}`);
		await expect(reviewsOf(world.client('security'), ids)).resolves.toEqual(new Map());
	});
});
