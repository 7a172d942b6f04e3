/** Form actions of an outside auditor's pages: the organisation comes from the form (PocketBase's hooks check the grant). */
import { error } from '@sveltejs/kit';

export function organisationOf(form: FormData): string {
	const org = String(form.get('organisation') ?? '');
	if (!/^[a-z0-9]{15}$/.test(org)) error(400, 'organisation missing');
	return org;
}
