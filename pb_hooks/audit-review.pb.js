// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * The auditor's review of evidence and requests for evidence, for every
 * client (the rules let auditors and grant holders try; these hooks decide):
 *  - a review is by an auditor of the organisation, or by a grant holder
 *    whose scope holds the evidence; it reviews the current revision unless
 *    told otherwise; "needs more" and "rejected" need a comment; reviews
 *    are never changed (the latest review of the current revision counts);
 *  - a request for evidence names what is needed, optionally for an item;
 *    the security team fulfils it with a piece of evidence (linked to the
 *    item at once), the auditor withdraws it or opens it again.
 */

onRecordCreateRequest((e) => {
  const scope = /** @type {typeof import('./lib/audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
  const org = e.record.getString('organisation');
  let evidence;
  try {
    evidence = e.app.findRecordById('evidence', e.record.getString('evidence'));
  } catch (err) {
    return lib.fail('evidence', 'not_found', 'Evidence not found.');
  }
  if (evidence.getString('organisation') !== org) lib.fail('evidence', 'other_org', 'The evidence belongs to another organisation.');
  if (!scope.auditorFor(e.app, e.auth, org, 'evidence', evidence.id)) throw new ForbiddenError('Only an auditor can review evidence.');
  const revision = e.record.getString('revision') || evidence.getString('current_revision');
  if (revision) {
    const r = e.app.findRecordById('evidence_revisions', revision);
    if (r.getString('evidence') !== evidence.id) lib.fail('revision', 'other_evidence', 'The revision belongs to other evidence.');
  }
  e.record.set('revision', revision);
  if (e.record.getString('verdict') !== 'accepted' && !e.record.getString('comment').trim()) {
    lib.fail('comment', 'required', 'Say what is missing or wrong.');
  }
  const who = lib.person(e.auth);
  e.record.set('reviewer', who.id);
  e.record.set('reviewer_name', who.name);
  e.next();
}, 'evidence_reviews');

onRecordCreateRequest((e) => {
  const scope = /** @type {typeof import('./lib/audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const targets = /** @type {typeof import('./lib/link-targets.js')} */ (require(`${__hooks}/lib/link-targets.js`));
  const lib = /** @type {typeof import('./lib/evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
  const org = e.record.getString('organisation');
  const target = targets.resolve(
    e.app,
    'links',
    e.record.getString('target_type'),
    e.record.getString('target_id'),
    e.record.getString('target_part'),
    org
  );
  if (targets.isLocked(e.app, target.spec, target.record))
    lib.fail('target_id', 'locked', 'The record is signed; no evidence can be added any more.');
  if (!scope.auditorFor(e.app, e.auth, org, e.record.getString('target_type'), e.record.getString('target_id'))) {
    throw new ForbiddenError('Only an auditor can request evidence.');
  }
  const who = lib.person(e.auth);
  e.record.set('fiscal_year', targets.fiscalYearOf(e.app, target.spec, target.record));
  const facts = /** @type {typeof import('./lib/schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`));
  e.record.set('status', lib.named(facts.REQUEST_STATUSES).open);
  e.record.set('evidence', '');
  e.record.set('resolution', '');
  e.record.set('requested_by', who.id);
  e.record.set('requested_by_name', who.name);
  e.record.set('resolved_by', '');
  e.record.set('resolved_by_name', '');
  e.record.set('resolved_at', '');
  e.next();
}, 'evidence_requests');

onRecordUpdateRequest((e) => {
  const requests = /** @type {typeof import('./lib/requests.js')} */ (require(`${__hooks}/lib/requests.js`));
  requests.update(e);
}, 'evidence_requests');

// Reviews are a record of what the auditor said: never changed, not even by a superuser.
onRecordUpdate((e) => {
  throw new BadRequestError('A review is never changed; add a new one.');
}, 'evidence_reviews');

onRecordDeleteRequest((e) => {
  throw new BadRequestError('A review is kept with its evidence.');
}, 'evidence_reviews');
