// Demo for invitations: the demo admin has invited the internal-audit office's
// new auditor, who has not accepted yet, so the members page shows a pending
// invitation (its one-time link was shown to the admin once and is gone).
import PocketBase from 'pocketbase';
import { DEMO_PASSWORD } from './demo.js';

export async function demoInvitation({ url, orgId }) {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword('admin@demo.example', DEMO_PASSWORD);
	await pb.send(`/api/mamori/organisations/${orgId}/invitations`, {
		method: 'POST',
		body: { email: 'naibu-kansa@demo.example', role: 'auditors' }
	});
}
