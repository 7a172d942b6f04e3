// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Helpers of the risk-register hooks (risks.pb.js). */

const STAGES = ['inherent', 'current', 'target'];
const ITEM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*:[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** @param {string} field @param {string} message @returns {never} */
function fail(field, message) {
  throw new BadRequestError(message, { [field]: new ValidationError('invalid', message) });
}

/** The next register reference of an organisation, … @param {CoreApp} app @param {string} org */
function nextRef(app, org) {
  const rows = app.findRecordsByFilter('risks', 'organisation = {:org}', '', 0, 0, { org: org });
  let max = 0;
  for (const r of rows) {
    const m = /^R-(\d+)$/.exec(r.getString('ref'));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return 'R-' + String(max + 1).padStart(3, '0');
}

/** @param {core.Record} record @param {string} field @param {RegExp | null} pattern @param {number} max */
function stringList(record, field, pattern, max) {
  /** @type {unknown} */
  let list = [];
  const raw = record.getString(field);
  if (raw && raw !== 'null') {
    try {
      list = JSON.parse(raw);
    } catch (err) {
      fail(field, 'Give a list of strings.');
    }
  }
  if (
    !Array.isArray(list) ||
    list.length > max ||
    list.some((/** @type {unknown} */ v) => typeof v !== 'string' || v.length > 300 || (pattern && !pattern.test(v)))
  ) {
    fail(field, 'Give a list of at most ' + max + ' valid keys.');
  }
  if (!raw || raw === 'null') record.set(field, []);
}

/** Ratings, criteria version, lists and closing reason of a risk about to be saved. @param {CoreApp} app @param {core.Record} record */
function check(app, record) {
  const criteriaLib = /** @type {typeof import('./risk-criteria.js')} */ (require(`${__hooks}/lib/risk-criteria.js`));
  const rated = STAGES.filter((s) => record.getInt(s + '_likelihood') || record.getInt(s + '_impact'));
  for (const s of rated) {
    if (!record.getInt(s + '_likelihood') || !record.getInt(s + '_impact')) fail(s + '_impact', 'Rate likelihood and impact together.');
  }
  const criteriaId = record.getString('criteria');
  if (rated.length && !criteriaId) fail('criteria', 'Ratings need the risk-criteria version they were made with.');
  if (criteriaId) {
    let criteria;
    try {
      criteria = app.findRecordById('risk_criteria', criteriaId);
    } catch (err) {
      return fail('criteria', 'Unknown risk-criteria version.');
    }
    if (criteria.getString('organisation') !== record.getString('organisation'))
      fail('criteria', 'The criteria belong to another organisation.');
    if (criteria.getString('status') !== 'signed') fail('criteria', 'Only approved risk criteria can be used.');
    const content = JSON.parse(criteria.getString('content'));
    for (const s of rated) {
      if (criteriaLib.level(content, record.getInt(s + '_likelihood'), record.getInt(s + '_impact')) < 0) {
        fail(s + '_likelihood', 'The rating is outside the scales of the criteria version.');
      }
    }
  }
  stringList(record, 'control_items', ITEM_KEY, 100);
  stringList(record, 'candidate_keys', null, 500);
  if (record.getString('status') === 'closed' && !record.getString('closed_reason').trim())
    fail('closed_reason', 'Say why the risk is closed.');
}

/** The ratings of a risk as a review records them. @param {core.Record} risk @returns {JsonObject} */
function ratings(risk) {
  /** @type {JsonObject} */
  const out = { criteria: risk.getString('criteria') };
  for (const s of STAGES) {
    const l = risk.getInt(s + '_likelihood');
    const i = risk.getInt(s + '_impact');
    out[s] = l && i ? { likelihood: l, impact: i } : null;
  }
  return out;
}

/**
 * Who a record says did it: the signed-in person; or, for the superuser
 * (setup only), the member of `role` named in `field`, if any.
 */
/**
 * @param {core.RecordRequestEvent} e @param {string} field @param {string} role
 * @returns {core.Record | null}
 */
function actingUser(e, field, role) {
  if (e.auth && e.auth.collection().name === 'users') return e.auth;
  if (!e.hasSuperuserAuth()) return null;
  const id = e.record.getString(field);
  if (!id) return null;
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  if (org.getStringSlice(role).indexOf(id) < 0) fail(field, 'Name a member of the organisation.');
  return e.app.findRecordById('users', id);
}

/** The fields a register import may set (pb_hooks/risk-import.pb.js). */
const IMPORT_FIELDS = [
  'title',
  'category',
  'threat',
  'scenario',
  'owner',
  'services',
  'systems',
  'dependencies',
  'status',
  'closed_reason',
  'criteria',
  'inherent_likelihood',
  'inherent_impact',
  'current_likelihood',
  'current_impact',
  'target_likelihood',
  'target_impact',
  'controls',
  'control_items',
  'treatment',
  'treatment_plan'
];

/** The most plans one action may name (domain/risks/forms.ts ACTION_PLANS_MAX). */
const ACTION_PLANS_MAX = 10;

/** An action's `plans`: a JSON list of ids of plans of its own organisation. @param {CoreApp} app @param {core.Record} record */
function requireOwnPlans(app, record) {
  stringList(record, 'plans', /^[a-z0-9]{15}$/, ACTION_PLANS_MAX);
  for (const id of /** @type {string[]} */ (JSON.parse(record.getString('plans') || '[]') || [])) {
    let plan;
    try {
      plan = app.findRecordById('plans', id);
    } catch (err) {
      return fail('plans', 'Unknown plan.');
    }
    if (plan.getString('organisation') !== record.getString('organisation')) fail('plans', 'The plan belongs to another organisation.');
  }
}

module.exports = { nextRef, check, ratings, actingUser, requireOwnPlans, STAGES, IMPORT_FIELDS };
