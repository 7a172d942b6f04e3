import { fail } from '@sveltejs/kit';
import { importRegister } from '$lib/server/risks/sheet';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const file = (await request.formData()).get('file');
		if (!(file instanceof File))
			return fail(400, { problems: [{ row: 0, column: '', message: { ja: 'ファイルを選んでください。', en: 'Choose a file.' } }] });
		const outcome = await importRegister(locals.session.pb, params.org, file);
		if (!outcome.ok) return fail(400, { problems: outcome.problems, file: file.name });
		return { created: outcome.created, updated: outcome.updated, file: file.name };
	}
};
