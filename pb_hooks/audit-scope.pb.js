// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * The auditor's scope: an organisation admin grants a person who is not a
 * member access to one fiscal year's self-check and the evidence linked to
 * it, until a date. The grant holder reads only through these routes —
 * the REST API shows them nothing of the organisation — and every read is
 * written to the audit trail ("view").
 *
 * POST /api/mamori/organisations/{id}/audit-grants
 *      { email, name?, password?, fiscal_year, until, note? }   (admins)
 * GET  /api/mamori/audit-grants/{id}/scope                     (the holder)
 * GET  /api/mamori/audit-grants/{id}/files/{revision}          (the holder)
 * Revoking or shortening a grant is a plain update by an admin (audited).
 */

routerAdd(
  'POST',
  '/api/mamori/organisations/{id}/audit-grants',
  (e) => {
    const grants = /** @type {typeof import('./lib/grants.js')} */ (require(`${__hooks}/lib/grants.js`));
    return e.json(200, grants.grant(e));
  },
  $apis.requireAuth('users')
);

routerAdd(
  'GET',
  '/api/mamori/audit-grants/{id}/scope',
  (e) => {
    const scope = /** @type {typeof import('./lib/audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
    const grant = scope.ownGrant(e.app, e.request.pathValue('id'), e.auth);
    const payload = /** @type {typeof import('./lib/scope-payload.js')} */ (require(`${__hooks}/lib/scope-payload.js`)).payload(
      e.app,
      grant
    );
    scope.logView(e.app, e.auth, grant, 'scope FY' + grant.getInt('fiscal_year'));
    return e.json(200, payload);
  },
  $apis.requireAuth('users')
);

routerAdd(
  'GET',
  '/api/mamori/audit-grants/{id}/files/{revision}',
  (e) => {
    const scope = /** @type {typeof import('./lib/audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
    const grant = scope.ownGrant(e.app, e.request.pathValue('id'), e.auth);
    let revision;
    try {
      revision = e.app.findRecordById('evidence_revisions', e.request.pathValue('revision'));
    } catch (err) {
      throw new NotFoundError('File not found.');
    }
    if (!scope.covers(e.app, grant, 'evidence', revision.getString('evidence'))) throw new NotFoundError('File not found.');
    scope.logView(
      e.app,
      e.auth,
      grant,
      'file ' + revision.getString('original_name') + ' (revision ' + revision.getInt('number') + ', ' + revision.id + ')'
    );
    const fs = e.app.newFilesystem();
    try {
      fs.serve(e.response, e.request, revision.baseFilesPath() + '/' + revision.getString('file'), revision.getString('original_name'));
    } finally {
      fs.close();
    }
  },
  $apis.requireAuth('users')
);

onRecordUpdateRequest((e) => {
  /** @type {typeof import('./lib/grants.js')} */ (require(`${__hooks}/lib/grants.js`)).update(e);
}, 'audit_grants');

onRecordDelete((e) => {
  throw new BadRequestError('Audit grants are kept; revoke one instead.');
}, 'audit_grants');
