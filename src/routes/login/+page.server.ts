import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { sameOriginPath } from '$lib/domain/security/redirect-target';
import { waitMinutes } from '$lib/domain/security/throttle';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm, type FormErrors } from '$lib/server/forms';
import { explainRejection, isPocketBaseError } from '$lib/server/rejections';
import { startSession, toSessionUser } from '$lib/server/session';
import { clientAddress, logins } from '$lib/server/throttles';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.session.user) redirect(303, '/');
	return { expired: locals.session.expired || url.searchParams.has('expired'), loggedOut: url.searchParams.has('loggedOut') };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const m = messagesFor(locals.session.lang);
		const schema = z.object({
			email: z.string().trim().min(1, m.errors.required).email(m.errors.email),
			password: z.string().min(1, m.errors.required)
		});
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, { email: parsed.values.email ?? '' });
		const { pb } = locals.session;
		const attempt = { account: parsed.data.email.toLowerCase(), address: clientAddress(getClientAddress) };
		// refused while throttled, even with the right password (so guessing gains nothing)
		const wait = logins.waitMs(attempt, Date.now());
		if (wait > 0) {
			const errors: FormErrors = { _form: m.auth.tooManyAttempts(waitMinutes(wait)) };
			return fail(429, { errors, values: { email: parsed.data.email }, form: undefined });
		}
		let record: Record<string, unknown>;
		try {
			record = (await pb.collection('users').authWithPassword(parsed.data.email, parsed.data.password)).record;
		} catch (error) {
			if (!isPocketBaseError(error)) throw error;
			// 400 is PocketBase's answer to a wrong e-mail or password; anything else is told as it is.
			if (error.status !== 400) return invalid({ _form: explainRejection(error, m).summary }, { email: parsed.data.email });
			logins.fail(attempt, Date.now());
			return invalid({ _form: m.auth.wrongCredentials }, { email: parsed.data.email });
		}
		logins.succeed(attempt, Date.now());
		startSession(cookies, url, pb.authStore.token, toSessionUser(record));
		redirect(303, sameOriginPath(url.searchParams.get('redirectTo'), url.origin));
	}
};
