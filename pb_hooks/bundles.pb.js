// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Backup bundles of a whole organisation (format: lib/bundle.js).
 *
 * GET  /api/mamori/bundles/{org}                     the bundle without file bytes, signed
 * GET  /api/mamori/bundles/{org}/files/{collection}/{record}/{field}/{name}   one file's bytes
 *      (both: the organisation's admins, or a superuser)
 * POST /api/mamori/bundles/restore                   superusers only; multipart: `bundle` (the
 *      bundle JSON without file bytes) and `file0`, `file1`, … in the order of `bundle.files`
 *
 * Restore refuses the whole bundle, writing nothing, unless every value
 * matches its SHA-256, every file its size and SHA-256, the signature verifies
 * with this installation's key (MAMORI_REPORT_KEY: only a mamori server holding
 * it can make a bundle, so nobody can forge sign-offs or reports through a
 * restore), the schema fits, and the organisation is new here or empty. It then
 * writes everything in one transaction and checks the result before committing.
 */

routerAdd(
  'GET',
  '/api/mamori/bundles/{org}',
  (e) => {
    const db = /** @type {typeof import('./lib/bundle-db.js')} */ (require(`${__hooks}/lib/bundle-db.js`));
    const org = db.adminOrg(e);
    const now = /** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString();
    return e.json(200, db.exportBundle(e.app, org.id, db.bundleKey(), now));
  },
  $apis.requireAuth()
);

routerAdd(
  'GET',
  '/api/mamori/bundles/{org}/files/{collection}/{record}/{field}/{name}',
  (e) => {
    const db = /** @type {typeof import('./lib/bundle-db.js')} */ (require(`${__hooks}/lib/bundle-db.js`));
    const org = db.adminOrg(e);
    const name = e.request.pathValue('collection');
    const notFound = () => new NotFoundError('File not found.');
    if (db.bundleCollections().indexOf(name) < 0 || name === 'users') throw notFound();
    let record;
    try {
      record = e.app.findRecordById(name, e.request.pathValue('record'));
    } catch (err) {
      throw notFound();
    }
    const owner = name === 'organisations' ? record.id : record.getString('organisation');
    if (owner !== org.id) throw notFound();
    const field = record.collection().fields.getByName(e.request.pathValue('field'));
    if (!field || field.type() !== 'file') throw notFound();
    const file = e.request.pathValue('name');
    if (/** @type {unknown[]} */ ([]).concat(db.valueOf(record, field)).indexOf(file) < 0) throw notFound();
    const fsys = e.app.newFilesystem();
    try {
      const reader = fsys.getReader(record.baseFilesPath() + '/' + file);
      try {
        return e.stream(200, 'application/octet-stream', reader);
      } finally {
        reader.close();
      }
    } finally {
      fsys.close();
    }
  },
  $apis.requireAuth()
);

routerAdd(
  'POST',
  '/api/mamori/bundles/restore',
  (e) => {
    const bundle = /** @type {typeof import('./lib/bundle.js')} */ (require(`${__hooks}/lib/bundle.js`));
    const restore = /** @type {typeof import('./lib/bundle-restore.js')} */ (require(`${__hooks}/lib/bundle-restore.js`));
    const key = /** @type {typeof import('./lib/bundle-db.js')} */ (require(`${__hooks}/lib/bundle-db.js`)).bundleKey();
    /** @param {number} status @param {import('./lib/bundle.js').Problem[]} problems */
    const refuse = (status, problems) => e.json(status, { message: 'The bundle was refused; nothing was restored.', problems: problems });
    /**
     * The uploaded files of one multipart part; none when the part is missing
     * (PocketBase's findUploadedFiles throws then instead of returning nothing).
     * @param {string} name @returns {filesystem.File[]}
     */
    const uploaded = (name) => {
      try {
        return e.findUploadedFiles(name) || [];
      } catch (err) {
        return [];
      }
    };
    const parts = uploaded('bundle');
    if (!parts.length) return refuse(400, [{ where: 'bundle', message: 'the request has no bundle part' }]);
    /** @type {import('./lib/bundle.js').Bundle} (as bundle.problems checks before anything else reads it) */
    let data;
    const reader = parts[0].reader.open();
    try {
      data = JSON.parse(toString(reader, 2 * 1024 * 1024 * 1024));
    } catch (err) {
      return refuse(400, [{ where: 'bundle', message: 'is not valid JSON' }]);
    } finally {
      reader.close();
    }
    let problems = bundle.problems(data, $security.sha256);
    if (problems.length) return refuse(400, problems);
    if ($security.hs256(bundle.signedText(data), key) !== data.signature) {
      return refuse(400, [
        {
          where: 'signature',
          message:
            "does not verify: the bundle was changed after export or was made by an installation with another key (restore with that installation's MAMORI_REPORT_KEY)"
        }
      ]);
    }
    /** @type {filesystem.File[]} */
    const files = [];
    data.files.forEach((f, i) => {
      const what = 'files[' + i + '] (' + f.collection + '/' + f.record + ' ' + f.field + ' "' + f.name + '")';
      const part = uploaded('file' + i)[0];
      if (!part) return problems.push({ where: what, message: 'the file is missing from the request' });
      if (part.size !== f.size) return problems.push({ where: what, message: 'has ' + part.size + ' bytes, not ' + f.size });
      const r = part.reader.open();
      let hash;
      try {
        hash = $security.sha256(toString(r, f.size + 1));
      } finally {
        r.close();
      }
      if (hash !== f.sha256) return problems.push({ where: what, message: 'the bytes do not match their SHA-256 (changed after export)' });
      part.name = f.name;
      files.push(part);
    });
    if (problems.length) return refuse(400, problems);
    problems = restore.check(e.app, data);
    if (problems.length) return refuse(409, problems);
    /** @type {import('./lib/bundle-restore.js').Restored} */
    let written = { created: [], reused: [] };
    try {
      e.app.runInTransaction((tx) => {
        written = restore.write(tx, data, files, key);
      });
    } catch (err) {
      const failure = /** @type {{ message?: unknown } | null | undefined} */ (err);
      return refuse(400, [{ where: 'restore', message: String((failure && failure.message) || err) }]);
    }
    /** @type {Dict<number>} */
    const counts = {};
    for (const c of data.collections) counts[c.name] = c.name === 'users' ? written.created.length : c.records.length;
    return e.json(200, {
      organisation: data.organisation,
      restored: counts,
      files: files.length,
      createdAccounts: written.created,
      reusedAccounts: written.reused
    });
  },
  $apis.requireSuperuserAuth(),
  $apis.bodyLimit(4 * 1024 * 1024 * 1024)
);
