// What a person is told when the real PocketBase refuses a form: the field,
// the limit and what to do — never "you lack permission" for anything but a
// missing role. Drives the form-action helpers with each role's own client.
import { isActionFailure } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import { saveFromForm } from '$lib/server/crud';
import { saveAnswer } from '$lib/server/selfcheck/save-answer';
import { submitAssessment } from '$lib/server/selfcheck/workflow';
import { draftAssessment, submittedAssessment } from './support/selfcheck';
import { createWorld, type World } from './support/world';

const ja = messagesFor('ja');
const PERMISSION = /権限/;

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

type Failure = { status: number; data: { errors?: Record<string, string> } };
function failure(result: unknown): Failure {
	if (!isActionFailure(result)) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
	return result as unknown as Failure;
}

describe('PocketBase rejections shown to a person', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('a field limit names the field and the limit', async () => {
		// A deliberately loose schema, so that PocketBase is the one to refuse.
		const result = failure(
			await saveFromForm({
				pb: world.client('security'),
				collection: 'critical_services',
				schema: z.object({ name: z.string() }),
				form: form({ name: 'あ'.repeat(201) }),
				m: ja,
				formName: 'service-',
				organisation: world.orgA
			})
		);
		expect(result.status).toBe(400);
		expect(result.data.errors?.name).toMatch(/「名称」は200文字以内/);
		expect(result.data.errors?._form).not.toMatch(PERMISSION);
	});

	it('a create the rules refuse says the state or the role does not allow it', async () => {
		const result = failure(
			await saveFromForm({
				pb: world.client('auditor'),
				collection: 'critical_services',
				schema: z.object({ name: z.string() }),
				form: form({ name: 'ok' }),
				m: ja,
				formName: 'service-',
				organisation: world.orgA
			})
		);
		expect(result.status).toBe(400);
		expect(result.data.errors?._form).toBe(ja.rejections.createRefused);
	});

	it('an answer to a submitted self-check says it was submitted, not "no permission"', async () => {
		const assessment = await submittedAssessment(world);
		const result = failure(
			await saveAnswer({
				pb: world.client('security'),
				organisation: world.orgA,
				assessment: assessment.id,
				form: form({ checklist: assessment.checklist, item_id: 'S1-01', status: 'implemented' }),
				lang: 'ja',
				m: ja
			})
		);
		expect(result.data.errors?._form).toBe(ja.selfcheck.answer.notDraft(false));
	});

	it('an answer by an auditor says that only the security team saves answers', async () => {
		const assessment = await draftAssessment(world);
		const result = failure(
			await saveAnswer({
				pb: world.client('auditor'),
				organisation: world.orgA,
				assessment: assessment.id,
				form: form({ checklist: assessment.checklist, item_id: 'S1-01', status: 'implemented' }),
				lang: 'ja',
				m: ja
			})
		);
		expect(result.data.errors?._form).toBe(ja.selfcheck.answer.noRole);
	});

	it('a refused status change says what may be wrong and what to do', async () => {
		const assessment = await draftAssessment(world);
		const result = failure(await submitAssessment(world.client('auditor'), assessment.id, ja));
		expect(result.status).toBe(404);
		expect(result.data.errors?._form).toBe(ja.rejections.notFound);
	});
});
