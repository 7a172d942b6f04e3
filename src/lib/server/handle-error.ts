/**
 * What SvelteKit's handleError (hooks.server.ts) answers for an error nobody
 * expected: a clean page with a message in the person's language and an
 * error id, and one log line with the same id, the request and the error.
 * A PocketBase answer that reached this far is still told truthfully.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { messagesFor, type Lang } from '$lib/i18n';
import { logUnexpected, newErrorId } from './errors';
import { explainRejection, isPocketBaseError } from './rejections';

export interface UnexpectedInput {
	error: unknown;
	event: Pick<RequestEvent, 'request' | 'url'> & { locals: Partial<App.Locals> };
	status: number;
	message: string;
}

export function describeUnexpected({ error, event, status, message }: UnexpectedInput): App.Error {
	const lang: Lang = event.locals.session?.lang ?? 'ja';
	const m = messagesFor(lang);
	if (status === 404) return { message };
	const id = logUnexpected(`${event.request.method} ${event.url.pathname}`, error, newErrorId());
	const told = isPocketBaseError(error) ? explainRejection(error, m).summary : m.rejections.unexpected;
	return { message: told, id };
}
