// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Integrity of the annual self-check, enforced inside the database so that no
 * client can bypass it:
 *  - pinned checklists get a server-computed SHA-256 of their content;
 *  - assessments move only draft → submitted → (draft | signed via signoffs);
 *  - answers carry a version: a stale update is refused with 409 and the
 *    stored answer, so nobody silently overwrites a colleague;
 *  - anything belonging to a signed assessment is locked for everyone,
 *    superusers included.
 */

onRecordCreate((e) => {
  e.record.set('content_sha256', $security.sha256(e.record.getString('content')));
  e.next();
}, 'checklists');

// ---- assessments ----------------------------------------------------------

onRecordCreateRequest((e) => {
  e.record.set('status', 'draft');
  if (!e.record.getInt('revision')) e.record.set('revision', 1);
  const org = e.record.getString('organisation');
  for (const id of e.record.getStringSlice('checklists')) {
    const c = e.app.findRecordById('checklists', id);
    if (c.getString('organisation') !== org) {
      throw new BadRequestError('A checklist of another organisation cannot be used.', {
        checklists: new ValidationError('other_organisation', 'Choose a checklist of this organisation.')
      });
    }
  }
  e.next();
}, 'assessments');

onRecordUpdateRequest((e) => {
  const before = e.record.original();
  const returning = before.getString('status') === 'submitted' && e.record.getString('status') === 'draft';
  const allowed = returning ? ['status', 'updated', 'return_reason'] : ['status', 'updated'];
  for (const name of e.record.collection().fields.fieldNames()) {
    if (allowed.indexOf(name) >= 0) continue;
    if (JSON.stringify(before.get(name)) !== JSON.stringify(e.record.get(name))) {
      throw new BadRequestError('Only the status of an assessment can change.', {
        [name]: new ValidationError('immutable', 'This field cannot change.')
      });
    }
  }
  const from = before.getString('status');
  const to = e.record.getString('status');
  const uid = e.auth ? e.auth.id : '';
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  const lib = /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
  const security = lib.isRole(org, 'security_team', uid);
  const executive = lib.isRole(org, 'executives', uid);
  const ok =
    (e.hasSuperuserAuth() && to !== 'signed') ||
    (from === 'draft' && to === 'submitted' && security) ||
    (from === 'submitted' && to === 'draft' && (security || executive)) ||
    from === to;
  if (!ok)
    throw new BadRequestError('This status change is not allowed.', { status: new ValidationError('transition', from + ' → ' + to) });
  if (returning && !e.record.getString('return_reason').trim()) {
    throw new BadRequestError('Say why the self-check goes back to draft.', {
      return_reason: new ValidationError('required', 'A reason is required.')
    });
  }
  if (to === 'submitted' && from !== 'submitted') e.record.set('submitted_at', new Date().toISOString());
  e.next();
}, 'assessments');

onRecordUpdate((e) => {
  if (e.record.original().getString('status') === 'signed') throw new BadRequestError('A signed self-check is locked.');
  e.next();
}, 'assessments');

onRecordDelete((e) => {
  if (e.record.getString('status') !== 'draft') throw new BadRequestError('Only a draft self-check can be deleted.');
  e.next();
}, 'assessments');

// ---- answers --------------------------------------------------------------

onRecordCreateRequest((e) => {
  const lib = /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
  const assessment = e.app.findRecordById('assessments', e.record.getString('assessment'));
  if (assessment.getStringSlice('checklists').indexOf(e.record.getString('checklist')) < 0) {
    throw new BadRequestError('The checklist is not part of this self-check.', {
      checklist: new ValidationError('not_pinned', 'Not part of this self-check.')
    });
  }
  const checklist = e.app.findRecordById('checklists', e.record.getString('checklist'));
  if (!lib.itemIds(checklist)[e.record.getString('item_id')]) {
    throw new BadRequestError('Unknown item.', { item_id: new ValidationError('unknown_item', 'No such item in the checklist.') });
  }
  e.record.set('version', 1);
  e.record.set('carried_over', false);
  e.record.set('mapped_from', null);
  if (e.auth && e.auth.collection().name === 'users') e.record.set('updated_by', e.auth.id);
  e.next();
}, 'answers');

onRecordUpdateRequest((e) => {
  const body = e.requestInfo().body || {};
  const before = e.record.original();
  for (const field of ['organisation', 'assessment', 'checklist', 'item_id']) {
    if (before.getString(field) !== e.record.getString(field)) {
      throw new BadRequestError('An answer cannot move.', { [field]: new ValidationError('immutable', 'This field cannot change.') });
    }
  }
  e.app.runInTransaction((txApp) => {
    const stored = txApp.findRecordById('answers', e.record.id);
    const expected = Number(body.expected_version);
    if (!(expected >= 0) || expected !== stored.getInt('version')) {
      // PocketBase keeps only code and message of error data; clients reload the stored answer to show it.
      throw new ApiError(409, 'Someone else saved this answer in the meantime.', {
        version: new ValidationError('conflict', 'The stored answer is at version ' + stored.getInt('version') + '.')
      });
    }
    e.record.set('version', stored.getInt('version') + 1);
    e.record.set('carried_over', false);
    // Only the carry-forward hook says where an answer came from.
    e.record.set('mapped_from', stored.get('mapped_from'));
    if (e.auth && e.auth.collection().name === 'users') e.record.set('updated_by', e.auth.id);
    e.app = txApp;
    e.next();
  });
}, 'answers');

onRecordUpdate(
  (e) => {
    if (
      /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
        e.app,
        e.record.getString('assessment')
      )
    ) {
      throw new BadRequestError('A signed self-check is locked.');
    }
    e.next();
  },
  'answers',
  'review_comments'
);

onRecordCreate(
  (e) => {
    if (
      /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
        e.app,
        e.record.getString('assessment')
      )
    ) {
      throw new BadRequestError('A signed self-check is locked.');
    }
    e.next();
  },
  'answers',
  'review_comments'
);

onRecordDelete(
  (e) => {
    if (
      /** @type {typeof import('./lib/selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`)).assessmentLocked(
        e.app,
        e.record.getString('assessment')
      )
    ) {
      throw new BadRequestError('A signed self-check is locked.');
    }
    e.next();
  },
  'answers',
  'review_comments'
);

// ---- review comments ------------------------------------------------------

onRecordCreateRequest((e) => {
  if (e.auth && e.auth.collection().name === 'users') {
    e.record.set('author', e.auth.id);
    e.record.set('author_name', e.auth.getString('name') || e.auth.email());
  }
  e.next();
}, 'review_comments');
