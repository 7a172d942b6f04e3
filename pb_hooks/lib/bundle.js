// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * The backup bundle's format, checked the same way by PocketBase (restore
 * route) and by Node (CLI and web server, before sending): pure functions,
 * given a SHA-256 function (hex of a UTF-8 string).
 *
 * {
 *   format: 'mamori-bundle', version: 1, created, organisation,
 *   collections: [{ name, fields: { field: type }, records: [{ id, values: { field: value }, sha256: { field: hex } }] }],
 *   files: [{ collection, record, field, name, size, sha256, data? }],   // data: base64, outside the signature
 *   signature   // HMAC-SHA256 (installation's report key) of signedText(bundle)
 * }
 *
 * Every value has its own SHA-256 so that a changed byte is reported with the
 * record and field it is in; the signature covers everything but the file
 * bytes (which their SHA-256 covers), so nobody without the key can change a
 * value and its hash together.
 *
 * @typedef {{ collection: string, record: string, field: string, name: string, size: number, sha256: string, data?: string }} BundleFile
 * @typedef {{ id: string, values: JsonObject, sha256: Dict<string> }} BundleRecord
 * @typedef {{ name: string, fields: Dict<string>, records: BundleRecord[] }} BundleCollection
 * @typedef {{ format: string, version: number, created: string, organisation: string, collections: BundleCollection[],
 *   files: BundleFile[], signature?: string }} Bundle
 * @typedef {{ where: string, message: string }} Problem
 * @typedef {(text: string) => string} Sha256
 */
const { canonical } = /** @type {typeof import('./signoff.js')} */ (require('./signoff.js'));

const FORMAT = 'mamori-bundle';
const VERSION = 1;
const SIGNATURE_PREFIX = 'mamori-bundle-v1|';

/** Field types a bundle may hold, and the JS type of their values. */
/** @type {Dict<string>} */
const VALUE_TYPES = {
  text: 'string',
  email: 'string',
  url: 'string',
  editor: 'string',
  date: 'string',
  autodate: 'string',
  json: 'string',
  number: 'number',
  bool: 'boolean',
  select: 'string|array',
  relation: 'string|array',
  file: 'string|array'
};

const ID = /^[A-Za-z0-9_]{1,64}$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** The text the signature is made over: the bundle without its signature and without the file bytes. @param {Bundle} bundle */
function signedText(bundle) {
  const files = (bundle.files || []).map((f) => ({
    collection: f.collection,
    record: f.record,
    field: f.field,
    name: f.name,
    size: f.size,
    sha256: f.sha256
  }));
  return (
    SIGNATURE_PREFIX +
    canonical({
      format: bundle.format,
      version: bundle.version,
      created: bundle.created,
      organisation: bundle.organisation,
      collections: bundle.collections,
      files: files
    })
  );
}

/** @param {Sha256} sha256 @param {unknown} value */
const valueHash = (sha256, value) => sha256(canonical(value));

/**
 * A dictionary without a prototype: names from a bundle such as `constructor`
 * or `toString` are then just names, never built-in properties.
 * @template V @returns {Dict<V>}
 */
const dict = () => Object.create(null);

/** The JS type of a field type's values, or undefined for a type a bundle may not hold. @param {unknown} type */
const valueType = (type) =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(VALUE_TYPES, type) ? VALUE_TYPES[type] : undefined;

/** @param {string} type @param {unknown} value */
function typeOk(type, value) {
  const want = valueType(type);
  if (want === 'string|array') return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
  if (want === 'number') return typeof value === 'number' && isFinite(value);
  return typeof value === want;
}

/** @param {unknown} v @returns {v is JsonObject} */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every problem in the bundle's structure and per-value hashes, each as
 * { where, message } with `where` such as `answers[3] (id abc…) field "notes"`.
 * Stops after `limit` problems.
 * @param {unknown} bundle @param {Sha256} sha256 @param {number} [limit] @returns {Problem[]}
 */
