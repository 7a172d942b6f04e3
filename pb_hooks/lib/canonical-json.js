// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * One canonical JSON text of a value: object keys sorted, `undefined`
 * members left out (as JSON.stringify does), no spaces. Plain JavaScript
 * shared by the hooks and Node (scripts/checklists-hashes.ts), so that a
 * library checklist's hash is the same on both sides.
 * @param {unknown} value @returns {string}
 */
function canonicalJson(value) {
  if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',') + ']';
  if (value && typeof value === 'object') {
    const object = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(object)
      .filter((k) => object[k] !== undefined)
      .sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(object[k])).join(',') + '}';
  }
  return JSON.stringify(value === undefined ? null : value);
}

module.exports = { canonicalJson };
