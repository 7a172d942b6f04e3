// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/i18n';
import type { Session, SessionUser } from '$lib/server/session';

declare global {
	namespace App {
		interface Locals {
			session: Session;
		}
		interface PageData {
			lang: Lang;
			user: SessionUser | null;
		}
		interface Error {
			message: string;
			/** Set for unexpected errors: the id of their log line (src/lib/server/handle-error.ts). */
			id?: string;
		}
	}
}

export {};
