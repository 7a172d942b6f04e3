// Moves the test server's clock (pb_hooks/lib/clock.js) as the setup
// superuser, to watch dates pass (acceptance expiry, overdue actions).
// Always return it with setClock(null) when done: the server is shared by all tests.
import PocketBase from 'pocketbase';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';

const SETUP = { email: 'setup@mamori.local', password: E2E_SETUP_PASSWORD };

export async function setClock(instant: Date | null): Promise<void> {
	const url = process.env.E2E_PB_URL;
	if (!url) throw new Error('E2E_PB_URL is not set (playwright.config.ts sets it)');
	const pb = new PocketBase(url);
	await pb.collection('_superusers').authWithPassword(SETUP.email, SETUP.password);
	await pb.send('/api/mamori/test/clock', { method: 'POST', body: { now: instant ? instant.toISOString() : null } });
}
