import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm } from '$lib/server/forms';
import { statusOf } from '$lib/server/pocketbase';
import { startSession, toSessionUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.session.user) redirect(303, '/');
	return { expired: locals.session.expired || url.searchParams.has('expired'), loggedOut: url.searchParams.has('loggedOut') };
};

function safeRedirect(target: string | null): string {
	return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const m = messagesFor(locals.session.lang);
		const schema = z.object({
			email: z.string().trim().min(1, m.errors.required).email(m.errors.email),
			password: z.string().min(1, m.errors.required)
		});
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, { email: parsed.values.email ?? '' });
		const { pb } = locals.session;
		let record: Record<string, unknown>;
		try {
			record = (await pb.collection('users').authWithPassword(parsed.data.email, parsed.data.password)).record;
		} catch (error) {
			if (statusOf(error) === 0) return invalid({ _form: m.common.backendDown }, { email: parsed.data.email });
			return invalid({ _form: m.auth.wrongCredentials }, { email: parsed.data.email });
		}
		startSession(cookies, url, pb.authStore.token, toSessionUser(record));
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
