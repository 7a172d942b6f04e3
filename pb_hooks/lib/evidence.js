// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Rules of the evidence library shared by the hooks (pb_hooks/evidence.pb.js)
 * and the upload route: metadata checks, storing one uploaded file as a new
 * revision, and who did it.
 */
const files = /** @type {typeof import('./evidence-files.js')} */ (require(`${__hooks}/lib/evidence-files.js`));

/** What a person describes about a piece of evidence (everything else is kept by the server). */
const METADATA_FIELDS = ['title', 'description', 'owner', 'fiscal_year', 'effective_from', 'effective_to', 'expires_on'];

/** @type {Dict<string>} */
const REFUSALS = {
  empty: 'The file is empty.',
  executable: 'Programs cannot be stored as evidence, whatever their name.',
  script: 'Scripts cannot be stored as evidence, whatever their name.',
  markup: 'HTML, SVG and XML files are not accepted; save the document as PDF or plain text.',
  ole_name: 'This older Office file must be named .doc, .xls or .ppt.',
  unknown: 'The content of this file is not of an accepted type (PDF, image, Office document, text, CSV, log or ZIP).'
};

/** Refuses the request with a message on one field. @param {string} field @param {string} code @param {string} message @returns {never} */
function fail(field, code, message) {
  throw new BadRequestError(message, { [field]: new ValidationError(code, message) });
}

/** Whether a field differs between the stored record and the one being saved. @param {core.Record} before @param {core.Record} record @param {string} field */
function changed(before, record, field) {
  return JSON.stringify(before.get(field)) !== JSON.stringify(record.get(field));
}

/**
 * The values of a select field by name (`named(REQUEST_STATUSES).open`), so a
 * hook names only values schema-facts.js lists: tsc refuses any other name.
 * @template {string} V @param {readonly V[]} values @returns {{ readonly [K in V]: K }}
 */
function named(values) {
  /** @type {Dict<string>} */
  const out = {};
  for (const v of values) out[v] = v;
  return /** @type {{ readonly [K in V]: K }} */ (/** @type {unknown} */ (out));
}

/**
 * Refuses a text longer than `max` characters (code points, as PocketBase
 * counts them) instead of cutting it short. @param {string} field @param {string} text @param {number} max
 */
function checkLength(field, text, max) {
  if (Array.from(text).length > max) fail(field, 'too_long', 'At most ' + max + ' characters.');
}

/**
 * The files sent in one multipart part; none when the part is missing
 * (PocketBase's findUploadedFiles throws "http: no such file" then).
 * @param {core.RequestEvent} e @param {string} name @returns {filesystem.File[]}
 */
function uploadedFiles(e, name) {
  try {
    return e.findUploadedFiles(name) || [];
  } catch (err) {
    // http.ErrMissingFile; anything else (a broken body) is not "no file"
    if (String(err).indexOf('no such file') >= 0) return [];
    throw err;
  }
}

/** @param {core.Record | null | undefined} auth @returns {{ id: string, name: string }} */
function person(auth) {
  if (!auth || auth.collection().name !== 'users') return { id: '', name: 'system' };
  return { id: auth.id, name: auth.getString('name') || auth.email() };
}

/** @param {core.Record} record @param {string} field */
function dateOf(record, field) {
  return record.getString(field).slice(0, 10);
}

/** Title, period and link rules that hold for every save (REST, routes, superusers). */
/** @param {core.Record} record */
function checkMetadata(record) {
  const kind = record.getString('kind');
  const url = record.getString('url');
  if (kind === 'link') {
    if (!url) fail('url', 'required', 'A link needs its address.');
    if (!/^https?:\/\//i.test(url)) fail('url', 'scheme', 'Only http:// and https:// addresses can be registered.');
  } else if (url) {
    fail('url', 'file_kind', 'A file evidence has no address.');
  }
  if (!record.getString('title').trim()) fail('title', 'required', 'A title is required.');
  const from = dateOf(record, 'effective_from');
  const to = dateOf(record, 'effective_to');
  if (!record.getInt('fiscal_year') && !from) {
    fail('effective_from', 'required', 'Give the date or the fiscal year this evidence is for.');
  }
  if (to && !from) fail('effective_from', 'required', 'A period needs its first day.');
  if (from && to && to < from) fail('effective_to', 'before_start', 'The period cannot end before it starts.');
}

/**
 * Checks one uploaded file and fills in everything the server decides about
 * a revision: number, original name, size, type from content, SHA-256.
 * `file` is the filesystem.File PocketBase made from the upload.
 * @param {CoreApp} app @param {core.Record} revision @param {filesystem.File | null | undefined} file
 * @param {(name: string) => string} getenv
 */
function describeUpload(app, revision, file, getenv) {
  if (!file || typeof file !== 'object' || !file.reader) return fail('file', 'required', 'Choose a file to upload.');
  const limit = files.maxBytes(getenv);
  const size = file.size;
  if (size > limit) {
    fail('file', 'too_large', 'The file is larger than the limit of ' + Math.round(limit / 1048576) + ' MB.');
  }
  let head;
  let reader = file.reader.open();
  try {
    head = toBytes(reader, files.CONFIG.sniffBytes);
  } finally {
    reader.close();
  }
  const verdict = files.sniff(Array.from(head), file.originalName, size);
  if (!verdict.ok) return fail('file', verdict.reason, REFUSALS[verdict.reason] || REFUSALS.unknown);
  let hash;
  reader = file.reader.open();
  try {
    // toString keeps the bytes as they are (checked against sha256sum by the integration tests)
    hash = $security.sha256(toString(reader, size + 1));
  } finally {
    reader.close();
  }
  const previous = app.findRecordsByFilter('evidence_revisions', 'evidence = {:e}', '-number', 1, 0, {
    e: revision.getString('evidence')
  });
  revision.set('number', previous.length ? previous[0].getInt('number') + 1 : 1);
  revision.set('original_name', files.sanitiseName(file.originalName));
  revision.set('size', size);
  revision.set('mime', verdict.mime);
  revision.set('sha256', hash);
}

/** Makes `revision` the evidence's current one. @param {CoreApp} app @param {core.Record} evidence @param {core.Record} revision */
function promote(app, evidence, revision) {
  evidence.set('current_revision', revision.id);
  evidence.set('revision_count', revision.getInt('number'));
  app.save(evidence);
}

module.exports = {
  named,
  checkLength,
  uploadedFiles,
  METADATA_FIELDS,
  REFUSALS,
  fail,
  changed,
  person,
  checkMetadata,
  describeUpload,
  promote
};
