// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * POST /api/mamori/assessments
 *   { organisation, fiscal_year, checklists: [pinned ids], previous?, carryForward?, crosswalk? }
 *   Creates a draft self-check; with carryForward, copies the previous
 *   assessment's answers for items that still exist (matched by checklist id
 *   and item id, or through the crosswalk mappings the web server resolved
 *   from checklists/crosswalks — lib/copy-answers.js) marked carried_over,
 *   all in one transaction.
 * POST /api/mamori/assessments/{id}/reopen  { reason }
 *   A signed self-check stays as it is; this makes a new draft revision of the
 *   same fiscal year with the same answers and the reason recorded.
 * Both are for the organisation's security team and write the audit trail.
 */
routerAdd(
  'POST',
  '/api/mamori/assessments',
  (e) => {
    const lib = /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
    const copy = /** @type {typeof import('./lib/copy-answers.js')} */ (require(`${__hooks}/lib/copy-answers.js`));
    const FISCAL_YEAR = /** @type {typeof import('./lib/schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`)).FISCAL_YEAR;
    const auth = e.auth;
    if (!auth) throw new UnauthorizedError('Sign in first.');
    const body = e.requestInfo().body || {};
    const orgId = String(body.organisation || '');
    let org;
    try {
      org = e.app.findRecordById('organisations', orgId);
    } catch (err) {
      throw new NotFoundError('Organisation not found.');
    }
    if (!lib.isRole(org, 'security_team', auth.id)) throw new ForbiddenError('Only the security team can start a self-check.');
    const year = Number(body.fiscal_year);
    const errors = {};
    if (!(year >= FISCAL_YEAR.min && year <= FISCAL_YEAR.max && Math.floor(year) === year))
      errors.fiscal_year = new ValidationError('invalid', 'Enter a fiscal year from ' + FISCAL_YEAR.min + ' to ' + FISCAL_YEAR.max + '.');
    const checklists = Array.isArray(body.checklists) ? body.checklists.map(String) : [];
    if (checklists.length === 0) errors.checklists = new ValidationError('required', 'Choose at least one checklist.');
    if (Object.keys(errors).length) throw new BadRequestError('Invalid self-check.', errors);
    const mappings = copy.parseMappings(body.crosswalk);
    const existing = e.app.findRecordsByFilter('assessments', 'organisation = {:o} && fiscal_year = {:y}', '', 1, 0, { o: orgId, y: year });
    if (existing.length)
      throw new BadRequestError('A self-check for this fiscal year exists already.', {
        fiscal_year: new ValidationError('duplicate', 'Exists already.')
      });

    let previous = null;
    if (body.previous) {
      try {
        previous = e.app.findRecordById('assessments', String(body.previous));
      } catch (err) {
        previous = null;
      }
      if (!previous || previous.getString('organisation') !== orgId)
        throw new BadRequestError('Unknown previous self-check.', { previous: new ValidationError('invalid', 'Unknown.') });
    }

    /** @type {core.Record | undefined} */
    let created;
    let carried = 0;
    let mapped = 0;
    e.app.runInTransaction((txApp) => {
      const assessment = new Record(txApp.findCollectionByNameOrId('assessments'));
      assessment.set('organisation', orgId);
      assessment.set('fiscal_year', year);
      assessment.set('revision', 1);
      assessment.set('status', 'draft');
      assessment.set('checklists', checklists);
      if (previous) assessment.set('previous', previous.id);
      for (const id of checklists) {
        const c = txApp.findRecordById('checklists', id);
        if (c.getString('organisation') !== orgId) throw new BadRequestError('A checklist of another organisation cannot be used.');
      }
      txApp.save(assessment);
      copy.audit(txApp, auth, assessment);
      if (previous && body.carryForward) {
        const copied = copy.copyAnswers(txApp, auth, previous, assessment, true, mappings);
        carried = copied.count;
        mapped = copied.mapped;
        copy.copyAdoptions(txApp, auth, previous, assessment, true, mappings);
      }
      created = assessment;
    });
    if (!created) throw new InternalServerError('The self-check was not created.');
    return e.json(200, { id: created.id, carried: carried, mapped: mapped });
  },
  $apis.requireAuth('users')
);

routerAdd(
  'POST',
  '/api/mamori/assessments/{id}/reopen',
  (e) => {
    const lib = /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
    const copy = /** @type {typeof import('./lib/copy-answers.js')} */ (require(`${__hooks}/lib/copy-answers.js`));
    const auth = e.auth;
    if (!auth) throw new UnauthorizedError('Sign in first.');
    let signed;
    try {
      signed = e.app.findRecordById('assessments', e.request.pathValue('id'));
    } catch (err) {
      throw new NotFoundError('Self-check not found.');
    }
    const org = e.app.findRecordById('organisations', signed.getString('organisation'));
    if (!lib.isRole(org, 'members', auth.id)) throw new NotFoundError('Self-check not found.');
    if (!lib.isRole(org, 'security_team', auth.id)) throw new ForbiddenError('Only the security team can reopen a self-check.');
    if (signed.getString('status') !== 'signed') throw new BadRequestError('Only a signed self-check is reopened as a new revision.');
    const reason = String((e.requestInfo().body || {}).reason || '').trim();
    if (!reason)
      throw new BadRequestError('A reason is required.', { reason: new ValidationError('required', 'Give the reason for reopening.') });
    const revisions = e.app.findRecordsByFilter('assessments', 'organisation = {:o} && fiscal_year = {:y}', '-revision', 1, 0, {
      o: signed.getString('organisation'),
      y: signed.getInt('fiscal_year')
    });
    if (revisions.length && revisions[0].id !== signed.id) throw new BadRequestError('A newer revision exists already.');
    /** @type {core.Record | undefined} */
    let created;
    e.app.runInTransaction((txApp) => {
      const next = new Record(txApp.findCollectionByNameOrId('assessments'));
      next.set('organisation', signed.getString('organisation'));
      next.set('fiscal_year', signed.getInt('fiscal_year'));
      next.set('revision', signed.getInt('revision') + 1);
      next.set('status', 'draft');
      next.set('checklists', signed.getStringSlice('checklists'));
      next.set('previous', signed.getString('previous'));
      next.set('reopened_from', signed.id);
      next.set('reopen_reason', reason);
      txApp.save(next);
      copy.audit(txApp, auth, next);
      copy.copyAnswers(txApp, auth, signed, next, false);
      copy.copyAdoptions(txApp, auth, signed, next, false);
      created = next;
    });
    if (!created) throw new InternalServerError('The new revision was not created.');
    return e.json(200, { id: created.id });
  },
  $apis.requireAuth('users')
);
