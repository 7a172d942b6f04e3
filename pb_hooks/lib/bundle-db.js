// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Reading an organisation into a backup bundle and writing a bundle back,
 * inside PocketBase. Writing is raw SQL in the caller's transaction, after
 * everything was checked (bundles.pb.js): records come back with their ids,
 * timestamps and stored JSON exactly as exported, and no hook recomputes or
 * refuses them half-way (hooks guard live changes, not a verified restore).
 *
 * @typedef {import('./bundle.js').Bundle} Bundle
 * @typedef {import('./bundle.js').BundleCollection} BundleCollection
 * @typedef {import('./bundle.js').BundleFile} BundleFile
 * @typedef {string | number | boolean | string[]} Value
 */
const bundle = /** @type {typeof import('./bundle.js')} */ (require(`${__hooks}/lib/bundle.js`));
const { ORG_SCOPED } = /** @type {typeof import('./collections.js')} */ (require(`${__hooks}/lib/collections.js`));

/** Collections of an organisation's bundle, users first (they are referenced, not owned). */
function bundleCollections() {
  return ['users', 'organisations'].concat(ORG_SCOPED, ['audit_log']);
}

/** Fields that go into a bundle: all but hidden ones (password, tokenKey). @param {core.Collection} collection */
function exportedFields(collection) {
  /** @type {core.Field[]} */
  const fields = [];
  for (const name of collection.fields.fieldNames()) {
    if (name === 'id') continue;
    const field = collection.fields.getByName(name);
    if (field.getHidden() || field.type() === 'password') continue;
    if (!bundle.VALUE_TYPES[field.type()])
      throw new BadRequestError('Field ' + collection.name + '.' + name + ' has a type bundles do not support: ' + field.type());
    fields.push(field);
  }
  return fields;
}

/** @param {core.Field} field */
const multiple = (field) => typeof field.isMultiple === 'function' && field.isMultiple();

/** A record's value of one field, as the bundle holds it. @param {core.Record} record @param {core.Field} field @returns {Value} */
function valueOf(record, field) {
  const name = field.getName();
  switch (field.type()) {
    case 'number':
      return record.getFloat(name);
    case 'bool':
      return record.getBool(name);
    case 'select':
    case 'relation':
    case 'file':
      return multiple(field) ? record.getStringSlice(name) : record.getString(name);
    default:
      return record.getString(name);
  }
}

/** The value as the database column stores it. @param {core.Field} field @param {unknown} value */
function columnValue(field, value) {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (field.type() === 'json' && value === 'null') return null;
  return value;
}

/** @param {CoreApp} app @param {string} name @param {string} orgId @param {string[]} userIds @returns {core.Record[]} */
function recordsOf(app, name, orgId, userIds) {
  if (name === 'organisations') return [app.findRecordById('organisations', orgId)];
  if (name === 'users') return userIds.length ? app.findRecordsByIds('users', userIds) : [];
  return app.findRecordsByFilter(name, 'organisation = {:o}', 'id', 0, 0, { o: orgId });
}

/** SHA-256 (hex) of a stored file's bytes. @param {filesystem.System} fsys @param {string} key */
function fileSha(fsys, key) {
  const reader = fsys.getReader(key);
  try {
    return $security.sha256(toString(reader, 4 * 1024 * 1024 * 1024));
  } finally {
    reader.close();
  }
}

/** The organisation's bundle without file bytes, signed with `key`. @param {CoreApp} app @param {string} orgId @param {string} key @param {string} now */
function exportBundle(app, orgId, key, now) {
  const owned = bundleCollections().slice(1);
  const usersCollection = app.findCollectionByNameOrId('users');
  /** @type {Dict<{ collection: core.Collection, records: core.Record[] }>} */
  const read = {};
  /** @type {Dict<boolean>} */
  const users = {};
  for (const name of owned) {
    const collection = app.findCollectionByNameOrId(name);
    const records = recordsOf(app, name, orgId, []);
    for (const field of exportedFields(collection)) {
      if (field.type() !== 'relation' || field.collectionId !== usersCollection.id) continue;
      for (const r of records)
        for (const id of /** @type {string[]} */ ([]).concat(/** @type {string | string[]} */ (valueOf(r, field))))
          if (id) users[id] = true;
    }
    read[name] = { collection: collection, records: records };
  }
  read.users = { collection: usersCollection, records: recordsOf(app, 'users', orgId, Object.keys(users).sort()) };
  const fsys = app.newFilesystem();
  try {
    /** @type {BundleCollection[]} */
    const collections = [];
    /** @type {BundleFile[]} */
    const files = [];
    for (const name of bundleCollections()) {
      const { collection, records } = read[name];
      const fields = exportedFields(collection);
      /** @type {Dict<string>} */
      const types = {};
      for (const f of fields) types[f.getName()] = f.type();
      const entries = records
        .map((r) => {
          /** @type {JsonObject} */
          const values = {};
          for (const f of fields) values[f.getName()] = valueOf(r, f);
          for (const f of fields) {
            if (f.type() !== 'file') continue;
            for (const file of /** @type {string[]} */ ([]).concat(/** @type {string | string[]} */ (values[f.getName()]))) {
              if (!file) continue;
              const fileKey = r.baseFilesPath() + '/' + file;
              files.push({
                collection: name,
                record: r.id,
                field: f.getName(),
                name: file,
                size: fsys.attributes(fileKey).size,
                sha256: fileSha(fsys, fileKey)
              });
            }
          }
          return bundle.entry(r.id, values, $security.sha256);
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      collections.push({ name: name, fields: types, records: entries });
    }
    /** @type {Bundle} */
    const out = {
      format: bundle.FORMAT,
      version: bundle.VERSION,
      created: now,
      organisation: orgId,
      collections: collections,
      files: files
    };
    out.signature = $security.hs256(bundle.signedText(out), key);
    return out;
  } finally {
    fsys.close();
  }
}

/** The installation's signing key (shared with report registration). */
function bundleKey() {
  const key = $os.getenv('MAMORI_REPORT_KEY');
  if (!key) throw new BadRequestError('Bundles are not configured on this server (MAMORI_REPORT_KEY is missing).');
  return key;
}

/** The organisation, if the caller is a superuser or one of its admins. @param {core.RequestEvent} e */
function adminOrg(e) {
  let org;
  try {
    org = e.app.findRecordById('organisations', e.request.pathValue('org'));
  } catch (err) {
    throw new NotFoundError('Organisation not found.');
  }
  if (e.hasSuperuserAuth()) return org;
  if (!e.auth || org.getStringSlice('members').indexOf(e.auth.id) < 0) throw new NotFoundError('Organisation not found.');
  if (org.getStringSlice('admins').indexOf(e.auth.id) < 0)
    throw new ForbiddenError('Only the organisation admins can download its backup bundle.');
  return org;
}

module.exports = { bundleKey, adminOrg, bundleCollections, exportedFields, valueOf, columnValue, exportBundle, fileSha };
