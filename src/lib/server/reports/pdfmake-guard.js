// @ts-check
/**
 * Every run-time patch of pdfmake 0.3.11 / pdfkit 0.19.1 internals (both
 * pinned exactly in package.json) goes through `patch()`: before replacing a
 * method it checks that the target exists, is a function with the expected
 * number of parameters and still contains what the patch relies on; if not,
 * it throws an error naming the patching file and the target, instead of
 * patching nothing or the wrong thing. The patches are applied when the PDF
 * worker configures pdfmake (its warm-up render at server start), so an
 * upgrade that moves an internal fails at start-up with that message.
 * `installedPatches()` lists what was patched (pdfmake-golden.test.ts checks
 * that every patch is in place).
 */

/** The versions the patches were written against; package.json pins both exactly (pdfmake-golden.test.ts checks). */
export const PATCHED_VERSIONS = Object.freeze({ pdfmake: '0.3.11', pdfkit: '0.19.1' });
const EXPECTED = `pdfmake ${PATCHED_VERSIONS.pdfmake} and pdfkit ${PATCHED_VERSIONS.pdfkit} are expected; see package.json`;

const PATCHED = Symbol.for('mamori.pdfPatch');

/** @typedef {{ arity: number, uses?: string[] }} Shape */

/**
 * target → patching file; kept on globalThis because a test runner may load
 * this module twice (once for the engine, once for the test).
 */
const registry = /** @type {Record<symbol, Map<string, string> | undefined>} */ (/** @type {unknown} */ (globalThis));
const INSTALLED = Symbol.for('mamori.pdfPatches');
const installed = (registry[INSTALLED] ??= new Map());

export class PatchTargetError extends Error {}

/**
 * Checks a patch target and returns the original function.
 * @template {object} O
 * @template {keyof O & string} K
 * @param {string} file the patching file, e.g. 'pdfmake-cjk.js'
 * @param {string} target e.g. 'TextBreaker.prototype.getBreaks'
 * @param {O | null | undefined} owner the object holding the method
 * @param {K} key the method's name
 * @param {Shape} shape what the patch expects of the original
 * @returns {O[K]}
 */
export function patchTarget(file, target, owner, key, shape) {
	const where = `${file}: cannot patch ${target} (${EXPECTED})`;
	const value = owner !== null && owner !== undefined ? /** @type {Record<string, unknown>} */ (owner)[key] : undefined;
	if (typeof value !== 'function')
		throw new PatchTargetError(`${where}: it is ${owner ? typeof value : 'missing, and so is its owner'}, not a function`);
	const fn = /** @type {Function & { [PATCHED]?: string }} */ (value);
	if (fn[PATCHED]) return /** @type {O[K]} */ (value);
	if (fn.length !== shape.arity) throw new PatchTargetError(`${where}: it takes ${fn.length} parameters, the patch expects ${shape.arity}`);
	const source = Function.prototype.toString.call(fn);
	const missing = (shape.uses ?? []).filter((word) => !source.includes(word));
	if (missing.length) throw new PatchTargetError(`${where}: its code no longer mentions ${missing.join(', ')}, which the patch relies on`);
	return /** @type {O[K]} */ (value);
}

/**
 * Replaces owner[key] with `make(original)` after checking it (once: a
 * second call for the same target leaves the installed patch alone).
 * @template {object} O
 * @template {keyof O & string} K
 * @param {string} file @param {string} target @param {O | null | undefined} owner @param {K} key @param {Shape} shape
 * @param {(original: O[K]) => O[K]} make
 */
export function patch(file, target, owner, key, shape, make) {
	const original = patchTarget(file, target, owner, key, shape);
	if (patchedBy(original)) return;
	const replacement = make(original);
	/** @type {{ [PATCHED]?: string }} */ (replacement)[PATCHED] = file;
	/** @type {O} */ (owner)[key] = replacement;
	installed.set(target, file);
}

/**
 * Checks that an object has the properties a patch reads, with their types.
 * @param {string} file @param {string} what @param {unknown} value @param {Record<string, string>} properties name → typeof
 */
export function requireShape(file, what, value, properties) {
	const where = `${file}: ${what} does not have the expected shape (${EXPECTED})`;
	if (value === null || typeof value !== 'object') throw new PatchTargetError(`${where}: it is ${value === null ? 'null' : typeof value}`);
	const record = /** @type {Record<string, unknown>} */ (value);
	const wrong = Object.entries(properties).filter(([name, type]) => typeof record[name] !== type);
	if (wrong.length) throw new PatchTargetError(`${where}: ${wrong.map(([name, type]) => `${name} is not a ${type}`).join(', ')}`);
}

/** @returns {Record<string, string>} every patched target, with the file that patched it */
export function installedPatches() {
	return Object.fromEntries(installed);
}

/** @param {unknown} fn @returns {string | undefined} the file whose patch this is */
export function patchedBy(fn) {
	return typeof fn === 'function' ? /** @type {{ [PATCHED]?: string }} */ (fn)[PATCHED] : undefined;
}
