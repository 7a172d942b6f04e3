import { describe, expect, it } from 'vitest';
import { TARGET_TYPES, TARGETS } from '$lib/domain/evidence/targets';
import { DESCRIBERS } from './targets';

describe('link target registry', () => {
	it('has a describer for every registered type and no other', () => {
		expect(Object.keys(DESCRIBERS).sort()).toEqual([...TARGET_TYPES].sort());
	});

	it('names each type in both languages and says what it takes', () => {
		for (const [type, spec] of Object.entries(TARGETS)) {
			expect(spec.label.ja, type).toBeTruthy();
			expect(spec.label.en, type).toBeTruthy();
			expect(spec.links || spec.findings, type).toBe(true);
		}
	});
});
