/**
 * The interdependency view of the profile (static interdependency analysis,
 * BRIEF §8): which critical service runs on which important system, which
 * upstream operator or supplier each system depends on, and who depends on
 * our services. A table (one row per service → system → dependency path) and
 * a layered diagram layout. Pure.
 */
import type { Dependency } from './dependencies';

export interface ProfileGraphInput {
	services: { id: string; name: string }[];
	systems: { id: string; name: string; services: string[] }[];
	dependencies: Dependency[];
}

export interface PathRow {
	service: { id: string; name: string } | null;
	system: { id: string; name: string } | null;
	dependency: { id: string; name: string; category: Dependency['category'] } | null;
	/** What the dependency supplies. */
	supplies: string;
}

/**
 * Every path service → system → upstream dependency, plus dependencies that
 * feed a service directly, systems with no dependency and services with no
 * system (so that gaps show). Ordered by service, system, dependency name.
 */
export function pathRows(input: ProfileGraphInput): PathRow[] {
	const upstream = input.dependencies.filter((d) => d.direction === 'upstream');
	const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'ja');
	const services = [...input.services].sort(byName);
	const systems = [...input.systems].sort(byName);
	const rows: PathRow[] = [];
	const dep = (d: Dependency) => ({ dependency: { id: d.id, name: d.name, category: d.category }, supplies: d.supplies });
	const serviceIds = new Set(services.map((s) => s.id));
	for (const service of services) {
		const supporting = systems.filter((s) => s.services.includes(service.id));
		const direct = upstream.filter((d) => d.services.includes(service.id)).sort(byName);
		if (supporting.length === 0 && direct.length === 0) rows.push({ service, system: null, dependency: null, supplies: '' });
		for (const system of supporting) {
			const deps = upstream.filter((d) => d.systems.includes(system.id)).sort(byName);
			if (deps.length === 0) rows.push({ service, system, dependency: null, supplies: '' });
			for (const d of deps) rows.push({ service, system, ...dep(d) });
		}
		for (const d of direct) rows.push({ service, system: null, ...dep(d) });
	}
	for (const system of systems.filter((s) => !s.services.some((id) => serviceIds.has(id)))) {
		const deps = upstream.filter((d) => d.systems.includes(system.id)).sort(byName);
		if (deps.length === 0) rows.push({ service: null, system, dependency: null, supplies: '' });
		for (const d of deps) rows.push({ service: null, system, ...dep(d) });
	}
	const linked = new Set(rows.flatMap((r) => (r.dependency ? [r.dependency.id] : [])));
	for (const d of upstream.filter((d) => !linked.has(d.id)).sort(byName)) rows.push({ service: null, system: null, ...dep(d) });
	return rows;
}

/** For each upstream dependency: the critical services that would be hit if it failed (through systems or directly). */
export function affectedServices(input: ProfileGraphInput): Map<string, string[]> {
	const systemServices = new Map(input.systems.map((s) => [s.id, s.services]));
	const known = new Set(input.services.map((s) => s.id));
	const out = new Map<string, string[]>();
	for (const d of input.dependencies) {
		if (d.direction !== 'upstream') continue;
		const hit = new Set<string>(d.services);
		for (const system of d.systems) for (const service of systemServices.get(system) ?? []) hit.add(service);
		out.set(
			d.id,
			[...hit].filter((id) => known.has(id))
		);
	}
	return out;
}

export type Column = 'dependents' | 'services' | 'systems' | 'dependencies';
export const COLUMNS: readonly Column[] = ['dependents', 'services', 'systems', 'dependencies'];

export interface DiagramNode {
	id: string;
	column: Column;
	label: string;
	x: number;
	y: number;
}

export interface DiagramEdge {
	from: string;
	to: string;
}

