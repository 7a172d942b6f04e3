import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { explainRejection, rejectionErrors } from './rejections';

/** A rejection as the SDK gives it; the bodies below are what PocketBase 0.40.4 answered. */
function pbError(status: number, response: Record<string, unknown> = {}): ClientResponseError {
	return new ClientResponseError({ url: 'http://127.0.0.1/api/x', status, response });
}

const field = (name: string, code: string, message: string, params?: Record<string, unknown>) =>
	pbError(400, { status: 400, message: 'Failed to create record.', data: { [name]: { code, message, ...(params ? { params } : {}) } } });

const ja = messagesFor('ja');
const en = messagesFor('en');
const PERMISSION = /権限|permission/i;

describe('explainRejection', () => {
	const cases: { name: string; error: ClientResponseError; ja: RegExp; en: RegExp; status: number; field?: string }[] = [
		{
			name: 'text too long',
			error: field('name', 'validation_max_text_constraint', 'Must be no more than 200 character(s).', { max: 200 }),
			ja: /「名称」は200文字以内/,
			en: /“Name” can be at most 200 characters/,
			status: 400,
			field: 'name'
		},
		{
			name: 'select value',
			error: field('sector', 'validation_invalid_value', 'Invalid value zzz.', { value: 'zzz' }),
			ja: /「分野」は選択肢の中から/,
			en: /Choose “Sector” from the options/,
			status: 400,
			field: 'sector'
		},
		{
			name: 'number bound',
			error: field('fy_start_month', 'validation_max_number_constraint', 'Must be less or equal than 12.', { max: 12 }),
			ja: /「年度の開始月」は12以下/,
			en: /no greater than 12/,
			status: 400,
			field: 'fy_start_month'
		},
		{
			name: 'audit trail size limit (a 2 MB+ import)',
			error: pbError(400, {
				status: 400,
				message: 'Something went wrong while processing your request.',
				data: {
					changes: {
						code: 'validation_json_size_limit',
						message: 'The maximum allowed JSON size is 2000000 bytes.',
						params: { maxSize: 2000000 }
					}
				}
			}),
			ja: /「監査証跡の変更記録」が大きすぎます（上限 2 MB（2,000,000 バイト））/,
			en: /“Audit-trail record of the change” is too large \(limit 2 MB \(2,000,000 bytes\)\)/,
			status: 400,
			field: 'changes'
		},
		{
			name: 'file size limit',
			error: field('file', 'validation_file_size_limit', 'File too large.', { maxSize: 5_242_880 }),
			ja: /「ファイル」が大きすぎます（上限 5.2 MB（5,242,880 バイト））/,
			en: /“File” is too large \(limit 5.2 MB/,
			status: 400,
			field: 'file'
		},
		{
			name: 'mime type',
			error: field('file', 'validation_invalid_mime_type', 'Bad type.', { file: 'x.txt', types: 'application/pdf' }),
			ja: /この種類のファイルを受け付けません（使える種類: application\/pdf）/,
			en: /accepted: application\/pdf/,
			status: 400,
			field: 'file'
		},
		{
			name: 'length range',
			error: field('body', 'validation_length_out_of_range', 'The length must be between 1 and 10000.', { min: 1, max: 10000 }),
			ja: /「コメント」は1〜10,000文字/,
			en: /“Comment” must be 1 to 10,000 characters/,
			status: 400,
			field: 'body'
		},
		{
			name: 'hook validation code of our own',
			error: field('fiscal_year', 'invalid', 'Enter a fiscal year from 2000 to 2100.'),
			ja: /「年度」の値は受け付けられませんでした（理由: Enter a fiscal year from 2000 to 2100.）/,
			en: /“Fiscal year” was not accepted \(reason: Enter a fiscal year from 2000 to 2100.\)/,
			status: 400,
			field: 'fiscal_year'
		},
		{
			name: 'bare 400 from a hook',
			error: pbError(400, { status: 400, message: 'A signed self-check is locked.', data: {} }),
			ja: /受け付けませんでした（理由: A signed self-check is locked.）/,
			en: /did not accept this change \(reason: A signed self-check is locked.\)/,
			status: 400
		},
		{
			name: 'create refused by a rule',
			error: pbError(400, { status: 400, message: 'Failed to create record.', data: {} }),
			ja: /現在の状態またはあなたの役割では/,
			en: /current state or with your role/,
			status: 400
		},
		{
			name: 'forbidden',
			error: pbError(403, { message: 'Only superusers can perform this action.' }),
			ja: /役割/,
			en: /role/,
			status: 403
		},
		{
			name: 'not found',
			error: pbError(404, { message: "The requested resource wasn't found." }),
			ja: /見つからない/,
			en: /Not found/,
			status: 404
		},
		{ name: 'conflict', error: pbError(409, { message: 'Someone else saved.' }), ja: /同時に/, en: /at the same time/, status: 409 },
		{ name: 'request too large', error: pbError(413, {}), ja: /大きすぎて/, en: /larger than the database accepts/, status: 413 },
		{ name: 'rate limit', error: pbError(429, {}), ja: /1分ほど待って/, en: /Wait a minute/, status: 429 },
		{ name: 'server error', error: pbError(500, {}), ja: /HTTP 500/, en: /HTTP 500/, status: 502 },
		{ name: 'unreachable', error: pbError(0, {}), ja: /接続できません/, en: /Cannot reach/, status: 503 }
	];

	for (const c of cases) {
		it(`${c.name}: says what and where, in both languages`, () => {
			const inJa = explainRejection(c.error, ja);
			const inEn = explainRejection(c.error, en);
			expect(inJa.status).toBe(c.status);
			expect(inJa.summary).toMatch(c.ja);
			expect(inEn.summary).toMatch(c.en);
			if (c.field) {
				expect(inJa.fields[c.field]).toMatch(c.ja);
				expect(inEn.fields[c.field]).toMatch(c.en);
			}
			if (c.status !== 403) {
				expect(inJa.summary).not.toMatch(PERMISSION);
				expect(inEn.summary).not.toMatch(PERMISSION);
			}
		});
	}

	it('never shows PocketBase’s raw English field message for a known code', () => {
		const result = explainRejection(
			field('name', 'validation_max_text_constraint', 'Must be no more than 200 character(s).', { max: 200 }),
			ja
		);
		expect(result.summary).not.toContain('Must be no more');
	});

	it('keeps a message by each field and the whole story in _form', () => {
		const errors = rejectionErrors(
			explainRejection(
				pbError(400, {
					data: {
						name: { code: 'validation_required', message: 'Cannot be blank.' },
						owner: { code: 'validation_max_text_constraint', message: 'x', params: { max: 200 } }
					}
				}),
				ja
			)
		);
		expect(errors.name).toBe('「名称」を入力してください。');
		expect(errors.owner).toMatch(/「担当者」は200文字以内/);
		expect(errors._form).toContain(errors.name);
		expect(errors._form).toContain(errors.owner);
	});

	it('ignores malformed error data instead of crashing', () => {
		const odd = pbError(400, { message: 'odd', data: { a: null, b: 'text', c: { code: 5 } } });
		expect(explainRejection(odd, en).summary).toMatch(/reason: odd/);
		expect(explainRejection(pbError(400, { data: 'nonsense' }), en).status).toBe(400);
	});
});
