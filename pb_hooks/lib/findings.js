// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Raising findings and moving them on (see pb_hooks/findings.pb.js). */
const lib = /** @type {typeof import('./evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
const facts = /** @type {typeof import('./schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`));

const S = lib.named(facts.FINDING_STATUSES);
const EVENT = lib.named(facts.FINDING_EVENT_KINDS);

const CONTENT = ['title', 'description', 'severity', 'recommendation', 'due_date'];
const KEPT = ['organisation', 'target_type', 'target_id', 'target_part', 'fiscal_year', 'raised_by', 'raised_by_name'];
const SERVER = ['responded_by', 'responded_by_name', 'responded_at', 'closed_by', 'closed_by_name', 'closed_at'];

const changed = lib.changed;

function now() {
  return /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString();
}

/**
 * Saves the request's record, then runs `then` in the same transaction (the
 * audit hook joins it too), whatever order the hooks run in.
 * @param {core.RecordRequestEvent} e @param {(txApp: CoreApp) => void} then
 */
function afterSave(e, then) {
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.next();
    then(txApp);
  });
}

/** One step in a finding's history. @param {CoreApp} app @param {core.Record} finding @param {string} kind @param {string} body @param {core.Record | null | undefined} auth */
function event(app, finding, kind, body, auth) {
  const who = lib.person(auth);
  const record = new Record(app.findCollectionByNameOrId('finding_events'));
  record.set('organisation', finding.getString('organisation'));
  record.set('finding', finding.id);
  record.set('kind', kind);
  record.set('status', finding.getString('status'));
  record.set('body', String(body || '').slice(0, 10000));
  record.set('author', who.id);
  record.set('author_name', who.name);
  app.save(record);
}

/** A finding being raised. @param {core.RecordRequestEvent} e */
function create(e) {
  const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const targets = /** @type {typeof import('./link-targets.js')} */ (require(`${__hooks}/lib/link-targets.js`));
  const r = e.record;
  const org = r.getString('organisation');
  const target = targets.resolve(e.app, 'findings', r.getString('target_type'), r.getString('target_id'), r.getString('target_part'), org);
  if (!scope.auditorFor(e.app, e.auth, org, r.getString('target_type'), r.getString('target_id'))) {
    throw new ForbiddenError('Only an auditor can raise a finding.');
  }
  const who = lib.person(e.auth);
  r.set('fiscal_year', targets.fiscalYearOf(e.app, target.spec, target.record));
  r.set('status', S.open);
  r.set('response', '');
  for (const f of SERVER) r.set(f, '');
  r.set('raised_by', who.id);
  r.set('raised_by_name', who.name);
  afterSave(e, (txApp) => event(txApp, r, EVENT.raised, r.getString('description'), e.auth));
}

/** A finding being edited, answered, closed or reopened. @param {core.RecordRequestEvent} e */
function update(e) {
  const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const r = e.record;
  const before = r.original();
  for (const field of KEPT.concat(SERVER)) if (changed(before, r, field)) lib.fail(field, 'immutable', 'This cannot change.');
  const org = e.app.findRecordById('organisations', r.getString('organisation'));
  const uid = e.auth ? e.auth.id : '';
  const security = org.getStringSlice('security_team').indexOf(uid) >= 0;
  const auditor = !!scope.auditorFor(e.app, e.auth, org.id, r.getString('target_type'), r.getString('target_id'));
  const from = before.getString('status');
  const to = r.getString('status');
  const note = String((e.requestInfo().body || {}).note || '').trim();
  const content = CONTENT.some((f) => changed(before, r, f));
  const responseChanged = changed(before, r, 'response');
  const who = lib.person(e.auth);
  /** @type {[string, string][]} */
  const events = [];
  if (content) {
    if (!auditor) throw new ForbiddenError('Only the auditor edits a finding.');
    if (from === S.closed) lib.fail('status', 'closed', 'Reopen the finding before changing it.');
    events.push([EVENT.edited, note]);
  }
  if (responseChanged) {
    if (!security) throw new ForbiddenError('The security team responds to findings.');
    if (from === S.closed) lib.fail('response', 'closed', 'The finding is closed.');
  }
  if (from !== to) {
    if (to === S.responded) {
      if (!security || from !== S.open) lib.fail('status', 'transition', from + ' → ' + to);
      if (!r.getString('response').trim()) lib.fail('response', 'required', 'Describe the response or the fix.');
      r.set('responded_by', who.id);
      r.set('responded_by_name', who.name);
      r.set('responded_at', now());
      events.push([EVENT.responded, r.getString('response')]);
    } else if (to === S.closed) {
      if (!auditor) throw new ForbiddenError('The auditor closes a finding.');
      r.set('closed_by', who.id);
      r.set('closed_by_name', who.name);
      r.set('closed_at', now());
      events.push([EVENT.closed, note]);
    } else if (to === S.open) {
      if (!auditor) throw new ForbiddenError('The auditor reopens a finding.');
      if (!note) lib.fail('note', 'required', 'Say what is still missing.');
      r.set('closed_by', '');
      r.set('closed_by_name', '');
      r.set('closed_at', '');
      events.push([EVENT.reopened, note]);
    }
  } else if (responseChanged && from === S.responded) {
    events.push([EVENT.responded, r.getString('response')]);
  } else if (!content && !responseChanged) {
    lib.fail('status', 'nothing', 'Nothing changed.');
  }
  afterSave(e, (txApp) => {
    for (const [kind, body] of events) event(txApp, r, kind, body, e.auth);
  });
}

module.exports = { create, update, afterSave };
