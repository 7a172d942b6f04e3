import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './index';
import { AUDIT_COLLECTIONS } from './messages/audit-collections';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

describe('audit trail labels', () => {
	it('names every audited collection in both languages', () => {
		for (const lang of ['ja', 'en'] as const) {
			expect(Object.keys(messagesFor(lang).audit.collections).sort()).toEqual([...AUDITED].sort());
		}
	});

	it('describes every audited collection: what its records are called, and its fields in both languages', () => {
		for (const name of AUDITED) {
			const description = AUDIT_COLLECTIONS[name];
			expect(description.label, `${name} needs a label function`).toBeTypeOf('function');
			for (const [field, f] of Object.entries(description.fields)) {
				expect(f.label.ja.trim() && f.label.en.trim(), `${name}.${field}`).toBeTruthy();
			}
		}
	});
});
