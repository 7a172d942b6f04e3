/// <reference path="../../pb_data/types.d.ts" />
/**
 * Who may act as an auditor on a target: the organisation's auditors, or a
 * person holding an active audit grant (audit_grants) whose scope holds the
 * target — one fiscal year's self-check, the evidence linked to its items,
 * and findings and requests on those. A grant is active from its creation
 * until the end of its `until` day (Japan time, pb_hooks/lib/clock.js) unless
 * revoked.
 */
const clock = require(`${__hooks}/lib/clock.js`);

/** Today in Japan as YYYY-MM-DD. */
function today() {
  return new Date(clock.now().getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

function isActive(grant) {
  return !grant.getBool('revoked') && grant.getString('until').slice(0, 10) >= today();
}

function ids(records) {
  return records.map((r) => r.id);
}

/** `(field = a || field = b …)` with its parameters; null for no values. */
function anyOf(field, values, prefix, extra) {
  if (!values.length) return null;
  const params = {};
  const parts = values.map((v, i) => {
    params[prefix + i] = v;
    return field + ' = {:' + prefix + i + '}';
  });
  return { filter: '(' + (extra ? extra + ' && ' : '') + '(' + parts.join(' || ') + '))', params: params };
}

/** Records of `collection` matching `base` and any of the clauses (none when no clause applies). */
function find(app, collection, base, baseParams, clauses) {
  const or = clauses.filter((c) => !!c);
  if (!or.length) return [];
  const params = Object.assign({}, baseParams);
  const filters = [];
  for (const clause of or) {
    Object.assign(params, clause.params);
    filters.push(clause.filter);
  }
  return app.findRecordsByFilter(collection, base + ' && (' + filters.join(' || ') + ')', '', 0, 0, params);
}

/** The records a grant covers: its fiscal year's self-check revisions and the evidence linked to their items. */
function scopeOf(app, grant) {
  const org = grant.getString('organisation');
  const assessments = app.findRecordsByFilter('assessments', 'organisation = {:o} && fiscal_year = {:y}', 'revision', 0, 0, {
    o: org,
    y: grant.getInt('fiscal_year')
  });
  const links = find(app, 'evidence_links', 'organisation = {:o} && target_type = "selfcheck_item"', { o: org }, [
    anyOf('target_id', ids(assessments), 'a')
  ]);
  const evidenceIds = [];
  for (const link of links) if (evidenceIds.indexOf(link.getString('evidence')) < 0) evidenceIds.push(link.getString('evidence'));
  return { organisation: org, assessments: assessments, links: links, evidenceIds: evidenceIds };
}

/** Whether a target (type, id) lies in a grant's scope. */
function covers(app, grant, type, id) {
  const scope = scopeOf(app, grant);
  if (type === 'selfcheck_item') return ids(scope.assessments).indexOf(id) >= 0;
  if (type === 'evidence') return scope.evidenceIds.indexOf(id) >= 0;
  return false;
}

/** The active grants of a user in an organisation. */
function activeGrants(app, userId, orgId) {
  if (!userId) return [];
  return app
    .findRecordsByFilter('audit_grants', 'auditor = {:u} && organisation = {:o}', '', 0, 0, { u: userId, o: orgId })
    .filter(isActive);
}

/**
 * 'member' for the organisation's auditors, the covering grant for a person
 * with one, else null. Findings and requests on a target call this with it.
 */
function auditorFor(app, auth, orgId, type, id) {
  if (!auth || auth.collection().name !== 'users') return null;
  const org = app.findRecordById('organisations', orgId);
  if (org.getStringSlice('auditors').indexOf(auth.id) >= 0) return 'member';
  const grants = activeGrants(app, auth.id, orgId);
  for (const grant of grants) if (covers(app, grant, type, id)) return grant;
  return null;
}

/** The grant with this id, if it is the user's own and active; otherwise a 404 or 403 to answer with. */
function ownGrant(app, grantId, auth) {
  let grant;
  try {
    grant = app.findRecordById('audit_grants', grantId);
  } catch (err) {
    throw new NotFoundError('Audit access not found.');
  }
  if (!auth || grant.getString('auditor') !== auth.id) throw new NotFoundError('Audit access not found.');
  if (!isActive(grant))
    throw new ForbiddenError('This audit access has ended or was revoked.', { grant: new ValidationError('inactive', 'Ended.') });
  return grant;
}

/** One "view" entry in the audit trail: who looked at what through a grant. */
function logView(app, auth, grant, what) {
  require(`${__hooks}/lib/audit.js`).write(app, auth, 'view', grant, null, { viewed: what });
}

module.exports = { today, isActive, scopeOf, covers, activeGrants, auditorFor, ownGrant, logView, anyOf, find };
