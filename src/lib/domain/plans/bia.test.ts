import { describe, expect, it } from 'vitest';
import { VERIFICATION_THRESHOLDS } from '../risks/service-levels';
import { biaFlagText, checkBiaEntry, type BiaEntry } from './bia';

const entry = (over: Partial<BiaEntry> = {}): BiaEntry => ({
	serviceId: 'svc000000000001',
	serviceName: '電力供給（送配電）',
	mtpdMinutes: 60,
	rtoMinutes: 30,
	rpoMinutes: 5,
	minimumServiceLevel: '基幹系統の監視と遠隔操作',
	notes: '',
	...over
});

describe('checkBiaEntry', () => {
	it('passes a row whose RTO fits every limit', () => {
		expect(checkBiaEntry(entry({ rtoMinutes: 10 }), { serviceLevelMinutes: 10, verificationMinutes: 10 })).toEqual({
			flags: [],
			missing: []
		});
	});

	it('flags an RTO above the MTPD with both numbers', () => {
		const check = checkBiaEntry(entry({ rtoMinutes: 240, mtpdMinutes: 120 }), { serviceLevelMinutes: null, verificationMinutes: null });
		expect(check.flags).toEqual([{ kind: 'rto_above_mtpd', rto: 240, limit: 120 }]);
		expect(biaFlagText(check.flags[0], 'ja')).toBe('RTO（4時間）が最大許容停止時間 MTPD（2時間）を超えています。');
		expect(biaFlagText(check.flags[0], 'en')).toBe('The RTO (4 h) is longer than the MTPD (2 h).');
	});

	it('flags an RTO longer than the electric-power verification level allows (10 minutes)', () => {
		const limit = VERIFICATION_THRESHOLDS.electricity?.durationMinutes ?? null;
		expect(limit).toBe(10);
		const check = checkBiaEntry(entry({ rtoMinutes: 30 }), { serviceLevelMinutes: null, verificationMinutes: limit });
		expect(check.flags).toEqual([{ kind: 'rto_above_verification', rto: 30, limit: 10 }]);
		expect(biaFlagText(check.flags[0], 'ja')).toContain('30分');
		expect(biaFlagText(check.flags[0], 'ja')).toContain('10分');
	});

	it('flags an RTO above the outage the service level tolerates', () => {
		const check = checkBiaEntry(entry({ rtoMinutes: 1500, mtpdMinutes: 2880 }), { serviceLevelMinutes: 1440, verificationMinutes: null });
		expect(check.flags).toEqual([{ kind: 'rto_above_service_level', rto: 1500, limit: 1440 }]);
		expect(biaFlagText(check.flags[0], 'en')).toBe('The RTO (1 d 1 h) is longer than the outage the service level tolerates (1 d).');
	});

	it('an RTO equal to a limit is within it', () => {
		expect(checkBiaEntry(entry({ rtoMinutes: 60, mtpdMinutes: 60 }), { serviceLevelMinutes: 60, verificationMinutes: 60 }).flags).toEqual(
			[]
		);
	});

	it('reports every flag at once', () => {
		const check = checkBiaEntry(entry({ rtoMinutes: 300, mtpdMinutes: 120 }), { serviceLevelMinutes: 60, verificationMinutes: 10 });
		expect(check.flags.map((f) => f.kind)).toEqual(['rto_above_mtpd', 'rto_above_service_level', 'rto_above_verification']);
	});

	it('lists missing values and raises no flag without an RTO', () => {
		const check = checkBiaEntry(entry({ rtoMinutes: null, rpoMinutes: null, mtpdMinutes: null, minimumServiceLevel: ' ' }), {
			serviceLevelMinutes: 10,
			verificationMinutes: 10
		});
		expect(check).toEqual({ flags: [], missing: ['mtpd', 'rto', 'rpo', 'minimum_service_level'] });
	});
});
