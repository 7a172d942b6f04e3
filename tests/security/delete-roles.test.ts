// Deleting evidence, an exercise or an incident is the security team's: an
// executive or an auditor who posts the delete form gets 403 with the
// sentence that says so (not a 404 as if the record were missing), and the
// record stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { fileEvidence } from '../integration/support/evidence';
import { incident } from '../integration/support/plans';
import { createWorld, type World } from '../integration/support/world';
import { messagesFor } from '$lib/i18n';
import { nextIp, web, webLogin } from './support/web';

const PASSWORD = 'world-password-123';

describe('deleting is the security team’s', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('answers 403 with "your role cannot delete this" to the executive and the auditor, and keeps the record', async () => {
		const evidence = (await fileEvidence(world)).evidence;
		const incidentId = await incident(world);
		const targets = [
			{ collection: 'evidence', id: evidence, path: `/orgs/${world.orgA}/evidence/${evidence}?/delete` },
			{ collection: 'incidents', id: incidentId, path: `/orgs/${world.orgA}/plans/incidents/${incidentId}?/delete` }
		];
		for (const actor of ['executive', 'auditor'] as const) {
			const cookie = await webLogin(world.users[actor].email, PASSWORD, nextIp());
			for (const target of targets) {
				const answer = await web(target.path, { method: 'POST', form: {}, cookie, ip: nextIp() });
				expect(answer.status, `${actor} ${target.collection}`).toBe(403);
				expect(answer.body).toContain(messagesFor('ja').common.deleteNoRole);
				expect((await world.superuser.collection(target.collection).getOne(target.id)).id).toBe(target.id);
			}
		}
	});
});
