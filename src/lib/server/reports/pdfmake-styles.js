// @ts-check
/**
 * An allocation-free replacement for pdfmake 0.3.11's
 * StyleContextStack.getStyleProperty, the most called function of the
 * layout (about 20 style properties per measured word, plus table cells,
 * margins…). pdfmake's version pushes the item on the style stack, creates a
 * closure and, for every named style, a `new Set()` to guard against cyclic
 * `extends`; for a 600-item report that is ~80 MB of garbage per render.
 * This version walks the same entries in the same order without touching
 * the stack: the item's own value, the item's named styles (last first),
 * the stack from the top, then the default style. Cyclic `extends` chains
 * are cut at a depth of 16 instead of by a visited set.
 */
import { createRequire } from 'node:module';
import { patch, patchTarget } from './pdfmake-guard.js';

const require = createRequire(import.meta.url);

/**
 * @typedef {Record<string, unknown>} StyleObject
 * @typedef {{ styleDictionary: Record<string, StyleObject | undefined>, defaultStyle?: StyleObject, styleOverrides: (string | StyleObject)[] }} Stack
 * @typedef {(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown) => unknown} GetStyleProperty
 */

const StyleContextStack = /** @type {{ getStyleProperty: GetStyleProperty, prototype: { getProperty: (property: string) => unknown } }} */ (
	require('pdfmake/js/StyleContextStack').default
);

/** @param {unknown} v */
const isValue = (v) => v !== undefined && v !== null;

/** @param {Record<string, StyleObject | undefined>} dictionary @param {string} name @param {string} property @param {number} depth @returns {unknown} */
function fromNamedStyle(dictionary, name, property, depth) {
	const style = dictionary[name];
	if (!style || depth > 16) return undefined;
	if (isValue(style[property])) return style[property];
	const parents = style.extends;
	if (parents === undefined || parents === null) return undefined;
	const list = Array.isArray(parents) ? parents : [parents];
	for (let i = list.length - 1; i >= 0; i--) {
		const value = typeof list[i] === 'string' ? fromNamedStyle(dictionary, list[i], property, depth + 1) : undefined;
		if (isValue(value)) return value;
	}
	return undefined;
}

/** @param {Stack} stack @param {string | StyleObject} entry @param {string} property @returns {unknown} */
function fromEntry(stack, entry, property) {
	if (typeof entry === 'string') return fromNamedStyle(stack.styleDictionary, entry, property, 0);
	return entry !== null && typeof entry === 'object' ? entry[property] : undefined;
}

/** @type {GetStyleProperty} */
export function getStyleProperty(item, stack, property, defaultValue) {
	const own =
		item !== null && (typeof item === 'object' || typeof item === 'string') ? /** @type {StyleObject} */ (item)[property] : undefined;
	if (isValue(own)) return own;
	if (!stack) return defaultValue;
	if (item !== null && typeof item === 'object' && /** @type {StyleObject} */ (item).section === undefined) {
		const style = /** @type {StyleObject} */ (item).style;
		if (Array.isArray(style)) {
			for (let i = style.length - 1; i >= 0; i--) {
				const value = fromEntry(stack, style[i], property);
				if (isValue(value)) return value;
			}
		} else if (isValue(style)) {
			const value = fromEntry(stack, /** @type {string | StyleObject} */ (style), property);
			if (isValue(value)) return value;
		}
	}
	const entries = stack.styleOverrides;
	for (let i = entries.length - 1; i >= 0; i--) {
		const value = fromEntry(stack, entries[i], property);
		if (isValue(value)) return value;
	}
	const value = stack.defaultStyle ? stack.defaultStyle[property] : undefined;
	return isValue(value) ? value : defaultValue;
}

let applied = false;

export function applyStylePatch() {
	if (applied) return;
	applied = true;
	// The replacement reads the stack's own fields the way getProperty does.
	patchTarget('pdfmake-styles.js', 'StyleContextStack.prototype.getProperty', StyleContextStack.prototype, 'getProperty', {
		arity: 1,
		uses: ['styleDictionary', 'extends']
	});
	patch(
		'pdfmake-styles.js',
		'StyleContextStack.getStyleProperty',
		StyleContextStack,
		'getStyleProperty',
		{ arity: 4, uses: ['auto', 'getProperty'] },
		() => getStyleProperty
	);
}
