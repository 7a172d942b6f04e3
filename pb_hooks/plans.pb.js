// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Plan integrity, inside the database so that no client can bypass it:
 *  - a plan's kind never changes; a plan with versions is never deleted;
 *  - every save is a new version (numbered in order, based on the newest one:
 *    a save based on an older version is refused with 409, so nobody
 *    silently overwrites a colleague); no new version while one awaits approval;
 *  - a version's content never changes after it is written, and versions are
 *    never deleted — for everyone, superusers included, through REST, batch
 *    or any other path (the model hooks below run for all of them);
 *  - status moves draft → submitted (security team, newest version only),
 *    submitted → draft (security team or executive, with a reason), and
 *    submitted → signed only through an executive's sign-off (signoff.pb.js).
 */

// ---- plans ---------------------------------------------------------------

onRecordUpdate((e) => {
  const before = e.record.original();
  if (before.getString('kind') !== e.record.getString('kind')) {
    throw new BadRequestError('A plan cannot change its kind.', { kind: new ValidationError('immutable', 'This field cannot change.') });
  }
  e.next();
}, 'plans');

onRecordDelete((e) => {
  const versions = e.app.findRecordsByFilter('plan_versions', 'plan = {:p}', '', 1, 0, { p: e.record.id });
  if (versions.length) throw new BadRequestError('A plan with versions keeps its history and cannot be deleted.');
  e.next();
}, 'plans');

// ---- plan versions -------------------------------------------------------

onRecordCreateRequest((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  const body = e.requestInfo().body || {};
  e.app.runInTransaction((txApp) => {
    let plan;
    try {
      plan = txApp.findRecordById('plans', e.record.getString('plan'));
    } catch (err) {
      throw new BadRequestError('No such plan.', { plan: new ValidationError('not_found', 'Not found.') });
    }
    if (plan.getString('organisation') !== e.record.getString('organisation')) {
      throw new BadRequestError('The plan belongs to another organisation.', {
        plan: new ValidationError('other_org', 'Other organisation.')
      });
    }
    const latest = lib.latestVersion(txApp, plan.id);
    const latestNumber = latest ? latest.getInt('number') : 0;
    if (Number(body.base_number) !== latestNumber) {
      throw new ApiError(409, 'Someone else saved this plan in the meantime.', {
        base_number: new ValidationError('conflict', 'The newest version is ' + latestNumber + '.')
      });
    }
    if (latest && latest.getString('status') === 'submitted') {
      throw new BadRequestError('A submitted version awaits approval. Return it to draft before editing.', {
        status: new ValidationError('awaiting_approval', 'A submitted version awaits approval.')
      });
    }
    let content;
    try {
      content = JSON.parse(e.record.getString('content'));
    } catch (err) {
      content = null;
    }
    if (!content || typeof content !== 'object' || content.kind !== plan.getString('kind')) {
      throw new BadRequestError('The content does not belong to this kind of plan.', {
        content: new ValidationError('kind', 'Wrong kind.')
      });
    }
    e.record.set('number', latestNumber + 1);
    e.record.set('kind', plan.getString('kind'));
    e.record.set('status', 'draft');
    e.record.set('return_reason', '');
    e.record.set('submitted_at', '');
    e.record.set('signed_at', '');
    e.record.set('content_sha256', '');
    if (e.auth && e.auth.collection().name === 'users') {
      e.record.set('author', e.auth.id);
      e.record.set('author_name', e.auth.getString('name') || e.auth.email());
    }
    e.app = txApp;
    e.next();
  });
}, 'plan_versions');

onRecordUpdateRequest((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  const before = e.record.original();
  const from = before.getString('status');
  const to = e.record.getString('status');
  const uid = e.auth && e.auth.collection().name === 'users' ? e.auth.id : '';
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  const security = lib.isRole(org, 'security_team', uid);
  const executive = lib.isRole(org, 'executives', uid);
  const submitting = from === 'draft' && to === 'submitted';
  const returning = from === 'submitted' && to === 'draft';
  if (!(
    from === to ||
    (submitting && (security || e.hasSuperuserAuth())) ||
    (returning && (security || executive || e.hasSuperuserAuth()))
  )) {
    throw new BadRequestError('This status change is not allowed.', { status: new ValidationError('transition', from + ' → ' + to) });
  }
  if (submitting) {
    const latest = lib.latestVersion(e.app, e.record.getString('plan'));
    if (!latest || latest.id !== e.record.id) {
      throw new BadRequestError('Only the newest version can be submitted.', {
        status: new ValidationError('not_latest', 'Not the newest version.')
      });
    }
    e.record.set('submitted_at', new Date().toISOString());
    e.record.set('return_reason', '');
  }
  if (returning && !e.record.getString('return_reason').trim()) {
    throw new BadRequestError('Say why the plan goes back to draft.', {
      return_reason: new ValidationError('required', 'A reason is required.')
    });
  }
  if (!returning && before.getString('return_reason') !== e.record.getString('return_reason') && !submitting) {
    throw new BadRequestError('A reason is given only when returning a version to draft.', {
      return_reason: new ValidationError('immutable', 'This field cannot change.')
    });
  }
  e.next();
}, 'plan_versions');

// Model-level guards: they run for every path (REST, batch, hooks, superusers).
onRecordUpdate((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  const before = e.record.original();
  if (before.getString('status') === 'signed') throw new BadRequestError('An approved plan version is locked.');
  for (const name of e.record.collection().fields.fieldNames()) {
    if (lib.VERSION_WORKFLOW_FIELDS.indexOf(name) >= 0) continue;
    if (JSON.stringify(before.get(name)) !== JSON.stringify(e.record.get(name))) {
      throw new BadRequestError('A saved plan version never changes; save a new version instead.', {
        [name]: new ValidationError('immutable', 'This field cannot change.')
      });
    }
  }
  e.next();
}, 'plan_versions');

onRecordCreate((e) => {
  if (e.record.getString('status') === 'signed' || e.record.getString('content_sha256') || e.record.getString('signed_at')) {
    throw new BadRequestError('A plan version is approved only through a sign-off.', {
      status: new ValidationError('not_signed', 'Not signed.')
    });
  }
  e.next();
}, 'plan_versions');

onRecordDelete((e) => {
  throw new BadRequestError('Plan versions are the plan’s history and are never deleted.');
}, 'plan_versions');
