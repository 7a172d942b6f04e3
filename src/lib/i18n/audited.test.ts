import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './index';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

describe('audit trail labels', () => {
	it('names every audited collection in both languages', () => {
		for (const lang of ['ja', 'en'] as const) {
			expect(Object.keys(messagesFor(lang).audit.collections).sort()).toEqual([...AUDITED].sort());
		}
	});
});
