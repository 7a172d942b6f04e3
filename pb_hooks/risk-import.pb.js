// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * POST /api/mamori/risks/import { organisation, changes: [{ row, id|null, fields }] }
 * Applies a validated register import (src/lib/domain/risks/register-sheet.ts)
 * for a member of the security team, all in ONE transaction: every row
 * passes the same checks as a single save (lib/risks.js) and gets its audit
 * entry, or nothing is saved and the answer names the row that failed.
 */

routerAdd(
  'POST',
  '/api/mamori/risks/import',
  (e) => {
    const lib = /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`));
    const FIELDS = lib.IMPORT_FIELDS;
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    if (!e.auth) throw new UnauthorizedError('Sign in first.');
    const body = e.requestInfo().body || {};
    const orgId = String(body.organisation || '');
    let org;
    try {
      org = e.app.findRecordById('organisations', orgId);
    } catch (err) {
      throw new NotFoundError('Organisation not found.');
    }
    if (org.getStringSlice('security_team').indexOf(e.auth.id) < 0) throw new ForbiddenError('Only the security team imports risks.');
    const changes = Array.isArray(body.changes) ? body.changes : [];
    if (changes.length > 2000) throw new BadRequestError('At most 2,000 rows per import.');
    const collection = e.app.findCollectionByNameOrId('risks');
    let created = 0;
    let updated = 0;
    e.app.runInTransaction((txApp) => {
      for (const change of changes) {
        const row = Number(change.row) || 0;
        try {
          let record;
          let before = null;
          if (change.id) {
            record = txApp.findRecordById('risks', String(change.id));
            if (record.getString('organisation') !== orgId) throw new Error('another organisation');
            before = audit.snapshot(record);
          } else {
            record = new Record(collection);
            record.set('organisation', orgId);
            record.set('ref', lib.nextRef(txApp, orgId));
          }
          for (const field of FIELDS) if (change.fields && field in change.fields) record.set(field, change.fields[field]);
          for (const relation of ['services', 'systems', 'dependencies']) {
            const ids = record.getStringSlice(relation);
            const target = relation === 'services' ? 'critical_services' : relation === 'systems' ? 'important_systems' : 'dependencies';
            if (ids.length && txApp.findRecordsByIds(target, ids).some((r) => r.getString('organisation') !== orgId)) {
              throw new Error(relation + ' of another organisation');
            }
          }
          lib.check(txApp, record);
          txApp.save(record);
          audit.write(txApp, e.auth, before ? 'update' : 'create', record, before, audit.snapshot(record));
          if (before) updated++;
          else created++;
        } catch (err) {
          const failure = /** @type {{ message?: unknown } | null | undefined} */ (err);
          const detail = failure && failure.message ? String(failure.message) : String(err);
          throw new BadRequestError('Row ' + row + ': ' + detail, { row: new ValidationError(String(row), detail) });
        }
      }
    });
    return e.json(200, { created: created, updated: updated });
  },
  $apis.requireAuth('users')
);
