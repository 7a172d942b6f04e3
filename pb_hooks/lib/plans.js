/// <reference path="../../pb_data/types.d.ts" />
/**
 * Helpers for the plan hooks (plans.pb.js) and the plan sign-off subject
 * (signoff.js). Loaded with require() inside each handler.
 */

/** Fields of a version that only the workflow may change (everything else is fixed when it is written). */
const VERSION_WORKFLOW_FIELDS = ['status', 'return_reason', 'submitted_at', 'signed_at', 'content_sha256', 'updated'];

function isRole(org, field, userId) {
  return !!userId && org.getStringSlice(field).indexOf(userId) >= 0;
}

/** The newest version of a plan, or null. */
function latestVersion(app, planId) {
  const found = app.findRecordsByFilter('plan_versions', 'plan = {:p}', '-number', 1, 0, { p: planId });
  return found.length ? found[0] : null;
}

/** Throws when a relation field points at a record of another organisation. */
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

/** Canonical content of a plan version for the sign-off hash (lib/signoff.js). */
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

module.exports = { VERSION_WORKFLOW_FIELDS, isRole, latestVersion, requireSameOrganisation, versionContent };
