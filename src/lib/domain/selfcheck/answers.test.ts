import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES, ANSWER_STATUS_LABELS, ANSWER_STATUSES, NOTES_MAX_CHARS, validateAnswer } from './answers';

describe('answer statuses', () => {
	it('have ja and en labels', () => {
		expect(ANSWER_STATUSES.map((s) => ANSWER_STATUS_LABELS[s].ja)).toEqual(['実施', '代替策', '一部実施', '未実施', '対象外', '未回答']);
		for (const s of ANSWER_STATUSES) expect(ANSWER_STATUS_LABELS[s].en).not.toBe('');
	});
});

describe('validateAnswer', () => {
	it('accepts a minimal answer and fills the defaults', () => {
		expect(validateAnswer({ status: 'implemented' })).toEqual({
			ok: true,
			answer: { status: 'implemented', justification: '', notes: '', owner: '', targetDate: null }
		});
	});

	it.each(['alternative', 'not_applicable'] as const)('requires a non-blank justification for %s', (status) => {
		const result = validateAnswer({ status, justification: '   ' });
		expect(result).toEqual({
			ok: false,
			issues: [{ field: 'justification', message: ANSWER_MESSAGES[`justification_${status}`] }]
		});
		expect(validateAnswer({ status, justification: ' 手順書で代替 ' })).toMatchObject({
			ok: true,
			answer: { justification: '手順書で代替' }
		});
	});

	it('does not require a justification for the other statuses', () => {
		for (const status of ['implemented', 'partial', 'not_implemented', 'unanswered']) {
			expect(validateAnswer({ status }).ok, status).toBe(true);
		}
	});

	it('keeps an ISO target date for partial and not_implemented', () => {
		expect(validateAnswer({ status: 'partial', targetDate: '2027-03-31' })).toMatchObject({
			ok: true,
			answer: { targetDate: '2027-03-31' }
		});
		expect(validateAnswer({ status: 'not_implemented', targetDate: '' })).toMatchObject({
			ok: true,
			answer: { targetDate: null }
		});
		expect(validateAnswer({ status: 'not_implemented', targetDate: null })).toMatchObject({ ok: true });
	});

	it('keeps the target date when the answer changes to one without a gap (partly → implemented and back loses nothing)', () => {
		for (const status of ['implemented', 'alternative', 'not_applicable', 'unanswered'] as const) {
			expect(validateAnswer({ status, justification: 'x', targetDate: '2027-03-31' }), status).toMatchObject({
				ok: true,
				answer: { targetDate: '2027-03-31' }
			});
		}
	});

	it('rejects a target date that is not an ISO date', () => {
		for (const targetDate of ['2027/03/31', '2027-02-30', 20270331]) {
			expect(validateAnswer({ status: 'partial', targetDate }), String(targetDate)).toEqual({
				ok: false,
				issues: [{ field: 'targetDate', message: ANSWER_MESSAGES.target_date }]
			});
		}
	});

	it('limits notes to 20,000 characters (counting characters, not UTF-16 units)', () => {
		expect(validateAnswer({ status: 'implemented', notes: '記'.repeat(NOTES_MAX_CHARS) }).ok).toBe(true);
		expect(validateAnswer({ status: 'implemented', notes: '🙂'.repeat(NOTES_MAX_CHARS) }).ok).toBe(true);
		expect(validateAnswer({ status: 'implemented', notes: 'a'.repeat(NOTES_MAX_CHARS + 1) })).toEqual({
			ok: false,
			issues: [{ field: 'notes', message: ANSWER_MESSAGES.notes_too_long }]
		});
	});

	it('limits a justification to the 5,000 characters the database stores (5,001 was accepted and then refused)', () => {
		expect(validateAnswer({ status: 'alternative', justification: '理'.repeat(5_000) }).ok).toBe(true);
		expect(validateAnswer({ status: 'alternative', justification: '理'.repeat(5_001) })).toEqual({
			ok: false,
			issues: [{ field: 'justification', message: ANSWER_MESSAGES.justification_too_long }]
		});
		expect(ANSWER_MESSAGES.justification_too_long.ja).toContain('5,000');
	});

	it('reports each bad field with its path and a bilingual message', () => {
		const result = validateAnswer({ status: 'done', owner: 5, extra: true });
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
		expect(validateAnswer(null)).toEqual({ ok: false, issues: [{ field: '', message: ANSWER_MESSAGES.invalid }] });
	});
});
