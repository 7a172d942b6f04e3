// Who may delete an organisation's evidence, exercises, incidents and risks:
// its security team only (the collections' delete rules say the same). The
// form actions ask first, so that another role gets a truthful 403 with
// "your role cannot delete this" rather than PocketBase's 404 for a record
// its rule hides from the delete.
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { getTokenPayload } from 'pocketbase';
import type { Messages } from '$lib/i18n';

/** A 403 answer for the form `form` when the signed-in person is not on the organisation's security team; null when they are. */
export async function refuseDeleteUnlessSecurity(pb: PocketBase, organisation: string, m: Messages, form: string) {
	// the web server's client holds the person's token only (no record): the id is in the token
	const me = String(getTokenPayload(pb.authStore.token).id ?? '');
	const org = await pb.collection('organisations').getOne<{ security_team: string[] }>(organisation, { fields: 'security_team' });
	if (org.security_team.includes(me)) return null;
	return fail(403, { form, errors: { _form: m.common.deleteNoRole }, values: {} });
}
