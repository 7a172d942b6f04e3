// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Integrity of the risk register, inside the database:
 *  - the register reference (R-001…) is assigned by the server and never changes;
 *  - ratings are whole levels of the criteria version the risk names, which
 *    must be an approved version of the same organisation; likelihood and
 *    impact of a stage are rated together;
 *  - control items and candidate keys are lists of short strings;
 *  - closing a risk needs a reason; the last review date is set only by a review;
 *  - a review records the ratings as they were, the reviewer and the time.
 */

// The reference is read and saved in one transaction (writes are serialised),
// so risks created at the same moment in one organisation get distinct numbers.
onRecordCreateRequest((e) => {
  const lib = /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`));
  const org = e.record.getString('organisation');
  e.record.set('reviewed_at', '');
  if (!e.record.getString('status')) e.record.set('status', 'open');
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.record.set('ref', lib.nextRef(txApp, org));
    lib.check(txApp, e.record);
    e.next();
  });
}, 'risks');

onRecordUpdateRequest((e) => {
  const lib = /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`));
  const before = e.record.original();
  for (const field of ['organisation', 'ref', 'reviewed_at']) {
    if (JSON.stringify(before.get(field)) !== JSON.stringify(e.record.get(field))) {
      throw new BadRequestError('This field cannot change.', { [field]: new ValidationError('immutable', 'This field cannot change.') });
    }
  }
  lib.check(e.app, e.record);
  e.next();
}, 'risks');

onRecordCreateRequest((e) => {
  if (e.auth && e.auth.collection().name === 'users') e.record.set('dismissed_by', e.auth.id);
  e.next();
}, 'risk_dismissals');

onRecordCreateRequest((e) => {
  const clock = /** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`));
  const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  const risk = e.app.findRecordById('risks', e.record.getString('risk'));
  if (risk.getString('organisation') !== e.record.getString('organisation')) {
    throw new BadRequestError('The risk belongs to another organisation.', {
      risk: new ValidationError('other_org', 'Other organisation.')
    });
  }
  const lib = /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`));
  // setup (demo data, restores) may record a review made earlier; a person's review is dated now
  const given = Date.parse(e.record.getString('reviewed_at').replace(' ', 'T'));
  const now = e.hasSuperuserAuth() && given <= clock.now().getTime() ? new Date(given).toISOString() : clock.now().toISOString();
  e.record.set('reviewed_at', now);
  e.record.set('ratings', lib.ratings(risk));
  const reviewer = lib.actingUser(e, 'reviewer', 'security_team');
  e.record.set('reviewer', reviewer ? reviewer.id : '');
  e.record.set('reviewer_name', reviewer ? reviewer.getString('name') || reviewer.email() : 'superuser');
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.next();
    const fresh = txApp.findRecordById('risks', risk.id);
    const previous = fresh.getString('reviewed_at');
    fresh.set('reviewed_at', now);
    txApp.save(fresh);
    audit.write(txApp, e.auth, 'update', fresh, { reviewed_at: previous }, { reviewed_at: now });
  });
}, 'risk_reviews');
