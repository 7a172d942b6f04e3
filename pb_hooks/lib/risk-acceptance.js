/// <reference path="../../pb_data/types.d.ts" />
/**
 * Risk acceptance on the server: the snapshot an approval freezes (exactly
 * what was accepted: risk text, levels, controls with their self-check
 * answers, justification, expiry) and the expiry sweep run by the cron job.
 * The snapshot's shape is parsed by the app with acceptanceSnapshotSchema
 * (src/lib/domain/risks/acceptance.ts).
 */

function names(app, collection, ids) {
  if (!ids.length) return [];
  return app
    .findRecordsByIds(collection, ids)
    .map((r) => r.getString('name'))
    .sort();
}

function itemTitles(checklist) {
  const titles = {};
  let content = {};
  try {
    content = JSON.parse(checklist.getString('content'));
  } catch (err) {
    content = {};
  }
  const walk = (sections) => {
    for (const s of sections || []) {
      for (const item of s.items || []) titles[item.id] = item.title && item.title.ja ? item.title.ja : item.id;
      walk(s.sections);
    }
  };
  walk(content.sections);
  return titles;
}

/** The organisation's latest self-check (highest fiscal year, then revision), or null. */
function latestAssessment(app, org) {
  const found = app.findRecordsByFilter('assessments', 'organisation = {:org}', '-fiscal_year,-revision', 1, 0, { org: org });
  return found.length ? found[0] : null;
}

/** Each linked control item with its answer in the latest self-check. */
function controls(app, risk) {
  let keys = [];
  try {
    keys = JSON.parse(risk.getString('control_items')) || [];
  } catch (err) {
    keys = [];
  }
  if (!keys.length) return [];
  const assessment = latestAssessment(app, risk.getString('organisation'));
  const byLogical = {};
  const statuses = {};
  if (assessment) {
    for (const c of app.findRecordsByIds('checklists', assessment.getStringSlice('checklists'))) {
      byLogical[c.getString('checklist_id')] = { record: c, titles: itemTitles(c) };
    }
    const idToLogical = {};
    for (const k in byLogical) idToLogical[byLogical[k].record.id] = k;
    for (const a of app.findRecordsByFilter('answers', 'assessment = {:a}', '', 0, 0, { a: assessment.id })) {
      statuses[idToLogical[a.getString('checklist')] + ':' + a.getString('item_id')] = a.getString('status');
    }
  }
  return keys.map((key) => {
    const [checklist, item] = key.split(':');
    const pinned = byLogical[checklist];
    const asked = !!(pinned && pinned.titles[item]);
    return {
      key: key,
      title: asked ? pinned.titles[item] : key,
      status: asked ? statuses[key] || 'unanswered' : 'not_in_selfcheck',
      fiscalYear: assessment ? assessment.getInt('fiscal_year') : null
    };
  });
}

function levels(risk, content) {
  const criteriaLib = require(`${__hooks}/lib/risk-criteria.js`);
  const out = {};
  for (const stage of ['inherent', 'current', 'target']) {
    const l = risk.getInt(stage + '_likelihood');
    const i = risk.getInt(stage + '_impact');
    const band = content ? criteriaLib.level(content, l, i) : -1;
    out[stage] = band < 0 ? null : { likelihood: l, impact: i, level: band, label: content.bands[band].label };
  }
  return out;
}

/** The canonical content of an acceptance: the frozen snapshot once approved, else built from the data now. */
function content(app, acceptance) {
  const frozen = acceptance.getString('snapshot');
  if (acceptance.getString('status') !== 'requested' && frozen && frozen !== 'null') return JSON.parse(frozen);
  return build(app, acceptance);
}

function build(app, acceptance) {
  const risk = app.findRecordById('risks', acceptance.getString('risk'));
  let criteria = null;
  let criteriaContent = null;
  if (risk.getString('criteria')) {
    criteria = app.findRecordById('risk_criteria', risk.getString('criteria'));
    criteriaContent = JSON.parse(criteria.getString('content'));
  }
  return {
    subject: 'risk_acceptances',
    id: acceptance.id,
    organisation: acceptance.getString('organisation'),
    risk: {
      id: risk.id,
      ref: risk.getString('ref'),
      title: risk.getString('title'),
      scenario: risk.getString('scenario'),
      category: risk.getString('category'),
      threat: risk.getString('threat'),
      owner: risk.getString('owner'),
      services: names(app, 'critical_services', risk.getStringSlice('services')),
      systems: names(app, 'important_systems', risk.getStringSlice('systems')),
      dependencies: names(app, 'dependencies', risk.getStringSlice('dependencies')),
      controls: risk.getString('controls'),
      treatment: risk.getString('treatment'),
      treatmentPlan: risk.getString('treatment_plan')
    },
    criteria: {
      id: criteria ? criteria.id : '',
      version: criteria ? criteria.getInt('version') : 0,
      contentSha256: criteria ? criteria.getString('content_sha256') : ''
    },
    levels: levels(risk, criteriaContent),
    controls: controls(app, risk),
    justification: acceptance.getString('justification'),
    expiresAt: new Date(acceptance.getString('expires_at').replace(' ', 'T')).toISOString(),
    requestedBy: acceptance.getString('requested_by_name')
  };
}

/** Marks every approval whose expiry has passed as expired (audit actor: system). Returns how many. */
function expireDue(app) {
  const clock = require(`${__hooks}/lib/clock.js`);
  const audit = require(`${__hooks}/lib/audit.js`);
  const now = clock.nowForFilter();
  const due = app.findRecordsByFilter('risk_acceptances', 'status = "signed" && expires_at <= {:now}', 'expires_at', 0, 0, { now: now });
  for (const record of due) {
    app.runInTransaction((txApp) => {
      const fresh = txApp.findRecordById('risk_acceptances', record.id);
      if (fresh.getString('status') !== 'signed') return;
      fresh.set('status', 'expired');
      fresh.set('expired_at', clock.now().toISOString());
      txApp.save(fresh);
      audit.write(txApp, null, 'update', fresh, { status: 'signed' }, { status: 'expired', expired_at: fresh.getString('expired_at') });
    });
  }
  return due.length;
}

const EDITABLE_WHILE_REQUESTED = ['justification', 'expires_at'];
const MAX_MS = 3 * 366 * 24 * 60 * 60 * 1000;

function bad(field, message) {
  return new BadRequestError(message, { [field]: new ValidationError('invalid', message) });
}

function checkExpiry(record) {
  const clock = require(`${__hooks}/lib/clock.js`);
  const at = Date.parse(record.getString('expires_at').replace(' ', 'T'));
  const now = clock.now().getTime();
  if (!(at > now)) throw bad('expires_at', 'The expiry must be in the future.');
  if (at - now > MAX_MS) throw bad('expires_at', 'An acceptance may run for at most 3 years.');
}

function changed(before, after, allowed) {
  for (const name of after.collection().fields.fieldNames()) {
    if (allowed.indexOf(name) >= 0 || name === 'updated') continue;
    if (JSON.stringify(before.get(name)) !== JSON.stringify(after.get(name))) return name;
  }
  return null;
}

module.exports = { content, build, controls, expireDue, latestAssessment, bad, checkExpiry, changed, EDITABLE_WHILE_REQUESTED };
