/** Grouping the (filtered) items of the answering page by section. Pure. */

export interface Group<T> {
	sectionKey: string;
	items: T[];
}

/** Consecutive items of the same section form one group; the order is kept. */
export function groupBySection<T extends { sectionKey: string }>(items: readonly T[]): Group<T>[] {
	const groups: Group<T>[] = [];
	for (const item of items) {
		const last = groups.at(-1);
		if (last && last.sectionKey === item.sectionKey) last.items.push(item);
		else groups.push({ sectionKey: item.sectionKey, items: [item] });
	}
	return groups;
}
