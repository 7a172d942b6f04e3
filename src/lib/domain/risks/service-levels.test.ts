import { describe, expect, it } from 'vitest';
import { compareWithVerificationLevel, describeLevel, levelOf, type StructuredLevel } from './service-levels';

const level = (l: Partial<StructuredLevel>): StructuredLevel => ({
	quantity: null,
	unit: null,
	durationMinutes: null,
	population: null,
	...l
});

describe('service level against the verification level', () => {
	it('electricity: 100,000 kW for 10 minutes is within, a larger outage tolerated is looser', () => {
		expect(compareWithVerificationLevel(level({ quantity: 100_000, unit: 'kw', durationMinutes: 10 }), 'electricity')).toEqual({
			kind: 'within',
			missing: [],
			unitMismatch: false
		});
		expect(compareWithVerificationLevel(level({ quantity: 50_000, unit: 'kw', durationMinutes: 30 }), 'electricity')).toMatchObject({
			kind: 'looser',
			looser: ['duration']
		});
		expect(compareWithVerificationLevel(level({ quantity: 200_000, unit: 'kw', durationMinutes: 60 }), 'electricity')).toMatchObject({
			kind: 'looser',
			looser: ['quantity', 'duration']
		});
	});

	it('says what is missing and when a unit cannot be compared', () => {
		expect(compareWithVerificationLevel(level({ durationMinutes: 5 }), 'electricity')).toEqual({
			kind: 'within',
			missing: ['quantity'],
			unitMismatch: false
		});
		expect(compareWithVerificationLevel(level({ quantity: 5, unit: 'transactions', durationMinutes: 5 }), 'electricity')).toEqual({
			kind: 'within',
			missing: [],
			unitMismatch: true
		});
	});

	it('telecom compares users and duration; gas compares households', () => {
		expect(compareWithVerificationLevel(level({ population: 50_000, durationMinutes: 120 }), 'telecom')).toMatchObject({
			kind: 'looser',
			looser: ['population']
		});
		expect(compareWithVerificationLevel(level({ population: 30 }), 'gas').kind).toBe('within');
		expect(compareWithVerificationLevel(level({ population: 31 }), 'gas').kind).toBe('looser');
	});

	it('qualitative or absent verification levels cannot be compared; nothing stated is unset', () => {
		expect(compareWithVerificationLevel(level({ durationMinutes: 60 }), 'finance')).toEqual({ kind: 'none' });
		expect(compareWithVerificationLevel(level({ durationMinutes: 60 }), 'airports')).toEqual({ kind: 'none' });
		expect(compareWithVerificationLevel(level({}), 'electricity')).toEqual({ kind: 'unset' });
		expect(compareWithVerificationLevel(level({ durationMinutes: 1440 }), 'electricity', true)).toEqual({ kind: 'excluded' });
	});

	it('reads PocketBase zeros as not stated and describes a level in both languages', () => {
		const stored = levelOf({ sl_quantity: 100_000, sl_unit: 'kw', sl_duration_minutes: 120, sl_population: 0 });
		expect(stored).toEqual({ quantity: 100_000, unit: 'kw', durationMinutes: 120, population: null });
		expect(describeLevel(stored, 'ja')).toBe('100,000kW以上・2時間以上');
		expect(describeLevel(stored, 'en')).toBe('≥ 100,000 kW, ≥ 2 h');
		expect(levelOf({ sl_unit: 'parsec' }).unit).toBeNull();
	});
});