export interface Diagram {
	width: number;
	height: number;
	nodeWidth: number;
	nodeHeight: number;
	columnX: Record<Column, number>;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

export const DIAGRAM = { nodeWidth: 170, nodeHeight: 34, gapY: 14, gapX: 60, top: 36, left: 10 } as const;

/**
 * Layered layout, left to right: who depends on us → our critical services →
 * important systems → upstream dependencies. Within a column, nodes follow
 * the mean position of their neighbours in the column before (fewer
 * crossings). Edges go from left to right.
 */
export function layoutDiagram(input: ProfileGraphInput): Diagram {
	const { nodeWidth, nodeHeight, gapY, gapX, top, left } = DIAGRAM;
	const edges: DiagramEdge[] = [];
	const serviceIds = new Set(input.services.map((s) => s.id));
	const systemIds = new Set(input.systems.map((s) => s.id));
	const dependents = input.dependencies.filter((d) => d.direction === 'downstream');
	const upstream = input.dependencies.filter((d) => d.direction === 'upstream');
	for (const d of dependents) for (const s of d.services) if (serviceIds.has(s)) edges.push({ from: d.id, to: s });
	for (const sys of input.systems) for (const s of sys.services) if (serviceIds.has(s)) edges.push({ from: s, to: sys.id });
	for (const d of upstream) {
		for (const sys of d.systems) if (systemIds.has(sys)) edges.push({ from: sys, to: d.id });
		for (const s of d.services) if (serviceIds.has(s)) edges.push({ from: s, to: d.id });
	}
	const order = new Map<string, number>();
	const place = (column: Column, items: { id: string; name: string }[]): DiagramNode[] => {
		const score = (id: string) => {
			const near = edges.filter((e) => e.to === id && order.has(e.from)).map((e) => order.get(e.from) ?? 0);
			return near.length ? near.reduce((a, b) => a + b, 0) / near.length : Number.POSITIVE_INFINITY;
		};
		const sorted =
			column === 'dependents'
				? [...items].sort((a, b) => a.name.localeCompare(b.name, 'ja'))
				: [...items].sort((a, b) => score(a.id) - score(b.id) || a.name.localeCompare(b.name, 'ja'));
		return sorted.map((item, i) => {
			order.set(item.id, i);
			return { id: item.id, column, label: item.name, x: 0, y: top + i * (nodeHeight + gapY) };
		});
	};
	// Services are ordered by name first so that the dependents column can follow them.
	const servicesByName = [...input.services].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
	servicesByName.forEach((s, i) => order.set(s.id, i));
	const columns: Record<Column, DiagramNode[]> = {
		dependents: [],
		services: [],
		systems: [],
		dependencies: []
	};
	columns.dependents = place('dependents', dependents);
	columns.services = servicesByName.map((s, i) => ({
		id: s.id,
		column: 'services',
		label: s.name,
		x: 0,
		y: top + i * (nodeHeight + gapY)
	}));
	columns.systems = place('systems', input.systems);
	columns.dependencies = place('dependencies', upstream);
	const columnX = {} as Record<Column, number>;
	COLUMNS.forEach((c, i) => (columnX[c] = left + i * (nodeWidth + gapX)));
	const nodes = COLUMNS.flatMap((c) => columns[c].map((n) => ({ ...n, x: columnX[c] })));
	const rows = Math.max(1, ...COLUMNS.map((c) => columns[c].length));
	return {
		width: left * 2 + COLUMNS.length * nodeWidth + (COLUMNS.length - 1) * gapX,
		height: top + rows * (nodeHeight + gapY),
		nodeWidth,
		nodeHeight,
		columnX,
		nodes,
		edges
	};
}

/** A label cut to fit a node (about `max` display columns; CJK characters count double). */
export function fitLabel(label: string, max = 24): string {
	let width = 0;
	let out = '';
	for (const ch of label) {
		const w = (ch.codePointAt(0) ?? 0) <= 0xff ? 1 : 2;
		if (width + w > max) return `${out}…`;
		width += w;
		out += ch;
	}
	return out;
}
