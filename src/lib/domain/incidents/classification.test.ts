import { describe, expect, it } from 'vitest';
import { classify, columnGroup, LIKELIHOODS, SITUATIONS } from './classification';

describe('incident classification (seed 004 別紙3)', () => {
	it('groups the likelihood columns as the matrix does', () => {
		expect(LIKELIHOODS.map(columnGroup)).toEqual(['system_failure', 'system_failure', 'warning_signs', 'warning_signs', 'attack']);
	});

	it('a failure with hardly any chance of an attack goes to the ministry as an accident report', () => {
		const c = classify('major_failure', 'hardly_possible');
		expect(c).toMatchObject({ operatorAction: 'accident_report', ministryAction: 'collect', consistent: true });
	});

	it('signs of an attack are contacted to the ministry, which warns others when in doubt', () => {
		expect(classify('precursor', 'possible_unclear')).toMatchObject({
			operatorAction: 'contact_ministry',
			ministryAction: 'collect_and_warn'
		});
		expect(classify('precursor', 'likely')).toMatchObject({ operatorAction: 'contact_ministry', ministryAction: 'tell_nisc_likely' });
	});

	it('a confirmed attack is reported on to NISC as an attack', () => {
		expect(classify('attack_confirmed', 'confirmed')).toMatchObject({
			group: 'attack',
			operatorAction: 'contact_ministry',
			ministryAction: 'tell_nisc_attack',
			consistent: true
		});
	});

	it('a failure caused by a known attack is consistent', () => {
		expect(classify('minor_failure', 'confirmed').consistent).toBe(true);
	});

	it('flags contradictory pairs', () => {
		expect(classify('attack_confirmed', 'likely').consistent).toBe(false);
		expect(classify('precursor', 'confirmed').consistent).toBe(false);
	});

	it('classifies every cell of the matrix', () => {
		for (const s of SITUATIONS) for (const l of LIKELIHOODS) expect(classify(s, l).situation).toBe(s);
	});
});
