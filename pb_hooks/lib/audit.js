/// <reference path="../../pb_data/types.d.ts" />
/**
 * Audit-trail helpers shared by the hooks. Loaded with
 * require(`${__hooks}/lib/audit.js`) inside each handler (PocketBase runs
 * handlers in isolated contexts, so top-level state is not shared).
 */
const IGNORED_FIELDS = ['id', 'collectionId', 'collectionName', 'created', 'updated', 'expand'];

/** A plain JSON copy of a record's fields (null for no record). */
function snapshot(record) {
  if (!record) return null;
  const data = JSON.parse(JSON.stringify(record));
  for (const key of IGNORED_FIELDS) delete data[key];
  // Never put secrets into the audit trail.
  delete data.password;
  delete data.tokenKey;
  return data;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** { field: { before, after } } for every field that differs. */
function diff(before, after) {
  const changes = {};
  const keys = {};
  for (const k in before || {}) keys[k] = true;
  for (const k in after || {}) keys[k] = true;
  for (const key in keys) {
    const b = before ? before[key] : undefined;
    const a = after ? after[key] : undefined;
    if (!same(b, a)) {
      changes[key] = { before: b === undefined ? null : b, after: a === undefined ? null : a };
    }
  }
  return changes;
}

function organisationOf(record) {
  if (record.collection().name === 'organisations') return record.id;
  return record.getString('organisation');
}

/**
 * Appends one audit entry. `auth` is the acting record (a user or a
 * superuser) or null for system actions.
 */
function write(app, auth, action, record, before, after) {
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
  entry.set('changes', diff(before, after));
  app.save(entry);
}

module.exports = { snapshot, diff, write };
