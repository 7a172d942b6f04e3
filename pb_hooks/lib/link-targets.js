/// <reference path="../../pb_data/types.d.ts" />
/**
 * The registry of records that evidence links and findings can point at
 * (link-targets.json; add a record type there — see ARCHITECTURE.md).
 * Each entry names its collection, whether it takes evidence links and/or
 * findings, when it is locked (a signed record: links to it can be neither
 * added nor removed, and its evidence cannot be deleted), where its fiscal
 * year is (for the auditor's scope) and, for targets that are a part of a
 * record (an item of a self-check), how the part is checked.
 */
const TARGETS = require('./link-targets.json');

function fail(field, code, message) {
  throw new BadRequestError(message, { [field]: new ValidationError(code, message) });
}

/** Checks of a target's part, by the entry's `part` name. */
const PARTS = {
  /** "<pinned checklist id>:<item id>" of a checklist pinned by the assessment. */
  selfcheck_item: (app, assessment, part) => {
    const at = part.indexOf(':');
    const pinned = part.slice(0, at);
    const itemId = part.slice(at + 1);
    if (at < 1 || !itemId || assessment.getStringSlice('checklists').indexOf(pinned) < 0) return false;
    const checklist = app.findRecordById('checklists', pinned);
    return !!require(`${__hooks}/lib/selfcheck.js`).itemIds(checklist)[itemId];
  }
};

/** The value of `field` on `record`, or on the record its `via` relation points to. */
function follow(app, record, rule) {
  if (!rule.via) return record;
  const id = record.getString(rule.via);
  if (!id) return null;
  try {
    return app.findRecordById(rule.collection, id);
  } catch (err) {
    return null;
  }
}

function isLocked(app, spec, record) {
  const rule = spec.lock;
  if (!rule) return false;
  const holder = follow(app, record, rule);
  return !!holder && rule.equals.indexOf(holder.getString(rule.field)) >= 0;
}

/**
 * Finds and checks a target: registered for `use` ('links' | 'findings'),
 * existing, in `organisation`, with a valid part. Returns { spec, record }.
 */
function resolve(app, use, type, id, part, organisation) {
  const spec = TARGETS[type];
  if (!spec || !spec[use]) fail('target_type', 'unknown', 'This kind of record cannot be linked.');
  let record;
  try {
    record = app.findRecordById(spec.collection, id);
  } catch (err) {
    fail('target_id', 'not_found', 'The record does not exist.');
  }
  const org = spec.collection === 'organisations' ? record.id : record.getString('organisation');
  if (org !== organisation) fail('target_id', 'other_org', 'The record belongs to another organisation.');
  if (spec.part) {
    if (!part || !PARTS[spec.part](app, record, part)) fail('target_part', 'unknown_part', 'No such part of the record.');
  } else if (part) {
    fail('target_part', 'no_part', 'This record has no parts.');
  }
  return { spec: spec, record: record };
}

/** The fiscal year a target belongs to (0 when it has none). */
function fiscalYearOf(app, spec, record) {
  if (!spec.fiscalYear) return 0;
  return record.getInt(spec.fiscalYear);
}

/** Registered types whose records live in `collection`. */
function typesIn(collection) {
  return Object.keys(TARGETS).filter((type) => TARGETS[type].collection === collection);
}

/** Every collection some target type lives in. */
function collections() {
  const seen = {};
  for (const type of Object.keys(TARGETS)) seen[TARGETS[type].collection] = true;
  return Object.keys(seen);
}

module.exports = { TARGETS, resolve, isLocked, fiscalYearOf, typesIn, collections, fail };
