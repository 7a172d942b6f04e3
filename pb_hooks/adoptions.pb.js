// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Integrity of 参考事項 adoption (reference_adoptions):
 *  - a new self-check records adoption per item; a reopened revision keeps
 *    the way its signed original counted;
 *  - a decision names a reference item of a checklist pinned by its own
 *    self-check, and never moves to another item;
 *  - decisions of a signed self-check are locked for everyone.
 */

onRecordCreate((e) => {
  const from = e.record.getString('reopened_from');
  let mode = 'per_item';
  if (from) {
    try {
      mode = e.app.findRecordById('assessments', from).getString('reference_adoption');
    } catch (err) {
      mode = 'per_item';
    }
  }
  e.record.set('reference_adoption', mode);
  e.next();
}, 'assessments');

onRecordCreateRequest((e) => {
  const adoption = /** @type {typeof import('./lib/adoption.js')} */ (require(`${__hooks}/lib/adoption.js`));
  let assessment;
  try {
    assessment = e.app.findRecordById('assessments', e.record.getString('assessment'));
  } catch (err) {
    throw new BadRequestError('Unknown self-check.', { assessment: new ValidationError('invalid', 'Unknown self-check.') });
  }
  if (!adoption.perItem(assessment)) {
    throw new BadRequestError('This self-check was started before reference items were adopted one by one; all of them count.', {
      assessment: new ValidationError('all_adopted', 'All reference items count in this self-check.')
    });
  }
  if (assessment.getStringSlice('checklists').indexOf(e.record.getString('checklist')) < 0) {
    throw new BadRequestError('The checklist is not part of this self-check.', {
      checklist: new ValidationError('not_pinned', 'Not part of this self-check.')
    });
  }
  const checklist = e.app.findRecordById('checklists', e.record.getString('checklist'));
  if (adoption.classifications(checklist)[e.record.getString('item_id')] !== 'reference') {
    throw new BadRequestError('Only a reference item (参考事項) is adopted or not.', {
      item_id: new ValidationError('not_reference', 'Not a reference item of this checklist.')
    });
  }
  e.record.set('carried_over', false);
  if (e.auth && e.auth.collection().name === 'users') e.record.set('updated_by', e.auth.id);
  e.next();
}, 'reference_adoptions');

onRecordUpdateRequest((e) => {
  const before = e.record.original();
  for (const field of ['organisation', 'assessment', 'checklist', 'item_id']) {
    if (before.getString(field) !== e.record.getString(field)) {
      throw new BadRequestError('An adoption decision cannot move.', {
        [field]: new ValidationError('immutable', 'This field cannot change.')
      });
    }
  }
  e.record.set('carried_over', false);
  if (e.auth && e.auth.collection().name === 'users') e.record.set('updated_by', e.auth.id);
  e.next();
}, 'reference_adoptions');

// Handlers run in isolated contexts (no shared top-level functions), hence one body each.
onRecordCreate((e) => {
  if (
    /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
      e.app,
      e.record.getString('assessment')
    )
  ) {
    throw new BadRequestError('A signed self-check is locked.');
  }
  e.next();
}, 'reference_adoptions');

onRecordUpdate((e) => {
  if (
    /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
      e.app,
      e.record.getString('assessment')
    )
  ) {
    throw new BadRequestError('A signed self-check is locked.');
  }
  e.next();
}, 'reference_adoptions');

onRecordDelete((e) => {
  if (
    /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
      e.app,
      e.record.getString('assessment')
    )
  ) {
    throw new BadRequestError('A signed self-check is locked.');
  }
  e.next();
}, 'reference_adoptions');

/**
 * POST /api/mamori/test/legacy-adoption/{id} — superusers only, and only when
 * PocketBase runs with MAMORI_TEST_CLOCK=1 (test harnesses): makes a draft
 * self-check without decisions look like one created before adoption was
 * recorded, as the migration leaves them. Answers 404 otherwise.
 */
routerAdd(
  'POST',
  '/api/mamori/test/legacy-adoption/{id}',
  (e) => {
    if (!(/** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`)).testing()))
      throw new NotFoundError('Not found.');
    const record = e.app.findRecordById('assessments', e.request.pathValue('id'));
    if (record.getString('status') !== 'draft') throw new BadRequestError('Only a draft.');
    if (e.app.findRecordsByFilter('reference_adoptions', 'assessment = {:a}', '', 1, 0, { a: record.id }).length) {
      throw new BadRequestError('It has adoption decisions already.');
    }
    record.set('reference_adoption', '');
    e.app.save(record);
    return e.json(200, { id: record.id });
  },
  $apis.requireSuperuserAuth()
);
