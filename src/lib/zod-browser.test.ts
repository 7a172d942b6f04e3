import { describe, expect, it } from 'vitest';
import { zodJitless } from './zod-browser';

describe('zodJitless', () => {
	it('is the setting zod itself reads (set before zod loads, as the browser does)', async () => {
		// this test file does not import zod statically: zod loads below, after the setting
		zodJitless();
		const { z } = await import('zod');
		expect(z.config().jitless).toBe(true);
	});

	it('also reaches a zod loaded before it', async () => {
		const { z } = await import('zod');
		z.config({ jitless: false });
		zodJitless();
		expect(z.config().jitless).toBe(true);
	});

	it('keeps settings already there', () => {
		const scope: { __zod_globalConfig?: { jitless?: boolean; customError?: unknown } } = { __zod_globalConfig: { customError: 1 } };
		zodJitless(scope);
		expect(scope.__zod_globalConfig).toEqual({ customError: 1, jitless: true });
	});
});
