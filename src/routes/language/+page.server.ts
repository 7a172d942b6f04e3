import { redirect } from '@sveltejs/kit';
import { sameOriginPath } from '$lib/domain/security/redirect-target';
import { isLang } from '$lib/i18n';
import { currentSession, LANG_COOKIE, renewSession, storePreference } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

/** Switches the interface language: remembered on the user's account when signed in, in a cookie otherwise. */
export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const lang = form.get('lang');
		const target = String(form.get('redirectTo') ?? '/');
		if (isLang(lang)) {
			storePreference(cookies, LANG_COOKIE, lang, url.protocol === 'https:');
			const { pb, user } = locals.session;
			if (user) {
				await pb.collection('users').update(user.id, { language: lang });
				const session = currentSession(cookies);
				if (session) renewSession(cookies, url, { ...session, user: { ...session.user, language: lang } });
			}
		}
		redirect(303, sameOriginPath(target, url.origin));
	}
};
