/// <reference path="../../pb_data/types.d.ts" />
/**
 * Rules of the evidence library shared by the hooks (pb_hooks/evidence.pb.js)
 * and the upload route: metadata checks, storing one uploaded file as a new
 * revision, and who did it.
 */
const files = require(`${__hooks}/lib/evidence-files.js`);

/** What a person describes about a piece of evidence (everything else is kept by the server). */
const METADATA_FIELDS = ['title', 'description', 'owner', 'fiscal_year', 'effective_from', 'effective_to', 'expires_on'];

const REFUSALS = {
  empty: 'The file is empty.',
  executable: 'Programs cannot be stored as evidence, whatever their name.',
  script: 'Scripts cannot be stored as evidence, whatever their name.',
  markup: 'HTML, SVG and XML files are not accepted; save the document as PDF or plain text.',
  ole_name: 'This older Office file must be named .doc, .xls or .ppt.',
  unknown: 'The content of this file is not of an accepted type (PDF, image, Office document, text, CSV, log or ZIP).'
};

function fail(field, code, message) {
  throw new BadRequestError(message, { [field]: new ValidationError(code, message) });
}

function person(auth) {
  if (!auth || auth.collection().name !== 'users') return { id: '', name: 'system' };
  return { id: auth.id, name: auth.getString('name') || auth.email() };
}

function dateOf(record, field) {
  return record.getString(field).slice(0, 10);
}

/** Title, period and link rules that hold for every save (REST, routes, superusers). */
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
 */
function describeUpload(app, revision, file, getenv) {
  if (!file || typeof file !== 'object' || !file.reader) fail('file', 'required', 'Choose a file to upload.');
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
  if (!verdict.ok) fail('file', verdict.reason, REFUSALS[verdict.reason] || REFUSALS.unknown);
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

/** Makes `revision` the evidence's current one. */
function promote(app, evidence, revision) {
  evidence.set('current_revision', revision.id);
  evidence.set('revision_count', revision.getInt('number'));
  app.save(evidence);
}

module.exports = { METADATA_FIELDS, REFUSALS, fail, person, checkMetadata, describeUpload, promote };
