// Large legitimate changes stay auditable: the full NIST SP 800-53 rev. 5
// catalog (tests/fixtures/nist, a checklist of about 2.1 MB once imported)
// imports through the form action, and its audit entry holds the content's
// SHA-256, size and shape instead of the content. Saves that change nothing
// write no audit entry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { saveAnswer } from '$lib/server/selfcheck/save-answer';
import { importChecklist } from '$lib/server/selfcheck/import';
import { draftAssessment } from './support/selfcheck';
import { createWorld, type World } from './support/world';

const NIST = new URL('../fixtures/nist/NIST_SP-800-53_rev5_catalog.json', import.meta.url);
const ja = messagesFor('ja');

interface Entry {
	action: string;
	changes: Record<string, { before: unknown; after: unknown }>;
}

async function entries(world: World, collection: string, id: string): Promise<Entry[]> {
	return world.superuser.collection('audit_log').getFullList<Entry>({
		filter: world.superuser.filter('collection = {:c} && record_id = {:r}', { c: collection, r: id }),
		sort: 'created'
	});
}

function importForm(file: File, id: string): FormData {
	const form = new FormData();
	form.set('file', file);
	form.set('checklist_id', id);
	form.set('classification', 'enhancements-reference');
	form.set('prose_lang', 'en');
	form.set('stage', 'treatment');
	form.append('threats', 'intentional');
	form.append('operator_classes', 'leading');
	form.append('operator_classes', 'other');
	return form;
}

describe('audit trail of large and empty changes', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('imports the full NIST SP 800-53 rev. 5 catalog and audits its content by SHA-256', async () => {
		const bytes = readFileSync(NIST);
		const file = new File([bytes], 'NIST_SP-800-53_rev5_catalog.json', { type: 'application/json' });
		const result = await importChecklist({ pb: world.client('security'), orgId: world.orgA, form: importForm(file, 'nist-800-53'), m: ja });
		if (!('imported' in result)) throw new Error(`import refused: ${JSON.stringify(result.data)}`);
		expect(result.imported.items).toBe(1007);

		const record = await world.superuser.collection('checklists').getOne<{ content: unknown }>(result.imported.id);
		const json = JSON.stringify(record.content);
		expect(Buffer.byteLength(json)).toBeGreaterThan(2_000_000);
		const [entry] = await entries(world, 'checklists', result.imported.id);
		expect(entry.action).toBe('create');
		expect(entry.changes.content.before).toBeNull();
		expect(entry.changes.content.after).toEqual({
			$large: {
				sha256: createHash('sha256').update(json, 'utf8').digest('hex'),
				bytes: Buffer.byteLength(json),
				shape: expect.objectContaining({ type: 'object' })
			}
		});
		expect(entry.changes.checklist_id).toEqual({ before: null, after: 'nist-800-53' });
		expect(JSON.stringify(entry.changes).length).toBeLessThan(100_000);
	}, 120_000);

	it('writes no entry for an organisation saved without changes', async () => {
		const admin = world.client('admin');
		const org = await admin.collection('organisations').getOne<{ name: string }>(world.orgA);
		const before = (await entries(world, 'organisations', world.orgA)).length;
		await admin.collection('organisations').update(world.orgA, { name: org.name });
		expect((await entries(world, 'organisations', world.orgA)).length).toBe(before);
		await admin.collection('organisations').update(world.orgA, { name: `${org.name}（改）` });
		expect((await entries(world, 'organisations', world.orgA)).length).toBe(before + 1);
	});

	it('writes no entry when an answer is saved again unchanged (only its version moves)', async () => {
		const assessment = await draftAssessment(world);
		const save = async (fields: Record<string, string>) => {
			const form = new FormData();
			for (const [k, v] of Object.entries({ checklist: assessment.checklist, item_id: 'S1-01', ...fields })) form.set(k, v);
			const result = await saveAnswer({
				pb: world.client('security'),
				organisation: world.orgA,
				assessment: assessment.id,
				form,
				lang: 'ja',
				m: ja
			});
			if (!('answer' in result)) throw new Error(JSON.stringify(result));
			return result.answer;
		};
		const first = await save({ status: 'implemented', notes: 'メモ' });
		const again = await save({ id: first.id, expected_version: String(first.version), status: 'implemented', notes: 'メモ' });
		expect(again.version).toBe(first.version + 1);
		expect((await entries(world, 'answers', first.id)).map((e) => e.action)).toEqual(['create']);
		await save({ id: first.id, expected_version: String(again.version), status: 'partial', notes: 'メモ' });
		expect((await entries(world, 'answers', first.id)).map((e) => e.action)).toEqual(['create', 'update']);
	});
});
