// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Audit-trail helpers shared by the hooks. Loaded with
 * require(`${__hooks}/lib/audit.js`) inside each handler (PocketBase runs
 * handlers in isolated contexts, so top-level state is not shared).
 *
 * An entry's `changes` holds { field: { before, after } } for every field
 * that differs. A value whose JSON is larger than INLINE_BYTES (a checklist's
 * content, say) is stored as { $large: { sha256, bytes, shape } } — the
 * SHA-256 and UTF-8 size of its JSON text and what it looks like — and a
 * changed large value gets a `diff` summary (the paths added, removed and
 * changed). So a large legitimate change stays auditable and always fits
 * the `changes` field (2,000,000 bytes). A save that changes nothing writes
 * no entry.
 */
const IGNORED_FIELDS = ['id', 'collectionId', 'collectionName', 'created', 'updated', 'expand'];
/** Bytes of JSON kept inline per value. */
const INLINE_BYTES = 64 * 1024;
/** Bytes of JSON all of an entry's changes may take (under the field's 2,000,000). */
const TOTAL_BYTES = 1500 * 1024;
/** Fields that change on every save (optimistic locking): a save that changes only these changes nothing. */
const BOOKKEEPING_FIELDS = ['version'];
/** Paths listed in a diff summary, and how deep it looks. */
const DIFF_PATHS = 100;
const DIFF_DEPTH = 8;

/**
 * A plain JSON copy of a record's fields (null for no record).
 * @param {core.Record | null | undefined} record
 * @returns {JsonObject | null}
 */
function snapshot(record) {
  if (!record) return null;
  const data = JSON.parse(JSON.stringify(record));
  for (const key of IGNORED_FIELDS) delete data[key];
  // Never put secrets into the audit trail.
  delete data.password;
  delete data.tokenKey;
  return data;
}

/** @param {unknown} a @param {unknown} b */
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** UTF-8 length of a string. @param {string} text */
function utf8Bytes(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** @param {unknown} value @returns {value is JsonObject} */
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * @typedef {{ type: string, length?: number, keys?: number, fields?: Dict<Shape> }} Shape
 */

/**
 * What a value looks like, one level deep: its type and size, and for an object the same for each key.
 * @param {unknown} value @param {boolean} [deep] @returns {Shape}
 */
function shape(value, deep) {
  if (Array.isArray(value)) return { type: 'array', length: value.length };
  if (isObject(value)) {
    const keys = Object.keys(value);
    /** @type {Shape} */
    const out = { type: 'object', keys: keys.length };
    if (deep !== false) {
      out.fields = {};
      for (const key of keys.slice(0, 50)) out.fields[key] = shape(value[key], false);
    }
    return out;
  }
  if (typeof value === 'string') return { type: 'string', length: value.length };
  return { type: value === null ? 'null' : typeof value };
}

/** `{ $large }` for a value whose JSON is `json`. @param {unknown} value @param {string} json */
function large(value, json) {
  return { $large: { sha256: $security.sha256(json), bytes: utf8Bytes(json), shape: shape(value) } };
}

/** @param {unknown} item @returns {string | null} */
function key(item) {
  return isObject(item) && typeof item.id === 'string' ? item.id : null;
}

/**
 * @typedef {{ paths: string[], truncated: boolean }} DiffSummary
 */

/**
 * Paths where `before` and `after` differ: '+path' added, '-path' removed, '~path' changed.
 * @param {unknown} before @param {unknown} after @param {string} path @param {DiffSummary} out @param {number} depth
 */
function diffPaths(before, after, path, out, depth) {
  if (out.paths.length >= DIFF_PATHS) {
    out.truncated = true;
    return;
  }
  if (same(before, after)) return;
  if (depth < DIFF_DEPTH && isObject(before) && isObject(after)) {
    /** @type {Dict<boolean>} */
    const keys = {};
    for (const k in before) keys[k] = true;
    for (const k in after) keys[k] = true;
    for (const k in keys) {
      const p = path ? path + '.' + k : k;
      if (!(k in before)) add(out, '+' + p);
      else if (!(k in after)) add(out, '-' + p);
      else diffPaths(before[k], after[k], p, out, depth + 1);
    }
    return;
  }
  if (depth < DIFF_DEPTH && Array.isArray(before) && Array.isArray(after)) {
    const byId = before.every(key) && after.every(key);
    if (byId) {
      /** @type {Dict<unknown>} */
      const old = {};
      for (const item of before) old[String(key(item))] = item;
      /** @type {Dict<boolean>} */
      const seen = {};
      for (const item of after) {
        const id = String(key(item));
        seen[id] = true;
        const p = path + '[' + id + ']';
        if (!(id in old)) add(out, '+' + p);
        else diffPaths(old[id], item, p, out, depth + 1);
      }
      for (const item of before) if (!seen[String(key(item))]) add(out, '-' + path + '[' + key(item) + ']');
      return;
    }
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      const p = path + '[' + i + ']';
      if (i >= before.length) add(out, '+' + p);
      else if (i >= after.length) add(out, '-' + p);
      else diffPaths(before[i], after[i], p, out, depth + 1);
    }
    return;
  }
  add(out, '~' + (path || '.'));
}

