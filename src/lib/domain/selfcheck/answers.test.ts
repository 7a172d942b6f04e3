import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { parseAnswer } from './answer-schema';
import {
	ANSWER_MESSAGES,
	ANSWER_STATUS_LABELS,
	ANSWER_STATUSES,
	JUSTIFICATION_MAX_CHARS,
	NOTES_MAX_CHARS,
	OWNER_MAX_CHARS,
	validateAnswer
} from './answers';

describe('answer statuses', () => {
	it('have ja and en labels', () => {
		expect(ANSWER_STATUSES.map((s) => ANSWER_STATUS_LABELS[s].ja)).toEqual(['実施', '代替策', '一部実施', '未実施', '対象外', '未回答']);
		for (const s of ANSWER_STATUSES) expect(ANSWER_STATUS_LABELS[s].en).not.toBe('');
	});
});

describe('parseAnswer (the server, zod)', () => {
	it('accepts a minimal answer and fills the defaults', () => {
		expect(parseAnswer({ status: 'implemented' })).toEqual({
			ok: true,
			answer: { status: 'implemented', justification: '', notes: '', owner: '', targetDate: null }
		});
	});

	it.each(['alternative', 'not_applicable'] as const)('requires a non-blank justification for %s', (status) => {
		const result = parseAnswer({ status, justification: '   ' });
		expect(result).toEqual({
			ok: false,
			issues: [{ field: 'justification', message: ANSWER_MESSAGES[`justification_${status}`] }]
		});
		expect(parseAnswer({ status, justification: ' 手順書で代替 ' })).toMatchObject({
			ok: true,
			answer: { justification: '手順書で代替' }
		});
	});

	it('does not require a justification for the other statuses', () => {
		for (const status of ['implemented', 'partial', 'not_implemented', 'unanswered']) {
			expect(parseAnswer({ status }).ok, status).toBe(true);
		}
	});

	it('keeps an ISO target date for partial and not_implemented', () => {
		expect(parseAnswer({ status: 'partial', targetDate: '2027-03-31' })).toMatchObject({
			ok: true,
			answer: { targetDate: '2027-03-31' }
		});
		expect(parseAnswer({ status: 'not_implemented', targetDate: '' })).toMatchObject({
			ok: true,
			answer: { targetDate: null }
		});
		expect(parseAnswer({ status: 'not_implemented', targetDate: null })).toMatchObject({ ok: true });
	});

	it('keeps the target date when the answer changes to one without a gap (partly → implemented and back loses nothing)', () => {
		for (const status of ['implemented', 'alternative', 'not_applicable', 'unanswered'] as const) {
			expect(parseAnswer({ status, justification: 'x', targetDate: '2027-03-31' }), status).toMatchObject({
				ok: true,
				answer: { targetDate: '2027-03-31' }
			});
		}
	});

	it('rejects a target date that is not an ISO date', () => {
		for (const targetDate of ['2027/03/31', '2027-02-30', 20270331]) {
			expect(parseAnswer({ status: 'partial', targetDate }), String(targetDate)).toEqual({
				ok: false,
				issues: [{ field: 'targetDate', message: ANSWER_MESSAGES.target_date }]
			});
		}
	});

	it('limits notes to 20,000 characters (counting characters, not UTF-16 units)', () => {
		expect(parseAnswer({ status: 'implemented', notes: '記'.repeat(NOTES_MAX_CHARS) }).ok).toBe(true);
		expect(parseAnswer({ status: 'implemented', notes: '🙂'.repeat(NOTES_MAX_CHARS) }).ok).toBe(true);
		expect(parseAnswer({ status: 'implemented', notes: 'a'.repeat(NOTES_MAX_CHARS + 1) })).toEqual({
			ok: false,
			issues: [{ field: 'notes', message: ANSWER_MESSAGES.notes_too_long }]
		});
	});

	it('limits a justification to the 5,000 characters the database stores (5,001 was accepted and then refused)', () => {
		expect(parseAnswer({ status: 'alternative', justification: '理'.repeat(5_000) }).ok).toBe(true);
		expect(parseAnswer({ status: 'alternative', justification: '理'.repeat(5_001) })).toEqual({
			ok: false,
			issues: [{ field: 'justification', message: ANSWER_MESSAGES.justification_too_long }]
		});
		expect(ANSWER_MESSAGES.justification_too_long.ja).toContain('5,000');
	});

	it('reports each bad field with its path and a bilingual message', () => {
		const result = parseAnswer({ status: 'done', owner: 5, extra: true });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{ field: 'status', message: ANSWER_MESSAGES.status },
			{ field: 'owner', message: ANSWER_MESSAGES.text },
			{ field: '', message: { ja: '想定していない項目です: extra', en: 'Unexpected field: extra' } }
		]);
		for (const issue of result.issues) {
			expect(issue.message.ja).not.toBe('');
			expect(issue.message.en).not.toBe('');
		}
	});

	it('rejects input that is not an object', () => {
		expect(parseAnswer(null)).toEqual({ ok: false, issues: [{ field: '', message: ANSWER_MESSAGES.invalid }] });
	});
});

describe('validateAnswer (the browser, without zod)', () => {
	const near = (max: number) => fc.oneof(fc.constant(max), fc.constant(max + 1), fc.integer({ min: 0, max: 3 }));
	const text = (max: number) =>
		fc.oneof(
			fc.string({ maxLength: 8 }),
			fc.constantFrom('', '   ', ' 理由 '),
			near(max).map((n) => '字'.repeat(n)),
			near(max).map((n) => '🙂'.repeat(n))
		);
	const formInput = fc.record({
		status: fc.oneof(fc.constantFrom(...ANSWER_STATUSES), fc.constantFrom('', 'done', 'Implemented')),
		justification: text(JUSTIFICATION_MAX_CHARS),
		notes: text(NOTES_MAX_CHARS),
		owner: text(OWNER_MAX_CHARS),
		targetDate: fc.oneof(
			fc.constantFrom(
				null,
				'',
				'2027-03-31',
				'2027-02-30',
				'2028-02-29',
				'2027-02-29',
				'2027/03/31',
				'0000-02-29',
				'2027-13-01',
				' 2027-03-31'
			),
			fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
			fc.string({ maxLength: 12 })
		)
	});

	it('gives the same verdict, answer and messages as the server for whatever the form can hold', () => {
		fc.assert(
			fc.property(formInput, (input) => {
				expect(validateAnswer(input)).toEqual(parseAnswer(input));
			}),
			{ numRuns: 2_000 }
		);
	});

	it('names the field and says what is wrong (the same messages as the server)', () => {
		expect(validateAnswer({ status: 'not_applicable', justification: ' ', notes: '', owner: '', targetDate: '2027-02-30' })).toEqual({
			ok: false,
			issues: [
				{ field: 'targetDate', message: ANSWER_MESSAGES.target_date },
				{ field: 'justification', message: ANSWER_MESSAGES.justification_not_applicable }
			]
		});
	});
});
