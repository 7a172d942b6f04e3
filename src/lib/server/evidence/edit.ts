/** Saving evidence details (links and edits) and deleting evidence, with the user's own token. */
import type PocketBase from 'pocketbase';
import type { EvidenceDetails } from '$lib/domain/evidence/schema';
import type { Messages } from '$lib/i18n';
import type { FormErrors } from '$lib/server/forms';
import { fieldErrors, statusOf } from '$lib/server/pocketbase';

type Saved = { ok: true; id: string } | { ok: false; errors: FormErrors };

function body(details: EvidenceDetails & { url?: string }) {
	return { ...details, fiscal_year: details.fiscal_year ?? 0 };
}

function refusal(error: unknown, m: Messages): FormErrors {
	const status = statusOf(error);
	if (status === 403) return { _form: m.evidence.refusals.forbidden };
	if (status === 404) return { _form: m.evidence.refusals.notFound };
	const errors = fieldErrors(error);
	if (errors.effective_from) errors.effective_from = m.evidence.refusals.periodRequired;
	if (errors.effective_to) errors.effective_to = m.evidence.refusals.periodOrder;
	if (errors.url) errors.url = m.evidence.refusals.urlScheme;
	return Object.keys(errors).length ? errors : { _form: m.errors.unknown };
}

/** Creates a link (id null) or updates the details of existing evidence. */
export async function saveLink(
	pb: PocketBase,
	orgId: string,
	id: string | null,
	details: EvidenceDetails & { url?: string },
	m: Messages
): Promise<Saved> {
	try {
		if (id) {
			await pb.collection('evidence').update(id, body(details));
			return { ok: true, id };
		}
		const record = await pb.collection('evidence').create({ ...body(details), organisation: orgId, kind: 'link' });
		return { ok: true, id: record.id };
	} catch (error) {
		return { ok: false, errors: refusal(error, m) };
	}
}

/** Deletes evidence; PocketBase refuses evidence that is used or belongs to a signed record, and says why. */
export async function deleteEvidence(pb: PocketBase, id: string, m: Messages): Promise<{ ok: true } | { ok: false; message: string }> {
	try {
		await pb.collection('evidence').delete(id);
		return { ok: true };
	} catch (error) {
		const status = statusOf(error);
		if (status === 403 || status === 404) return { ok: false, message: m.evidence.refusals.forbidden };
		const reason = (error as { response?: { data?: { evidence?: { code?: string; message?: string } } } }).response?.data?.evidence;
		if (reason?.code === 'signed') return { ok: false, message: m.evidenceLinks.signed };
		if (reason?.code === 'in_use') return { ok: false, message: m.evidenceLinks.inUse(Number(reason.message) || 1) };
		return { ok: false, message: m.evidence.detail.deleteRefused };
	}
}
