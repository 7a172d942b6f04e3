import { describe, expect, it } from 'vitest';
import { readableHistory, type AuditEntry } from './history';

const entry = (e: Partial<AuditEntry>): AuditEntry => ({
	collection: 'risks',
	record_id: 'r1',
	action: 'update',
	actor_label: '守谷 翔太',
	created: '2026-12-01 10:00:00.000Z',
	changes: {},
	...e
});

describe('risk history', () => {
	it('lists changed fields newest first, formats values and leaves out bookkeeping', () => {
		const items = readableHistory(
			[
				entry({
					action: 'create',
					created: '2026-11-01 09:00:00.000Z',
					changes: {
						title: { before: null, after: '停電' },
						organisation: { before: null, after: 'o' },
						scenario: { before: null, after: '' }
					}
				}),
				entry({ changes: { current_likelihood: { before: 3, after: 2 }, updated: { before: 'a', after: 'b' } } }),
				entry({ created: '2026-12-02 10:00:00.000Z', changes: { updated: { before: 'a', after: 'b' } } })
			],
			(_c, field, v) => `${field}=${String(v)}`
		);
		expect(items.map((i) => [i.action, i.lines])).toEqual([
			['update', [{ field: 'current_likelihood', before: 'current_likelihood=3', after: 'current_likelihood=2' }]],
			['create', [{ field: 'title', before: '', after: 'title=停電' }]]
		]);
	});
});
