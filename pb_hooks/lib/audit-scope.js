// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Who may act as an auditor on a target: the organisation's auditors, or a
 * person holding an active audit grant (audit_grants) whose scope holds the
 * target — one fiscal year's self-check, the evidence linked to its items,
 * and findings and requests on those. A grant is active from its creation
 * until the end of its `until` day (Japan time, pb_hooks/lib/clock.js) unless
 * revoked.
 */
const clock = /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`));

/** Today in Japan as YYYY-MM-DD. */
function today() {
  return new Date(clock.now().getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

/** @param {core.Record} grant */
function isActive(grant) {
  return !grant.getBool('revoked') && grant.getString('until').slice(0, 10) >= today();
}

/** @param {core.Record[]} records */
function ids(records) {
  return records.map((r) => r.id);
}

/**
 * @typedef {{ filter: string, params: Dict<string> }} Clause
 */

/**
 * `(field = a || field = b …)` with its parameters; null for no values.
 * @param {string} field @param {string[]} values @param {string} prefix @param {string} [extra] @returns {Clause | null}
 */
function anyOf(field, values, prefix, extra) {
  if (!values.length) return null;
  /** @type {Dict<string>} */
  const params = {};
  const parts = values.map((v, i) => {
    params[prefix + i] = v;
    return field + ' = {:' + prefix + i + '}';
  });
  return { filter: '(' + (extra ? extra + ' && ' : '') + '(' + parts.join(' || ') + '))', params: params };
}

/**
 * Records of `collection` matching `base` and any of the clauses (none when no clause applies).
 * @param {CoreApp} app @param {string} collection @param {string} base @param {Dict<unknown>} baseParams @param {(Clause | null)[]} clauses
 * @returns {core.Record[]}
 */
function find(app, collection, base, baseParams, clauses) {
  const or = clauses.filter(/** @returns {c is Clause} */ (c) => !!c);
  if (!or.length) return [];
  const params = Object.assign({}, baseParams);
  /** @type {string[]} */
  const filters = [];
  for (const clause of or) {
    Object.assign(params, clause.params);
    filters.push(clause.filter);
  }
  return app.findRecordsByFilter(collection, base + ' && (' + filters.join(' || ') + ')', '', 0, 0, params);
}

/** The records a grant covers: its fiscal year's self-check revisions and the evidence linked to their items. @param {CoreApp} app @param {core.Record} grant */
function scopeOf(app, grant) {
  const org = grant.getString('organisation');
  const assessments = app.findRecordsByFilter('assessments', 'organisation = {:o} && fiscal_year = {:y}', 'revision', 0, 0, {
    o: org,
    y: grant.getInt('fiscal_year')
  });
  const links = find(app, 'evidence_links', 'organisation = {:o} && target_type = "selfcheck_item"', { o: org }, [
    anyOf('target_id', ids(assessments), 'a')
  ]);
  /** @type {string[]} */
  const evidenceIds = [];
  for (const link of links) if (evidenceIds.indexOf(link.getString('evidence')) < 0) evidenceIds.push(link.getString('evidence'));
  return { organisation: org, assessments: assessments, links: links, evidenceIds: evidenceIds };
}

/** Whether a target (type, id) lies in a grant's scope. @param {CoreApp} app @param {core.Record} grant @param {string} type @param {string} id */
function covers(app, grant, type, id) {
  const scope = scopeOf(app, grant);
  if (type === 'selfcheck_item') return ids(scope.assessments).indexOf(id) >= 0;
  if (type === 'evidence') return scope.evidenceIds.indexOf(id) >= 0;
  return false;
}

/** The active grants of a user in an organisation. @param {CoreApp} app @param {string} userId @param {string} orgId */
function activeGrants(app, userId, orgId) {
  if (!userId) return [];
  return app
    .findRecordsByFilter('audit_grants', 'auditor = {:u} && organisation = {:o}', '', 0, 0, { u: userId, o: orgId })
    .filter(isActive);
}

/**
 * 'member' for the organisation's auditors, the covering grant for a person
 * with one, else null. Findings and requests on a target call this with it.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {string} orgId @param {string} type @param {string} id
 * @returns {'member' | core.Record | null}
 */
function auditorFor(app, auth, orgId, type, id) {
  if (!auth || auth.collection().name !== 'users') return null;
  const org = app.findRecordById('organisations', orgId);
  if (org.getStringSlice('auditors').indexOf(auth.id) >= 0) return 'member';
  const grants = activeGrants(app, auth.id, orgId);
  for (const grant of grants) if (covers(app, grant, type, id)) return grant;
  return null;
}

/** The grant with this id, if it is the user's own and active; otherwise a 404 or 403 to answer with. @param {CoreApp} app @param {string} grantId @param {core.Record | null | undefined} auth */
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

/** One "view" entry in the audit trail: who looked at what through a grant. @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} grant @param {string} what */
function logView(app, auth, grant, what) {
  /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`)).write(app, auth, 'view', grant, null, { viewed: what });
}

module.exports = { today, isActive, scopeOf, covers, activeGrants, auditorFor, ownGrant, logView, anyOf, find };
