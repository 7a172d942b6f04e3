// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Moves of an evidence request (see pb_hooks/audit-review.pb.js). */
const lib = /** @type {typeof import('./evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
const facts = /** @type {typeof import('./schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`));

const S = lib.named(facts.REQUEST_STATUSES);

const EDITABLE = ['title', 'body', 'due_date'];
const KEPT = ['organisation', 'target_type', 'target_id', 'target_part', 'fiscal_year', 'requested_by', 'requested_by_name'];

const changed = lib.changed;

/** Links the fulfilling evidence to the request's target unless it is linked already. @param {CoreApp} app @param {core.Record} request @param {core.Record | null | undefined} auth */
function linkFulfilment(app, request, auth) {
  const existing = app.findRecordsByFilter(
    'evidence_links',
    'evidence = {:e} && target_type = {:t} && target_id = {:i} && target_part = {:p}',
    '',
    1,
    0,
    {
      e: request.getString('evidence'),
      t: request.getString('target_type'),
      i: request.getString('target_id'),
      p: request.getString('target_part')
    }
  );
  if (existing.length) return;
  const who = lib.person(auth);
  const link = new Record(app.findCollectionByNameOrId('evidence_links'));
  for (const f of ['organisation', 'evidence']) link.set(f, request.get(f));
  link.set('target_type', request.getString('target_type'));
  link.set('target_id', request.getString('target_id'));
  link.set('target_part', request.getString('target_part'));
  link.set('created_by', who.id);
  link.set('created_by_name', who.name);
  app.save(link);
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  audit.write(app, auth, 'create', link, null, audit.snapshot(link));
}

/** An evidence request being saved: who may move it where, and what stays. @param {core.RecordRequestEvent} e */
function update(e) {
  const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const before = e.record.original();
  const r = e.record;
  for (const field of KEPT) if (changed(before, r, field)) lib.fail(field, 'immutable', 'This cannot change.');
  const org = e.app.findRecordById('organisations', r.getString('organisation'));
  const uid = e.auth ? e.auth.id : '';
  const security = org.getStringSlice('security_team').indexOf(uid) >= 0;
  const auditor = !!scope.auditorFor(e.app, e.auth, org.id, r.getString('target_type'), r.getString('target_id'));
  const from = before.getString('status');
  const to = r.getString('status');
  const edited = EDITABLE.some((f) => changed(before, r, f));
  const who = lib.person(e.auth);
  if (edited && !(auditor && from === S.open && to === S.open))
    lib.fail('title', 'not_editable', 'Only the auditor edits an open request.');
  if (from === S.open && to === S.fulfilled) {
    if (!security) throw new ForbiddenError('The security team fulfils requests.');
    let evidence;
    try {
      evidence = e.app.findRecordById('evidence', r.getString('evidence'));
    } catch (err) {
      return lib.fail('evidence', 'required', 'Choose the evidence that fulfils the request.');
    }
    if (evidence.getString('organisation') !== org.id) lib.fail('evidence', 'other_org', 'The evidence belongs to another organisation.');
  } else if (from === S.open && to === S.withdrawn) {
    if (!auditor) throw new ForbiddenError('The auditor withdraws a request.');
  } else if (from === S.fulfilled && to === S.open) {
    if (!auditor) throw new ForbiddenError('The auditor opens a request again.');
    if (!changed(before, r, 'resolution') || !r.getString('resolution').trim())
      lib.fail('resolution', 'required', 'Say what is still missing.');
    r.set('evidence', '');
  } else if (from !== to || !edited) {
    lib.fail('status', 'transition', from + ' → ' + to);
  }
  if (from !== to) {
    r.set('resolved_by', to === S.open ? '' : who.id);
    r.set('resolved_by_name', to === S.open ? '' : who.name);
    r.set(
      'resolved_at',
      to === S.open ? '' : /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString()
    );
  }
  /** @type {typeof import('./findings.js')} */ (require(`${__hooks}/lib/findings.js`)).afterSave(e, (txApp) => {
    if (from === S.open && to === S.fulfilled) linkFulfilment(txApp, r, e.auth);
  });
}

module.exports = { update };