function problems(bundle, sha256, limit) {
  const max = limit || 50;
  /** @type {Problem[]} */
  const out = [];
  /** @param {string} where @param {string} message */
  const add = (where, message) => {
    if (out.length < max) out.push({ where: where, message: message });
  };
  if (!isObject(bundle)) return [{ where: '(bundle)', message: 'is not a JSON object' }];
  if (bundle.format !== FORMAT) add('format', 'must be "' + FORMAT + '" (this is not a mamori backup bundle)');
  if (bundle.version !== VERSION) add('version', 'must be ' + VERSION + ' (found ' + JSON.stringify(bundle.version) + ')');
  if (typeof bundle.created !== 'string' || isNaN(Date.parse(bundle.created))) add('created', 'must be a date-time');
  if (typeof bundle.organisation !== 'string' || !ID.test(bundle.organisation)) add('organisation', 'must be a record id');
  if (typeof bundle.signature !== 'string' || !HEX64.test(bundle.signature)) add('signature', 'must be a hex HMAC-SHA256');
  if (!Array.isArray(bundle.collections)) return out.concat([{ where: 'collections', message: 'must be a list' }]);
  /** @type {Dict<Dict<BundleRecord>>} */
  const seen = dict();
  /** @type {Dict<boolean>} */
  const fileFields = dict();
  // Each item is typed as what the checks before its use establish (the input itself is untrusted).
  bundle.collections.forEach((/** @type {BundleCollection} */ c, /** @type {number} */ ci) => {
    const at = 'collections[' + ci + ']';
    if (!isObject(c) || typeof c.name !== 'string' || !NAME.test(c.name)) return add(at, 'must have a collection name');
    if (seen[c.name]) return add(c.name, 'the collection appears twice');
    seen[c.name] = dict();
    if (!isObject(c.fields)) return add(c.name + '.fields', 'must map field names to types');
    for (const f of Object.keys(c.fields)) {
      if (!NAME.test(f) || f === 'id') add(c.name + '.fields', 'bad field name ' + JSON.stringify(f));
      else if (!valueType(c.fields[f])) add(c.name + '.fields.' + f, 'unsupported field type ' + JSON.stringify(c.fields[f]));
      else if (c.fields[f] === 'file') fileFields[c.name + '.' + f] = true;
    }
    if (!Array.isArray(c.records)) return add(c.name + '.records', 'must be a list');
    c.records.forEach((/** @type {BundleRecord} */ r, /** @type {number} */ ri) => {
      const where = c.name + '[' + ri + ']';
      if (!isObject(r) || typeof r.id !== 'string' || !ID.test(r.id)) return add(where, 'must have a record id');
      const rec = where + ' (id ' + r.id + ')';
      if (seen[c.name][r.id]) return add(rec, 'the record appears twice');
      seen[c.name][r.id] = r;
      if (!isObject(r.values) || !isObject(r.sha256)) return add(rec, 'must have values and their sha256');
      for (const f of Object.keys(r.values)) {
        const field = rec + ' field "' + f + '"';
        if (!Object.prototype.hasOwnProperty.call(c.fields, f)) add(field, 'is not a field of ' + c.name);
        else if (!typeOk(c.fields[f], r.values[f])) add(field, 'must be a ' + valueType(c.fields[f]) + ' (type ' + c.fields[f] + ')');
        else if (r.sha256[f] !== valueHash(sha256, r.values[f])) add(field, 'the value does not match its SHA-256 (changed after export)');
      }
      for (const f of Object.keys(r.sha256)) {
        if (!Object.prototype.hasOwnProperty.call(r.values, f)) add(rec + ' field "' + f + '"', 'has a SHA-256 but no value');
      }
    });
  });
  if (!Array.isArray(bundle.files)) {
    add('files', 'must be a list');
    return out;
  }
  /** @type {Dict<boolean>} */
  const keys = dict();
  bundle.files.forEach((/** @type {BundleFile} */ f, /** @type {number} */ i) => {
    const at = 'files[' + i + ']';
    if (!isObject(f)) return add(at, 'must be an object');
    const what = at + ' (' + f.collection + '/' + f.record + ' ' + f.field + ' "' + f.name + '")';
    if (!fileFields[f.collection + '.' + f.field]) return add(what, 'is not a file field of the bundle');
    const record = seen[f.collection] && seen[f.collection][f.record];
    if (!record) return add(what, 'belongs to no record of the bundle');
    const value = record.values[f.field];
    const names = Array.isArray(value) ? value : value ? [value] : [];
    if (typeof f.name !== 'string' || names.indexOf(f.name) < 0) add(what, 'is not named by its record');
    if (typeof f.size !== 'number' || f.size < 0 || Math.floor(f.size) !== f.size) add(what + ' size', 'must be a byte count');
    if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256)) add(what + ' sha256', 'must be a hex SHA-256');
    const key = f.collection + '/' + f.record + '/' + f.field + '/' + f.name;
    if (keys[key]) add(what, 'the file appears twice');
    keys[key] = true;
  });
  // only the collections and records that passed the checks above (the rest is already a problem)
  for (const c of bundle.collections) {
    if (!isObject(c) || !isObject(c.fields) || !Array.isArray(c.records)) continue;
    for (const r of c.records) {
      if (!isObject(r)) continue;
      for (const f of Object.keys(c.fields)) {
        if (c.fields[f] !== 'file' || !isObject(r.values)) continue;
        const value = r.values[f];
        for (const name of Array.isArray(value) ? value : value ? [value] : []) {
          if (!keys[c.name + '/' + r.id + '/' + f + '/' + name])
            add(c.name + ' (id ' + r.id + ') field "' + f + '"', 'names file "' + name + '", which the bundle does not hold');
        }
      }
    }
  }
  return out;
}

/** `values` and their hashes for one record. @param {string} id @param {JsonObject} values @param {Sha256} sha256 @returns {BundleRecord} */
function entry(id, values, sha256) {
  /** @type {Dict<string>} */
  const hashes = {};
  for (const f of Object.keys(values)) hashes[f] = valueHash(sha256, values[f]);
  return { id: id, values: values, sha256: hashes };
}

module.exports = { FORMAT, VERSION, VALUE_TYPES, dict, signedText, problems, entry, valueHash };
