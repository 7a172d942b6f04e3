/// <reference path="../../pb_data/types.d.ts" />
/** Helpers of the risk-register hooks (risks.pb.js). */

const STAGES = ['inherent', 'current', 'target'];
const ITEM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*:[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function fail(field, message) {
  throw new BadRequestError(message, { [field]: new ValidationError('invalid', message) });
}

/** The next register reference of an organisation, … */
function nextRef(app, org) {
  const rows = app.findRecordsByFilter('risks', 'organisation = {:org}', '', 0, 0, { org: org });
  let max = 0;
  for (const r of rows) {
    const m = /^R-(\d+)$/.exec(r.getString('ref'));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return 'R-' + String(max + 1).padStart(3, '0');
}

function stringList(record, field, pattern, max) {
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
    list.some((v) => typeof v !== 'string' || v.length > 300 || (pattern && !pattern.test(v)))
  ) {
    fail(field, 'Give a list of at most ' + max + ' valid keys.');
  }
  if (!raw || raw === 'null') record.set(field, []);
}

/** Ratings, criteria version, lists and closing reason of a risk about to be saved. */
function check(app, record) {
  const criteriaLib = require(`${__hooks}/lib/risk-criteria.js`);
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
      fail('criteria', 'Unknown risk-criteria version.');
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

/** The ratings of a risk as a review records them. */
function ratings(risk) {
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
function actingUser(e, field, role) {
  if (e.auth && e.auth.collection().name === 'users') return e.auth;
  if (!e.hasSuperuserAuth()) return null;
  const id = e.record.getString(field);
  if (!id) return null;
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  if (org.getStringSlice(role).indexOf(id) < 0) fail(field, 'Name a member of the organisation.');
  return e.app.findRecordById('users', id);
}

module.exports = { nextRef, check, ratings, actingUser, STAGES };
