// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Helpers for the plan hooks (plans.pb.js) and the plan sign-off subject
 * (signoff.js). Loaded with require() inside each handler.
 */

/** Fields of a version that only the workflow may change (everything else is fixed when it is written). */
const VERSION_WORKFLOW_FIELDS = ['status', 'return_reason', 'submitted_at', 'signed_at', 'content_sha256', 'updated'];

/** @param {core.Record} org @param {string} field @param {string | undefined} userId */
function isRole(org, field, userId) {
  return !!userId && org.getStringSlice(field).indexOf(userId) >= 0;
}

/** The newest version of a plan, or null. @param {CoreApp} app @param {string} planId @returns {core.Record | null} */
function latestVersion(app, planId) {
  const found = app.findRecordsByFilter('plan_versions', 'plan = {:p}', '-number', 1, 0, { p: planId });
  return found.length ? found[0] : null;
}

/** Throws when a relation field points at a record of another organisation. @param {CoreApp} app @param {core.Record} record @param {string} field @param {string} collection */
function requireSameOrganisation(app, record, field, collection) {
  const ids = record.getStringSlice(field);
  for (const id of ids) {
    let target;
    try {
      target = app.findRecordById(collection, id);
    } catch (err) {
      throw new BadRequestError('A linked record does not exist.', { [field]: new ValidationError('not_found', 'Not found.') });
    }
    if (target.getString('organisation') !== record.getString('organisation')) {
      throw new BadRequestError('A linked record belongs to another organisation.', {
        [field]: new ValidationError('other_org', 'Other organisation.')
      });
    }
  }
}

/** Canonical content of a plan version for the sign-off hash (lib/signoff.js). @param {CoreApp} app @param {core.Record} version @returns {JsonObject} */
function versionContent(app, version) {
  return {
    subject: 'plan_versions',
    id: version.id,
    organisation: version.getString('organisation'),
    plan: version.getString('plan'),
    kind: version.getString('kind'),
    number: version.getInt('number'),
    title: version.getString('title'),
    content: JSON.parse(version.getString('content') || 'null')
  };
}

/** The relations that tie a timeline entry or an action to what it is about. */
const PARENT_FIELDS = ['exercise', 'incident'];

/** Exactly one parent (exercise or incident), in the record's organisation; an action's `source` names it. @param {CoreApp} app @param {core.Record} record */
function requireOneParent(app, record) {
  const present = PARENT_FIELDS.filter((f) => record.collection().fields.getByName(f) && record.getString(f));
  if (present.length !== 1) {
    throw new BadRequestError('Link the record to one exercise or one incident.', {
      [PARENT_FIELDS[0]]: new ValidationError('parent', 'Exactly one of exercise or incident.')
    });
  }
  const field = present[0];
  const source = record.getString('source');
  if (record.collection().fields.getByName('source') && source !== field) {
    throw new BadRequestError('The source does not match the linked record.', {
      source: new ValidationError('source', 'Source is ' + field + '.')
    });
  }
  requireSameOrganisation(app, record, field, field === 'exercise' ? 'exercises' : 'incidents');
}

/** An action's closing note and close date (the server's; reopening clears it). @param {core.Record} record @param {core.Record | null} before */
function applyClosure(record, before) {
  const closed = record.getString('status') === 'closed';
  if (closed && !record.getString('closure_note').trim()) {
    throw new BadRequestError('Say how the action was closed.', {
      closure_note: new ValidationError('required', 'A closure note is required.')
    });
  }
  const wasClosed = before && before.getString('status') === 'closed';
  if (closed && !wasClosed)
    record.set('closed_at', /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString());
  if (!closed) record.set('closed_at', '');
  if (closed && wasClosed) record.set('closed_at', before.getString('closed_at'));
}

/** An incident's close date is the server's; reopening clears it. @param {core.Record} record @param {core.Record | null} before */
function applyIncidentClosure(record, before) {
  const closed = record.getString('status') === 'closed';
  const wasClosed = before && before.getString('status') === 'closed';
  if (closed && !wasClosed)
    record.set('closed_at', /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString());
  if (closed && wasClosed) record.set('closed_at', before.getString('closed_at'));
  if (!closed) record.set('closed_at', '');
}

module.exports = {
  VERSION_WORKFLOW_FIELDS,
  PARENT_FIELDS,
  isRole,
  latestVersion,
  requireSameOrganisation,
  requireOneParent,
  applyClosure,
  applyIncidentClosure,
  versionContent
};
