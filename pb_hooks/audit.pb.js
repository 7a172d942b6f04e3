// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Audit trail: every create, update and delete that reaches a domain
 * collection through the REST API is recorded in `audit_log`, in the same
 * transaction as the change itself. Entries cannot be changed or deleted,
 * not even by a superuser through the API (see the guards at the bottom).
 *
 * The list of audited collections lives in lib/collections.js; the
 * authorization-matrix test fails when a collection is missing from it.
 */
const AUDITED = /** @type {typeof import('./lib/collections.js')} */ (require(`${__hooks}/lib/collections.js`)).AUDITED;

onRecordCreateRequest(
  (e) => {
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    e.app.runInTransaction((txApp) => {
      e.app = txApp;
      e.next();
      audit.write(txApp, e.auth, 'create', e.record, null, audit.snapshot(e.record));
    });
  },
  ...AUDITED
);

onRecordUpdateRequest(
  (e) => {
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    const before = audit.snapshot(e.record.original());
    e.app.runInTransaction((txApp) => {
      e.app = txApp;
      e.next();
      audit.write(txApp, e.auth, 'update', e.record, before, audit.snapshot(e.record));
    });
  },
  ...AUDITED
);

onRecordDeleteRequest(
  (e) => {
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    const before = audit.snapshot(e.record);
    e.app.runInTransaction((txApp) => {
      e.app = txApp;
      e.next();
      audit.write(txApp, e.auth, 'delete', e.record, before, null);
    });
  },
  ...AUDITED
);

// Append-only: no update or delete of audit entries through any path.
onRecordUpdate((e) => {
  throw new BadRequestError('Audit trail entries cannot be changed.');
}, 'audit_log');

onRecordDelete((e) => {
  throw new BadRequestError('Audit trail entries cannot be deleted.');
}, 'audit_log');
