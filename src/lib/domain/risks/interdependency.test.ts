import { describe, expect, it } from 'vitest';
import type { Dependency } from './dependencies';
import { affectedServices, fitLabel, layoutDiagram, pathRows, type ProfileGraphInput } from './interdependency';

const dep = (d: Partial<Dependency> & { id: string; name: string }): Dependency => ({
	direction: 'upstream',
	category: 'telecom',
	sector: '',
	supplies: '',
	systems: [],
	services: [],
	...d
});

const input: ProfileGraphInput = {
	services: [
		{ id: 'svc-power', name: '電力供給' },
		{ id: 'svc-wheel', name: '託送' },
		{ id: 'svc-lonely', name: '広報' }
	],
	systems: [
		{ id: 'sys-ems', name: 'EMS', services: ['svc-power'] },
		{ id: 'sys-mdms', name: 'MDMS', services: ['svc-power', 'svc-wheel'] },
		{ id: 'sys-spare', name: '予備系', services: [] }
	],
	dependencies: [
		dep({ id: 'd-line', name: '専用線', systems: ['sys-ems'], supplies: '専用線' }),
		dep({ id: 'd-cloud', name: 'クラウド', category: 'cloud', systems: ['sys-mdms'] }),
		dep({ id: 'd-fuel', name: '燃料', category: 'fuel', services: ['svc-power'] }),
		dep({ id: 'd-unused', name: '未使用', category: 'other' }),
		dep({ id: 'd-rail', name: '鉄道', direction: 'downstream', category: 'power', services: ['svc-power'] })
	]
};

describe('interdependency table', () => {
	it('lists every service → system → dependency path and shows the gaps', () => {
		const rows = pathRows(input).map((r) => [r.service?.id ?? '-', r.system?.id ?? '-', r.dependency?.id ?? '-']);
		expect(rows).toEqual([
			// services in Japanese collation order: 広報, 託送, 電力供給
			['svc-lonely', '-', '-'],
			['svc-wheel', 'sys-mdms', 'd-cloud'],
			['svc-power', 'sys-ems', 'd-line'],
			['svc-power', 'sys-mdms', 'd-cloud'],
			['svc-power', '-', 'd-fuel'],
			['-', 'sys-spare', '-'],
			['-', '-', 'd-unused']
		]);
	});

	it('counts the services a dependency failure would hit, through systems and directly', () => {
		const hit = affectedServices(input);
		expect(hit.get('d-cloud')?.sort()).toEqual(['svc-power', 'svc-wheel']);
		expect(hit.get('d-fuel')).toEqual(['svc-power']);
		expect(hit.get('d-unused')).toEqual([]);
		expect(hit.has('d-rail')).toBe(false);
	});
});

describe('interdependency diagram', () => {
	const d = layoutDiagram(input);

	it('places each node once in its column, left to right, without overlaps', () => {
		const columns = Object.fromEntries(
			['dependents', 'services', 'systems', 'dependencies'].map((c) => [c, d.nodes.filter((n) => n.column === c).length])
		);
		expect(columns).toEqual({ dependents: 1, services: 3, systems: 3, dependencies: 4 });
		for (const a of d.nodes) {
			for (const b of d.nodes) {
				if (a === b || a.x !== b.x) continue;
				expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(d.nodeHeight);
			}
			expect(a.x + d.nodeWidth).toBeLessThanOrEqual(d.width);
			expect(a.y + d.nodeHeight).toBeLessThanOrEqual(d.height);
		}
	});

	it('draws edges only between known nodes, always from left to right', () => {
		const x = new Map(d.nodes.map((n) => [n.id, n.x]));
		expect(d.edges).toContainEqual({ from: 'd-rail', to: 'svc-power' });
		expect(d.edges).toContainEqual({ from: 'svc-power', to: 'd-fuel' });
		for (const e of d.edges) expect(x.get(e.from) ?? Infinity).toBeLessThan(x.get(e.to) ?? -Infinity);
	});

	it('cuts long labels by display width', () => {
		expect(fitLabel('系統制御システム（EMS/SCADA）と配電', 12)).toBe('系統制御シス…');
		expect(fitLabel('EMS')).toBe('EMS');
	});
});
