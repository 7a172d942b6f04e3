/**
 * zod compiles object parsers with `new Function` when it may; the pages' CSP
 * allows no eval, so the attempt is refused (a console error) and zod falls
 * back anyway. This tells it not to try, without importing zod: zod keeps its
 * settings on `globalThis.__zod_globalConfig` and adopts an object already
 * there (and keeps using it), so a page that never loads zod does not ship it for this setting
 * (zod-browser.test.ts checks that zod reads it).
 */
type ZodSettings = { jitless?: boolean };

export function zodJitless(scope: { __zod_globalConfig?: ZodSettings } = globalThis as { __zod_globalConfig?: ZodSettings }): void {
	// in place: a zod already loaded holds on to this very object
	(scope.__zod_globalConfig ??= {}).jitless = true;
}
