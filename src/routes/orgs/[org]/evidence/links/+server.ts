/**
 * POST …/evidence/links — link or unlink evidence from wherever a target is
 * shown (EvidencePanel), without leaving that page:
 *  - form fields intent=link|unlink, evidence, target_type, target_id,
 *    target_part, link (to unlink), back: a plain form post goes back to
 *    `back` with a notice; with `accept: application/json` the answer is
 *    { ok, linked?, message };
 *  - multipart with a file and link_type/link_id/link_part: upload new
 *    evidence and link it in one transaction (a file dropped on the panel).
 */
import { error, json, redirect } from '@sveltejs/kit';
import { isLinkTarget, targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import { evidenceView } from '$lib/domain/evidence/view';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { readEvidence } from '$lib/server/evidence/library';
import type { LinkedEvidence } from '$lib/domain/evidence/links';
import { createLink, removeLink } from '$lib/server/evidence/links';
import { backTo, performUpload } from '$lib/server/evidence/upload';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals, params }) => {
	const { pb, user, lang } = locals.session;
	if (!user) error(401, 'log in first');
	const m = messagesFor(lang);
	const linked = async (evidenceId: string, linkId: string): Promise<LinkedEvidence> => {
		const record = await readEvidence(pb, params.org, evidenceId);
		return { linkId, evidence: evidenceView(record, record.expand?.current_revision, await now()) };
	};

	if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
		const outcome = await performUpload({ request, pb, orgId: params.org, m, lang });
		if (!outcome.ok)
			return json(
				{ ok: false, message: Object.values(outcome.errors)[0] ?? m.evidence.upload.failed, errors: outcome.errors },
				{ status: outcome.status }
			);
		if (!outcome.stored.link) return json({ ok: false, message: m.evidenceLinks.failed }, { status: 400 });
		return json({ ok: true, linked: await linked(outcome.stored.evidence, outcome.stored.link), message: m.evidenceLinks.linked });
	}

	const form = await request.formData();
	const field = (name: string) => String(form.get(name) ?? '').trim();
	const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
	const ref: TargetRef = { type: field('target_type'), id: field('target_id'), part: field('target_part') };
	const back = backTo(params.org, field('back'));
	const answer = async (outcome: { ok: boolean; message: string; linked?: LinkedEvidence }) => {
		if (wantsJson) return json(outcome, { status: outcome.ok ? 200 : 400 });
		if (!back) error(400, outcome.message);
		const [path, hash] = back.split('#');
		const url = new URL(path, 'http://x');
		url.searchParams.set('evidence_notice', outcome.message);
		url.searchParams.set('evidence_target', targetKey(ref));
		url.searchParams.set('evidence_ok', outcome.ok ? '1' : '0');
		redirect(303, `${url.pathname}${url.search}${hash ? `#${hash}` : ''}`);
	};

	if (field('intent') === 'unlink') {
		const result = await removeLink(pb, params.org, field('link'), m);
		return answer(result.ok ? { ok: true, message: m.evidenceLinks.removed } : { ok: false, message: result.message });
	}
	const evidence = field('evidence');
	if (!isLinkTarget(ref) || !/^[a-z0-9]{15}$/.test(evidence)) return answer({ ok: false, message: m.evidenceLinks.failed });
	const result = await createLink(pb, params.org, evidence, ref, m);
	if (!result.ok) return answer({ ok: false, message: result.message });
	return answer({ ok: true, message: m.evidenceLinks.linked, linked: wantsJson ? await linked(evidence, result.linkId) : undefined });
};
