import { describe, expect, it } from 'vitest';
import { plainText, type DataTableBlock } from '../model';
import { buildSelfCheckReport } from './build';
import { syntheticSnapshot } from './synthetic';

const OPTIONS = { reportId: 'MR-2026-RISKSAAA', snapshotSha256: 'f'.repeat(64) };
const text = (cell: DataTableBlock['rows'][number][number]) => (typeof cell === 'string' ? cell : plainText(cell.text));

describe('risks relying on self-check items', () => {
	it('lists each item the register relies on, with its answer and the risks', () => {
		const snap = syntheticSnapshot({ items: 20, sections: 2 });
		const item = snap.items[3];
		const model = buildSelfCheckReport(
			{ ...snap, relyingRisks: { [`${item.checklistId}:${item.itemId}`]: [{ ref: 'R-007', title: '系統設備データの詐取' }] } },
			OPTIONS
		);
		const table = model.sections.find((s) => s.id === 'risks')?.blocks.find((b): b is DataTableBlock => b.kind === 'table');
		expect(table?.rows.map((row) => row.map(text))).toEqual([
			[expect.stringContaining(item.itemId), expect.any(String), 'R-007 系統設備データの詐取']
		]);
	});

	it('says so when no risk relies on an item (older snapshots have no such field)', () => {
		const model = buildSelfCheckReport(syntheticSnapshot({ items: 5, sections: 1 }), OPTIONS);
		const table = model.sections.find((s) => s.id === 'risks')?.blocks.find((b): b is DataTableBlock => b.kind === 'table');
		expect(table?.rows).toEqual([]);
		expect(table?.emptyText).toContain('ありません');
	});
});
