/** Outside auditors' scopes (audit_grants) with the user's own token: the admin's list and actions, the holder's list. */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { japanDate } from '$lib/domain/evidence/dates';
import { AUDIT_GRANTS, FISCAL_YEAR } from '$lib/domain/schema';
import type { Messages } from '$lib/i18n';
import { parseForm } from '$lib/server/forms';
import { explainRejection, isPocketBaseError, rejectionErrors } from '$lib/server/rejections';

export interface GrantRecord {
	id: string;
	organisation: string;
	organisation_name: string;
	auditor: string;
	auditor_name: string;
	auditor_email: string;
	fiscal_year: number;
	until: string;
	note: string;
	revoked: boolean;
	revoked_by_name: string;
	granted_by_name: string;
	created: string;
}

export type GrantState = 'active' | 'expired' | 'revoked';

export interface GrantView {
	id: string;
	organisationId: string;
	organisationName: string;
	auditorName: string;
	auditorEmail: string;
	fiscalYear: number;
	until: string;
	note: string;
	state: GrantState;
	grantedBy: string;
	created: string;
}

export function grantView(r: GrantRecord, now: Date): GrantView {
	const until = r.until.slice(0, 10);
	return {
		id: r.id,
		organisationId: r.organisation,
		organisationName: r.organisation_name,
		auditorName: r.auditor_name,
		auditorEmail: r.auditor_email,
		fiscalYear: r.fiscal_year,
		until,
		note: r.note,
		state: r.revoked ? 'revoked' : until < japanDate(now) ? 'expired' : 'active',
		grantedBy: r.granted_by_name,
		created: r.created
	};
}

export async function grantsOf(pb: PocketBase, orgId: string, now: Date): Promise<GrantView[]> {
	const records = await pb
		.collection('audit_grants')
		.getFullList<GrantRecord>({ filter: pb.filter('organisation = {:o}', { o: orgId }), sort: '-created' });
	return records.map((r) => grantView(r, now));
}

/** The signed-in person's own grants (as the holder), with the organisation's name. */
export async function myGrants(pb: PocketBase, userId: string, now: Date): Promise<GrantView[]> {
	const records = await pb.collection('audit_grants').getFullList<GrantRecord>({
		filter: pb.filter('auditor = {:u}', { u: userId }),
		sort: '-created'
	});
	return records.map((r) => grantView(r, now));
}

const grantSchema = (m: Messages) =>
	z.object({
		email: z.string().trim().email(m.errors.email),
		name: z.string().trim().max(AUDIT_GRANTS.auditor_name.max).default(''),
		password: z.string().max(200).default(''),
		fiscal_year: z.coerce
			.number({ error: m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max) })
			.int()
			.min(FISCAL_YEAR.min, m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max))
			.max(FISCAL_YEAR.max, m.errors.number(FISCAL_YEAR.min, FISCAL_YEAR.max)),
		until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.errors.date),
		note: z.string().trim().max(AUDIT_GRANTS.note.max, m.errors.tooLong(AUDIT_GRANTS.note.max)).default('')
	});

function grantErrors(error: unknown, m: Messages): Record<string, string> {
	const data = (error as { response?: { data?: Record<string, { code?: string }> } }).response?.data ?? {};
	const a = m.access.errors;
	const out: Record<string, string> = {};
	for (const [field, detail] of Object.entries(data)) {
		if (detail.code === 'member') out.email = a.member;
		else if (detail.code === 'past') out.until = a.past;
		else if (detail.code === 'longer') out.until = a.longer;
		else if (field === 'name' || field === 'password') out[field] = a.account;
	}
	if (Object.keys(out).length) return out;
	if (!isPocketBaseError(error)) throw error;
	const rejection = explainRejection(error, m);
	return Object.keys(rejection.fields).length ? rejectionErrors(rejection) : { _form: `${a.failed} ${rejection.summary}` };
}

export async function grantAccess(pb: PocketBase, orgId: string, form: FormData, m: Messages) {
	const parsed = parseForm(grantSchema(m), form);
	const values = { ...parsed.values, password: '' };
	if (!parsed.ok) return fail(400, { form: 'grant', errors: parsed.errors, values });
	try {
		const answer = await pb.send<{ id: string; created: boolean }>(`/api/mamori/organisations/${orgId}/audit-grants`, {
			method: 'POST',
			body: parsed.data
		});
		return { form: 'grant', ok: true, message: m.access.granted(parsed.data.email), createdAccount: answer.created };
	} catch (error) {
		return fail(400, { form: 'grant', errors: grantErrors(error, m), values });
	}
}

/** intent: revoke, or shorten (with a new `until`). */
export async function changeGrant(pb: PocketBase, form: FormData, m: Messages) {
	const id = String(form.get('id') ?? '');
	const revoke = form.get('intent') === 'revoke';
	const until = String(form.get('until') ?? '');
	try {
		await pb.collection('audit_grants').update(id, revoke ? { revoked: true } : { until });
		return { form: `change-${id}`, ok: true, message: revoke ? m.access.revoked : m.access.shortened };
	} catch (error) {
		return fail(400, { form: `change-${id}`, errors: grantErrors(error, m), values: {} });
	}
}
