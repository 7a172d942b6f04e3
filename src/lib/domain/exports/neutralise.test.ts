import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseText, restoreText, startsFormula } from './neutralise';

describe('formula neutralisation', () => {
	it.each([
		['=SUM(A1:A3)', "'=SUM(A1:A3)"],
		['+81 3 1234', "'+81 3 1234"],
		['-5', "'-5"],
		['@user', "'@user"],
		['\tindented', "'\tindented"],
		['\rline', "'\rline"],
		["'=already", "''=already"],
		["''@x", "'''@x"]
	])('prefixes %j with an apostrophe', (input, output) => {
		expect(neutraliseText(input)).toBe(output);
		expect(restoreText(output)).toBe(input);
	});

	it.each(['plain', '', "'quoted'", "'", '１２３', ' =leading space', 'a=b'])('leaves %j alone', (text) => {
		expect(neutraliseText(text)).toBe(text);
		expect(restoreText(text)).toBe(text);
	});

	const risky = fc.tuple(fc.constantFrom(...FORMULA_TRIGGERS, "'", 'a', 'あ'), fc.string()).map(([head, rest]) => head + rest);

	it('never leaves a cell that starts a formula', () => {
		fc.assert(fc.property(fc.oneof(fc.string(), risky), (text) => !startsFormula(neutraliseText(text))));
	});

	it('is reversed exactly by restoreText', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), risky, fc.string({ unit: 'grapheme' })), (text) => restoreText(neutraliseText(text)) === text)
		);
	});
});
