// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Restoring a backup bundle (bundles.pb.js POST /api/mamori/bundles/restore).
 * `check` finds every reason to refuse before anything is written; `write`
 * then writes everything in the caller's transaction and verifies the result
 * (each record reads back exactly as bundled, every sign-off's content hash
 * and every report's HMAC still hold) — any difference undoes it all.
 *
 * @typedef {import('./bundle.js').Bundle} Bundle
 * @typedef {import('./bundle.js').BundleCollection} BundleCollection
 * @typedef {import('./bundle.js').BundleRecord} BundleRecord
 * @typedef {import('./bundle.js').Problem} Problem
 * @typedef {{ created: { id: string, email: string, password: string }[], reused: string[] }} Restored
 */
const bundle = /** @type {typeof import('./bundle.js')} */ (require(`${__hooks}/lib/bundle.js`));
const db = /** @type {typeof import('./bundle-db.js')} */ (require(`${__hooks}/lib/bundle-db.js`));

/** @param {string} where @param {string} message @returns {Problem} */
const problem = (where, message) => ({ where: where, message: message });

/** @param {CoreApp} app @param {string} name @returns {core.Collection | null} */
function collectionOr(app, name) {
  try {
    return app.findCollectionByNameOrId(name);
  } catch (err) {
    return null;
  }
}

/** @param {CoreApp} app @param {string} collection @param {string} id */
function exists(app, collection, id) {
  try {
    app.findRecordById(collection, id);
    return true;
  } catch (err) {
    return false;
  }
}

/**
 * Problems with the target installation: schema, relations, ids already taken.
 * @param {CoreApp} app @param {Bundle} data (checked by bundle.problems) @returns {Problem[]}
 */
function check(app, data) {
  /** @type {Problem[]} */
  const out = [];
  const known = db.bundleCollections();
  /** @type {Dict<BundleCollection>} */
  const byName = bundle.dict();
  for (const c of data.collections) byName[c.name] = c;
  /** @type {Dict<Dict<BundleRecord>>} */
  const ids = bundle.dict();
  for (const c of data.collections) {
    ids[c.name] = bundle.dict();
    for (const r of c.records) ids[c.name][r.id] = r;
  }
  const org = data.organisation;
  if (
    !byName.organisations ||
    !ids.organisations[org] ||
    /** @type {BundleCollection} */ (data.collections.find((c) => c.name === 'organisations')).records.length !== 1
  ) {
    out.push(problem('organisations', 'must hold exactly the bundled organisation ' + org));
  }
  for (const c of data.collections) {
    if (known.indexOf(c.name) < 0) {
      out.push(problem(c.name, 'is not a collection a bundle may restore'));
      continue;
    }
    const target = collectionOr(app, c.name);
    if (!target) {
      out.push(problem(c.name, 'does not exist in this installation (older mamori version?)'));
      continue;
    }
    /** @type {Dict<core.Field>} */
    const fields = bundle.dict();
    for (const f of db.exportedFields(target)) fields[f.getName()] = f;
    for (const name of Object.keys(c.fields)) {
      if (!fields[name]) out.push(problem(c.name + '.' + name, 'is not a field here (the bundle comes from another mamori version)'));
      else if (fields[name].type() !== c.fields[name])
        out.push(problem(c.name + '.' + name, 'is a ' + fields[name].type() + ' field here, not ' + c.fields[name]));
    }
    for (const name of Object.keys(fields)) {
      if (!Object.prototype.hasOwnProperty.call(c.fields, name) && fields[name].required)
        out.push(problem(c.name + '.' + name, 'is required here but missing from the bundle'));
    }
    for (const r of c.records) {
      const rec = c.name + ' (id ' + r.id + ')';
      if (c.name === 'organisations') {
        if (r.values.organisation !== undefined) continue;
      } else if (c.name !== 'users' && r.values.organisation !== org) {
        out.push(problem(rec + ' field "organisation"', 'must be the bundled organisation'));
      }
      for (const name of Object.keys(c.fields)) {
        const field = fields[name];
        if (!field || field.type() !== 'relation') continue;
        const targetName = app.findCollectionByNameOrId(field.collectionId).name;
        for (const id of /** @type {string[]} */ ([]).concat(/** @type {string | string[]} */ (r.values[name]))) {
          if (!id) continue;
          if (!(ids[targetName] && ids[targetName][id]) && !exists(app, targetName, id)) {
            out.push(
              problem(rec + ' field "' + name + '"', 'points to ' + targetName + ' ' + id + ', which is neither in the bundle nor here')
            );
          }
        }
      }
      if (c.name === 'users') {
        /** @type {core.Record | null} */
        let existing = null;
        try {
          existing = app.findRecordById('users', r.id);
        } catch (err) {}
        if (existing && existing.email().toLowerCase() !== String(r.values.email).toLowerCase()) {
          out.push(problem(rec, 'this id belongs to another account here (' + existing.email() + ')'));
        }
        if (!existing) {
          try {
            const other = app.findAuthRecordByEmail('users', String(r.values.email));
            out.push(problem(rec + ' field "email"', 'an account with this e-mail already exists here with another id (' + other.id + ')'));
          } catch (err) {}
        }
      } else if (c.name === 'organisations') {
        if (exists(app, 'organisations', r.id)) {
          // its own audit entries (its creation, its members) may be there: they stay, before the restored history
          for (const name of known.slice(2)) {
            if (name === 'audit_log' || !collectionOr(app, name)) continue;
            if (app.countRecords(name, $dbx.hashExp({ organisation: org })) > 0) {
              // every other record would clash too: say the one thing that matters
              return [
                problem(
                  rec,
                  'already exists here and is not empty (it has ' +
                    name +
                    ' records): restore into an empty organisation or a fresh installation'
                )
              ];
            }
          }
        }
      } else if (exists(app, c.name, r.id)) {
        out.push(problem(rec, 'a record with this id already exists here'));
      }
      if (out.length >= 50) return out;
    }
  }
  return out;
}

/**
 * One bundled record as raw SQL (an update for a row that exists already).
 * @param {CoreApp} tx @param {core.Collection} collection @param {string} id @param {JsonObject} values @param {boolean} update
 */
function insert(tx, collection, id, values, update) {
  const names = Object.keys(values);
  /** @type {Dict<unknown>} */
  const params = { id: id };
  /** @type {Dict<core.Field>} */
  const fields = bundle.dict();
  for (const f of db.exportedFields(collection)) fields[f.getName()] = f;
  names.forEach((name, i) => (params['p' + i] = db.columnValue(fields[name], values[name])));
  const table = '{{' + collection.name + '}}';
  const sql = update
    ? 'UPDATE ' + table + ' SET ' + names.map((n, i) => '[[' + n + ']] = {:p' + i + '}').join(', ') + ' WHERE [[id]] = {:id}'
    : 'INSERT INTO ' +
      table +
      ' ([[id]]' +
      names.map((n) => ', [[' + n + ']]').join('') +
      ') VALUES ({:id}' +
      names.map((n, i) => ', {:p' + i + '}').join('') +
      ')';
  tx.db().newQuery(sql).bind(params).execute();
}

/** @param {unknown} a @param {unknown} b */
function sameValue(a, b) {
  return bundle.valueHash((s) => s, a) === bundle.valueHash((s) => s, b);
}

/**
 * Writes the checked bundle in `tx`; returns the accounts it created (with
 * one-time passwords) and the ids of those that already existed. Throws on any mismatch.
 * @param {CoreApp} tx @param {Bundle} data @param {filesystem.File[]} files (in the order of data.files) @param {string} key
 * @returns {Restored}
 */
function write(tx, data, files, key) {
  /** @type {{ id: string, email: string, password: string }[]} */
  const created = [];
  /** @type {Dict<boolean>} */
  const reused = bundle.dict();
  /** @type {string[]} */
  const uploaded = [];
  const fsys = tx.newFilesystem();
  try {
    for (const c of data.collections) {
      const collection = tx.findCollectionByNameOrId(c.name);
      for (const r of c.records) {
        if (c.name === 'users') {
          if (exists(tx, 'users', r.id)) reused[r.id] = true;
          else {
            const user = new Record(collection);
            const password = $security.randomString(20);
            user.set('id', r.id);
            user.set('email', r.values.email);
            user.setPassword(password);
            tx.save(user);
            created.push({ id: r.id, email: String(r.values.email), password: password });
            insert(tx, collection, r.id, r.values, true);
          }
        } else if (c.name === 'organisations' && exists(tx, 'organisations', r.id)) {
          insert(tx, collection, r.id, r.values, true);
        } else {
          insert(tx, collection, r.id, r.values, false);
        }
      }
    }
    data.files.forEach((f, i) => {
      const record = tx.findRecordById(f.collection, f.record);
      const fileKey = record.baseFilesPath() + '/' + f.name;
      fsys.uploadFile(files[i], fileKey);
      uploaded.push(fileKey);
    });
    verify(tx, data, key, reused);
    return { created: created, reused: Object.keys(reused) };
  } catch (err) {
    for (const fileKey of uploaded) {
      try {
        fsys.delete(fileKey);
      } catch (ignored) {}
    }
    throw err;
  } finally {
    fsys.close();
  }
}

/**
 * Everything restored reads back as bundled; accounts that already existed (`reused`) are left as they are.
 * @param {CoreApp} tx @param {Bundle} data @param {string} key @param {Dict<boolean>} reused
 */
function verify(tx, data, key, reused) {
  /** @param {string} where @param {string} message @returns {never} */
  const fail = (where, message) => {
    throw new BadRequestError(where + ': ' + message);
  };
  const signoff = /** @type {typeof import('./signoff.js')} */ (require(`${__hooks}/lib/signoff.js`));
  const reportSignature = /** @type {typeof import('./report-signature.js')} */ (require(`${__hooks}/lib/report-signature.js`));
  for (const c of data.collections) {
    const collection = tx.findCollectionByNameOrId(c.name);
    const fields = db.exportedFields(collection).filter((f) => f.getName() in c.fields);
    for (const r of c.records) {
      if (c.name === 'users' && reused[r.id]) continue;
      const record = tx.findRecordById(c.name, r.id);
      for (const f of fields) {
        if (!sameValue(db.valueOf(record, f), r.values[f.getName()]))
          fail(c.name + ' (id ' + r.id + ') field "' + f.getName() + '"', 'does not read back as bundled');
      }
      if (c.name === 'signoffs') {
        const subjectCollection = record.getString('subject_collection');
        if (!signoff.SUBJECTS[subjectCollection]) fail('signoffs (id ' + r.id + ')', 'signs an unknown subject ' + subjectCollection);
        const subject = tx.findRecordById(subjectCollection, record.getString('subject_id'));
        if (signoff.contentHash(tx, subjectCollection, subject) !== record.getString('content_sha256')) {
          fail('signoffs (id ' + r.id + ') field "content_sha256"', 'the signed content no longer has this hash');
        }
      }
      if (c.name === 'reports' && !reportSignature.valid(record, key)) {
        fail(
          'reports (id ' + r.id + ') field "signature"',
          "does not verify with this installation's report key (restore with the key of the installation that made the bundle)"
        );
      }
      if (c.name === 'checklists' && $security.sha256(record.getString('content')) !== record.getString('content_sha256')) {
        fail('checklists (id ' + r.id + ') field "content_sha256"', 'does not match the content');
      }
    }
  }
}

module.exports = { check, write };
