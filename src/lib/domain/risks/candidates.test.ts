import { describe, expect, it } from 'vitest';
import { candidateKey, openCandidates, proposeCandidates, type CandidateInput } from './candidates';
import type { Dependency } from './dependencies';
import { RISK_CATEGORIES, THREATS } from './threat-catalogue';

const dep = (d: Partial<Dependency> & { id: string; name: string }): Dependency => ({
	direction: 'upstream',
	category: 'power',
	sector: '',
	supplies: '',
	systems: [],
	services: [],
	...d
});

const input: CandidateInput = {
	services: [{ id: 'svc', name: '電力供給（送配電）' }],
	systems: [
		{ id: 'sub', name: '変電所監視制御システム', services: ['svc'], owner: '変電部' },
		{ id: 'web', name: '広報サイト', services: [], owner: '広報部' }
	],
	dependencies: [
		dep({ id: 'grid', name: '東都電力パワーグリッド', systems: ['sub'] }),
		dep({ id: 'line', name: '東和テレコム 専用線', category: 'telecom', systems: ['sub'] }),
		dep({ id: 'vendor', name: '日興電機製作所', category: 'supplier', systems: ['sub', 'web'] }),
		dep({ id: 'rail', name: '東都電鉄', direction: 'downstream', category: 'power', services: ['svc'] })
	]
};

describe('candidate risks', () => {
	const all = proposeCandidates(input);

	it('proposes power loss at the substation system from its power dependency', () => {
		const power = all.find((c) => c.key === candidateKey('power_loss', 'sub', 'grid'));
		expect(power).toMatchObject({
			category: 'spillover',
			systems: ['sub'],
			dependencies: ['grid'],
			services: ['svc'],
			owner: '変電部',
			title: { ja: '東都電力パワーグリッドの電力供給途絶による変電所監視制御システムの停止' }
		});
		expect(power?.scenario.ja).toContain('電力供給（送配電）の提供に支障が出る');
	});

	it('covers every system with the per-system threats and every dependency link with its own', () => {
		const keys = all.map((c) => c.key);
		for (const sys of ['sub', 'web'])
			for (const t of ['intrusion', 'misoperation', 'equipment', 'earthquake']) expect(keys).toContain(candidateKey(t, sys));
		expect(keys).toContain(candidateKey('telecom_loss', 'sub', 'line'));
		expect(keys).toContain(candidateKey('supplier_compromise', 'web', 'vendor'));
		expect(keys.filter((k) => k.includes('rail'))).toEqual([]);
		expect(new Set(keys).size).toBe(keys.length);
		expect(all.find((c) => c.key === candidateKey('intrusion', 'web'))?.scenario.ja).not.toMatch(/undefined|提供に支障/);
	});

	it('leaves out decided candidates', () => {
		const decided = [candidateKey('power_loss', 'sub', 'grid'), candidateKey('intrusion', 'web')];
		const open = openCandidates(all, decided);
		expect(open.length).toBe(all.length - 2);
		expect(open.some((c) => decided.includes(c.key))).toBe(false);
	});

	it('the catalogue has examples in all four categories of 別紙3 and supply chain', () => {
		for (const category of RISK_CATEGORIES)
			expect(
				THREATS.some((t) => t.category === category),
				category
			).toBe(true);
		expect(new Set(THREATS.map((t) => t.key)).size).toBe(THREATS.length);
	});
});
