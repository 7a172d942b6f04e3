import { fail } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { verifyAgainstServer } from '$lib/server/reports/verify-upload';
import type { Actions } from './$types';

const MAX_BYTES = 100 * 1024 * 1024;

/** Anyone may verify a PDF; whether the data changed since is told to members of the organisation. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang).reports.verify;
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { error: m.noFile });
		if (file.size > MAX_BYTES) return fail(400, { error: m.notPdf });
		const pdf = new Uint8Array(await file.arrayBuffer());
		if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') return fail(400, { error: m.notPdf });
		const { pb, user } = locals.session;
		const { verdict, pdfSha256, signatureValid } = await verifyAgainstServer(pdf, { pb, member: user ? pb : null });
		return { result: { verdict, pdfSha256 }, fileName: file.name, signatureValid };
	}
};