/** @param {DiffSummary} out @param {string} entry */
function add(out, entry) {
  if (out.paths.length >= DIFF_PATHS) out.truncated = true;
  else out.paths.push(entry);
}

/**
 * { field: { before, after } } for every field that differs; large values as digests (see above).
 * @param {JsonObject | null} before @param {JsonObject | null} after
 * @returns {Dict<AuditChange>}
 */
function diff(before, after) {
  /** @type {Dict<AuditChange>} */
  const changes = {};
  /** @type {Dict<boolean>} */
  const keys = {};
  for (const k in before || {}) keys[k] = true;
  for (const k in after || {}) keys[k] = true;
  const sizes = [];
  for (const name in keys) {
    const b = before && before[name] !== undefined ? before[name] : null;
    const a = after && after[name] !== undefined ? after[name] : null;
    const bj = JSON.stringify(b);
    const aj = JSON.stringify(a);
    if (bj === aj) continue;
    changes[name] = { before: b, after: a };
    sizes.push({ name: name, bytes: utf8Bytes(bj) + utf8Bytes(aj), bj: bj, aj: aj });
  }
  // Largest first: digest values until the entry fits.
  sizes.sort((x, y) => y.bytes - x.bytes);
  let total = 0;
  for (const s of sizes) total += s.bytes;
  for (const s of sizes) {
    if (s.bytes <= INLINE_BYTES && total <= TOTAL_BYTES) break;
    const change = changes[s.name];
    const summary = { paths: [], truncated: false };
    if (change.before !== null && change.after !== null) diffPaths(change.before, change.after, '', summary, 0);
    changes[s.name] = {
      before: change.before === null || s.bj.length < 1024 ? change.before : large(change.before, s.bj),
      after: change.after === null || s.aj.length < 1024 ? change.after : large(change.after, s.aj)
    };
    if (change.before !== null && change.after !== null) changes[s.name].diff = summary;
    total -= s.bytes;
    total += utf8Bytes(JSON.stringify(changes[s.name]));
  }
  return changes;
}

/** @param {core.Record} record */
function organisationOf(record) {
  if (record.collection().name === 'organisations') return record.id;
  return record.getString('organisation');
}

/**
 * Appends one audit entry (none for an update that changes nothing). `auth`
 * is the acting record (a user or a superuser) or null for system actions.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {'create' | 'update' | 'delete' | 'view'} action
 * @param {core.Record} record @param {JsonObject | null} before @param {JsonObject | null} after
 */
function write(app, auth, action, record, before, after) {
  const changes = diff(before, after);
  const changed = Object.keys(changes).filter((name) => BOOKKEEPING_FIELDS.indexOf(name) < 0);
  if (action === 'update' && changed.length === 0) return;
  const collection = app.findCollectionByNameOrId('audit_log');
  const entry = new Record(collection);
  entry.set('organisation', organisationOf(record));
  if (auth && auth.collection().name === 'users') {
    entry.set('actor', auth.id);
    entry.set('actor_label', auth.getString('name') || auth.email());
  } else if (auth) {
    entry.set('actor_label', 'superuser ' + auth.email());
  } else {
    entry.set('actor_label', 'system');
  }
  entry.set('collection', record.collection().name);
  entry.set('record_id', record.id);
  entry.set('action', action);
  entry.set('changes', changes);
  app.save(entry);
}

module.exports = { snapshot, diff, write, INLINE_BYTES };
