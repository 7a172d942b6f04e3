// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * The evidence library's integrity, for every client including superusers:
 *  - files arrive only through POST /api/mamori/evidence/upload (multipart:
 *    organisation, file, and either evidence = an existing id for a new
 *    revision, or title, description, owner, fiscal_year, effective_from,
 *    effective_to, expires_on for new evidence; note optional; link_type,
 *    link_id, link_part to link it at once, e.g. dropped onto a self-check
 *    item). It checks the role, then creates everything in one transaction:
 *    nothing is kept when any part fails;
 *  - each revision's type is decided from its bytes, its size is limited
 *    (MAMORI_EVIDENCE_MAX_MB) and its SHA-256 computed here, never taken
 *    from the client; revisions are never changed or deleted on their own;
 *  - metadata rules (period, link address) hold for every save.
 * Deleting evidence that is in use is refused in evidence-links.pb.js.
 */

routerAdd(
  'POST',
  '/api/mamori/evidence/upload',
  (e) => {
    const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    const auth = e.auth;
    if (!auth) throw new UnauthorizedError('Sign in first.');
    const value = (/** @type {string} */ name) => String(e.request.formValue(name) || '').trim();
    const orgId = value('organisation');
    let org;
    try {
      org = e.app.findRecordById('organisations', orgId);
    } catch (err) {
      throw new NotFoundError('Organisation not found.');
    }
    if (org.getStringSlice('members').indexOf(auth.id) < 0) throw new NotFoundError('Organisation not found.');
    if (org.getStringSlice('security_team').indexOf(auth.id) < 0) {
      throw new ForbiddenError('Only the security team can upload evidence.');
    }
    const uploaded = lib.uploadedFiles(e, 'file');
    if (uploaded.length !== 1) lib.fail('file', 'required', 'Choose one file to upload.');
    const facts = /** @type {typeof import('./lib/schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`));
    const note = value('note');
    lib.checkLength('note', note, facts.EVIDENCE_REVISIONS.note);
    const who = lib.person(auth);
    const existingId = value('evidence');
    let result;
    e.app.runInTransaction((txApp) => {
      let evidence;
      let before = null;
      if (existingId) {
        try {
          evidence = txApp.findRecordById('evidence', existingId);
        } catch (err) {
          throw new NotFoundError('Evidence not found.');
        }
        if (evidence.getString('organisation') !== orgId) throw new NotFoundError('Evidence not found.');
        if (evidence.getString('kind') !== 'file') lib.fail('evidence', 'link', 'A link has no file revisions.');
        before = audit.snapshot(evidence);
      } else {
        evidence = new Record(txApp.findCollectionByNameOrId('evidence'));
        evidence.set('organisation', orgId);
        evidence.set('kind', 'file');
        for (const name of lib.METADATA_FIELDS) evidence.set(name, value(name));
        evidence.set('revision_count', 0);
        evidence.set('created_by', who.id);
        evidence.set('created_by_name', who.name);
        txApp.save(evidence);
      }
      const revision = new Record(txApp.findCollectionByNameOrId('evidence_revisions'));
      revision.set('organisation', orgId);
      revision.set('evidence', evidence.id);
      revision.set('note', note);
      revision.set('uploaded_by', who.id);
      revision.set('uploaded_by_name', who.name);
      revision.set('file', uploaded[0]);
      txApp.save(revision);
      lib.promote(txApp, evidence, revision);
      audit.write(txApp, auth, 'create', revision, null, audit.snapshot(revision));
      audit.write(txApp, auth, before ? 'update' : 'create', evidence, before, audit.snapshot(evidence));
      let link = null;
      if (value('link_type')) {
        link = new Record(txApp.findCollectionByNameOrId('evidence_links'));
        link.set('organisation', orgId);
        link.set('evidence', evidence.id);
        link.set('target_type', value('link_type'));
        link.set('target_id', value('link_id'));
        link.set('target_part', value('link_part'));
        link.set('created_by', who.id);
        link.set('created_by_name', who.name);
        txApp.save(link);
        audit.write(txApp, auth, 'create', link, null, audit.snapshot(link));
      }
      result = {
        evidence: evidence.id,
        revision: revision.id,
        number: revision.getInt('number'),
        name: revision.getString('original_name'),
        size: revision.getInt('size'),
        mime: revision.getString('mime'),
        sha256: revision.getString('sha256'),
        link: link ? link.id : ''
      };
    });
    return e.json(200, result);
  },
  $apis.requireAuth('users'),
  $apis.bodyLimit(
    /** @type {typeof import('./lib/evidence-files.js')} */ (require(`${__hooks}/lib/evidence-files.js`)).maxBytes($os.getenv) + 1048576
  )
);

/** GET /api/mamori/evidence/limits → { maxBytes }: what the upload form states before anyone uploads. */
routerAdd('GET', '/api/mamori/evidence/limits', (e) => {
  return e.json(200, {
    maxBytes: /** @type {typeof import('./lib/evidence-files.js')} */ (require(`${__hooks}/lib/evidence-files.js`)).maxBytes($os.getenv)
  });
});

// ---- revisions -------------------------------------------------------------

onRecordCreate((e) => {
  const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
  let evidence;
  try {
    evidence = e.app.findRecordById('evidence', e.record.getString('evidence'));
  } catch (err) {
    return lib.fail('evidence', 'not_found', 'Evidence not found.');
  }
  if (evidence.getString('organisation') !== e.record.getString('organisation')) {
    lib.fail('organisation', 'other_org', 'A revision belongs to the organisation of its evidence.');
  }
  if (evidence.getString('kind') !== 'file') lib.fail('evidence', 'link', 'A link has no file revisions.');
  lib.describeUpload(e.app, e.record, e.record.get('file'), $os.getenv);
  e.next();
}, 'evidence_revisions');

onRecordUpdate((e) => {
  throw new BadRequestError('A stored revision never changes; upload a new one instead.');
}, 'evidence_revisions');

onRecordDeleteRequest((e) => {
  throw new BadRequestError('A revision is kept as long as its evidence exists.');
}, 'evidence_revisions');

// ---- evidence --------------------------------------------------------------

onRecordCreateRequest((e) => {
  const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
  if (e.record.getString('kind') !== 'link') {
    lib.fail('kind', 'upload_route', 'Files are uploaded with their evidence through /api/mamori/evidence/upload.');
  }
  const who = lib.person(e.auth);
  e.record.set('created_by', who.id);
  e.record.set('created_by_name', who.name);
  e.record.set('revision_count', 0);
  e.record.set('current_revision', '');
  e.next();
}, 'evidence');

onRecordUpdateRequest((e) => {
  const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
  const before = e.record.original();
  for (const name of ['kind', 'current_revision', 'revision_count', 'created_by', 'created_by_name']) {
    if (before.getString(name) !== e.record.getString(name)) lib.fail(name, 'immutable', 'This field is kept by the server.');
  }
  e.next();
}, 'evidence');

onRecordCreate((e) => {
  /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`)).checkMetadata(e.record);
  e.next();
}, 'evidence');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`)).checkMetadata(e.record);
  const current = e.record.getString('current_revision');
  if (current && current !== e.record.original().getString('current_revision')) {
    const revision = e.app.findRecordById('evidence_revisions', current);
    if (revision.getString('evidence') !== e.record.id) throw new BadRequestError('The current revision must be one of its own.');
  }
  e.next();
}, 'evidence');
