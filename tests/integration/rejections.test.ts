// What a person is told when the real PocketBase refuses a form: the field,
// the limit and what to do — never "you lack permission" for anything but a
// missing role. Drives the form-action helpers with each role's own client.
import { isActionFailure } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import { saveFromForm } from '$lib/server/crud';
import { importChecklist } from '$lib/server/selfcheck/import';
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

type Failure = {
	status: number;
	data: { errors?: Record<string, string>; problems?: { field?: string; message: string }[]; values?: Record<string, unknown> };
};
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

	it('an import nested 1,000 levels deep says so and keeps what was typed (it was an HTTP 500)', async () => {
		let group: Record<string, unknown> = { id: 'g', title: 'G', controls: [{ id: 'ac-1', title: 'x' }] };
		for (let i = 0; i < 1000; i++) group = { id: `g${i}`, title: 'G', groups: [group] };
		const json = JSON.stringify({ catalog: { uuid: 'u', metadata: { title: 't', version: '1' }, groups: [group] } });
		const data = form({ checklist_id: 'deep-one', classification: 'all-consider', prose_lang: 'en', stage: 'treatment', title_ja: '深い' });
		data.set('file', new File([json], 'deep.json', { type: 'application/json' }));
		data.append('threats', 'intentional');
		data.append('operator_classes', 'leading');
		const result = failure(await importChecklist({ pb: world.client('security'), orgId: world.orgA, form: data, m: ja }));
		expect(result.status).toBe(400);
		expect(result.data.problems).toEqual([{ field: 'file', message: ja.selfcheck.checklists.tooDeep(64, 1) }]);
		expect(result.data.values).toMatchObject({ checklist_id: 'deep-one', title_ja: '深い', threats: ['intentional'] });
	});
});
