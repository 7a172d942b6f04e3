import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ACCOUNT_LIMITS, PERSON_NAME_MAX } from '$lib/domain/schema';
import { waitMinutes } from '$lib/domain/security/throttle';
import { messagesFor, type Messages } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import { createClient, statusOf } from '$lib/server/pocketbase';
import { startSession, toSessionUser } from '$lib/server/session';
import { clientAddress, invitationPerAddress } from '$lib/server/throttles';
import type { Actions, PageServerLoad } from './$types';

interface InvitationView {
	organisation: string;
	organisationName: string;
	role: 'admins' | 'security_team' | 'executives' | 'auditors';
	email: string;
	expires: string;
	invitedBy: string;
	state: 'pending' | 'used' | 'expired';
}

const TOKEN = /^[A-Za-z0-9]{40,64}$/;

/** The invitation behind a link (anyone holding the link may see whom it invites to what). */
export const load: PageServerLoad = async ({ locals, params, getClientAddress }) => {
	const address = clientAddress(getClientAddress);
	throttled(address, messagesFor(locals.session.lang));
	if (!TOKEN.test(params.token)) {
		invitationPerAddress.fail(address, Date.now());
		return { invitation: null };
	}
	try {
		const invitation = await locals.session.pb.send<InvitationView>('/api/mamori/invitations/lookup', {
			method: 'POST',
			body: { token: params.token }
		});
		return { invitation };
	} catch (err) {
		if (statusOf(err) === 404) {
			invitationPerAddress.fail(address, Date.now());
			return { invitation: null };
		}
		error(statusOf(err) === 0 ? 503 : 500, 'invitation could not be read');
	}
};

/** 429 while this client address has opened too many unusable links (guessing links gains nothing). */
function throttled(address: string, m: Messages): void {
	const wait = invitationPerAddress.waitMs(address, Date.now());
	if (wait > 0) error(429, m.invitations.tooManyAttempts(waitMinutes(wait)));
}

export const actions: Actions = {
	/** Signed in as the invited account: accept. */
	accept: async ({ locals, params, getClientAddress }) => {
		const m = messagesFor(locals.session.lang);
		throttled(clientAddress(getClientAddress), m);
		if (!locals.session.user) redirect(303, `/login?redirectTo=${encodeURIComponent(`/invite/${params.token}`)}`);
		let answer: { organisation: string };
		try {
			answer = await locals.session.pb.send('/api/mamori/invitations/accept', { method: 'POST', body: { token: params.token } });
		} catch (err) {
			if (statusOf(err) === 404) invitationPerAddress.fail(clientAddress(getClientAddress), Date.now());
			return invalid({ _form: statusOf(err) === 0 ? m.common.backendDown : m.invitations.failed }, {}, 'accept');
		}
		redirect(303, `/orgs/${answer.organisation}/profile`);
	},
	/** Signed out: create the account with one's own name and password, accept, and sign in. */
	create: async ({ request, locals, params, cookies, url, getClientAddress }) => {
		const m = messagesFor(locals.session.lang);
		throttled(clientAddress(getClientAddress), m);
		const schema = z
			.object({
				name: z.string().trim().min(1, m.errors.required).max(PERSON_NAME_MAX, m.errors.tooLong(PERSON_NAME_MAX)),
				password: z
					.string()
					.min(ACCOUNT_LIMITS.passwordMin, m.errors.passwordTooShort(ACCOUNT_LIMITS.passwordMin))
					.max(ACCOUNT_LIMITS.passwordMax, m.invitations.passwordTooLong(ACCOUNT_LIMITS.passwordMax)),
				passwordConfirm: z.string()
			})
			.refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: m.invitations.passwordMismatch });
		const parsed = parseForm(schema, await request.formData());
		const keep = { name: String(parsed.values.name ?? '') };
		if (!parsed.ok) return invalid(parsed.errors, keep, 'create');
		const pb = createClient();
		let answer: { organisation: string };
		let email: string;
		try {
			const invitation = await pb.send<InvitationView>('/api/mamori/invitations/lookup', { method: 'POST', body: { token: params.token } });
			email = invitation.email;
			answer = await pb.send('/api/mamori/invitations/accept', {
				method: 'POST',
				body: { token: params.token, ...parsed.data, language: locals.session.lang }
			});
		} catch (err) {
			if (statusOf(err) === 404) invitationPerAddress.fail(clientAddress(getClientAddress), Date.now());
			if (statusOf(err) === 409) return invalid({ _form: m.invitations.accountExists }, keep, 'create');
			return rejected(err, m, keep, 'create', (rejection, errors) => {
				if (rejection.fields.password) errors.password = m.errors.passwordTooShort(ACCOUNT_LIMITS.passwordMin);
				if (rejection.fields.token) errors._form = m.invitations.failed;
			});
		}
		const auth = await pb.collection('users').authWithPassword(email, parsed.data.password);
		startSession(cookies, url, pb.authStore.token, toSessionUser(auth.record));
		redirect(303, `/orgs/${answer.organisation}/profile`);
	}
};
