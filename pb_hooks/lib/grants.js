// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Granting and changing auditors' scopes (see pb_hooks/audit-scope.pb.js). */
const lib = /** @type {typeof import('./evidence.js')} */ (require(`${__hooks}/lib/evidence.js`));
const facts = /** @type {typeof import('./schema-facts.js')} */ (require(`${__hooks}/lib/schema-facts.js`));

/** The account of the e-mail in the request, created when there is none. @param {CoreApp} app @param {JsonObject} body */
function findOrCreateUser(app, body) {
  const email = String(body.email || '')
    .trim()
    .toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) lib.fail('email', 'invalid_email', 'Enter a valid e-mail address.');
  try {
    return { user: app.findAuthRecordByEmail('users', email), created: false };
  } catch (err) {
    const name = String(body.name || '').trim();
    const password = String(body.password || '');
    /** @type {Dict<ValidationError>} */
    const errors = {};
    if (!name) errors.name = new ValidationError('required', 'A new account needs a name.');
    if (password.length < 10)
      errors.password = new ValidationError('too_short', 'A new account needs an initial password of at least 10 characters.');
    if (Object.keys(errors).length) throw new BadRequestError('No account exists for this e-mail yet.', errors);
    const user = new Record(app.findCollectionByNameOrId('users'));
    user.setEmail(email);
    user.setPassword(password);
    user.setVerified(true);
    user.setEmailVisibility(true);
    user.set('name', name);
    user.set('language', 'ja');
    app.save(user);
    return { user: user, created: true };
  }
}

/** POST /api/mamori/organisations/{id}/audit-grants @param {core.RequestEvent} e */
function grant(e) {
  const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  if (!e.auth) throw new UnauthorizedError('Sign in first.');
  let org;
  try {
    org = e.app.findRecordById('organisations', e.request.pathValue('id'));
  } catch (err) {
    throw new NotFoundError('Organisation not found.');
  }
  if (org.getStringSlice('members').indexOf(e.auth.id) < 0) throw new NotFoundError('Organisation not found.');
  if (org.getStringSlice('admins').indexOf(e.auth.id) < 0)
    throw new ForbiddenError('Only an admin of this organisation can grant audit access.');
  const body = e.requestInfo().body || {};
  const year = Number(body.fiscal_year);
  const until = String(body.until || '').slice(0, 10);
  const FY = facts.FISCAL_YEAR;
  if (!(year >= FY.min && year <= FY.max && Math.floor(year) === year))
    lib.fail('fiscal_year', 'invalid', 'Enter a fiscal year from ' + FY.min + ' to ' + FY.max + '.');
  const note = String(body.note || '');
  lib.checkLength('note', note, facts.AUDIT_GRANTS.note);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) lib.fail('until', 'invalid', 'Enter the last day of access.');
  if (until < scope.today()) lib.fail('until', 'past', 'The last day of access cannot be in the past.');
  /** @type {{ id: string, userId: string, created: boolean } | undefined} */
  let result;
  e.app.runInTransaction((txApp) => {
    const found = findOrCreateUser(txApp, body);
    if (org.getStringSlice('members').indexOf(found.user.id) >= 0) {
      lib.fail('email', 'member', 'This person is a member of the organisation already and sees its records.');
    }
    const who = lib.person(e.auth);
    const record = new Record(txApp.findCollectionByNameOrId('audit_grants'));
    record.set('organisation', org.id);
    // the holder is no member and cannot read the organisation: the grant carries its name
    record.set('organisation_name', org.getString('name'));
    record.set('auditor', found.user.id);
    record.set('auditor_name', found.user.getString('name') || found.user.email());
    record.set('auditor_email', found.user.email());
    record.set('fiscal_year', year);
    record.set('until', until);
    record.set('note', note);
    record.set('revoked', false);
    record.set('granted_by', who.id);
    record.set('granted_by_name', who.name);
    txApp.save(record);
    audit.write(txApp, e.auth, 'create', record, null, audit.snapshot(record));
    result = { id: record.id, userId: found.user.id, created: found.created };
  });
  return result;
}

/** An admin may revoke a grant, shorten it, or change its note; nothing else. @param {core.RecordRequestEvent} e */
function update(e) {
  const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));
  const before = e.record.original();
  for (const name of e.record.collection().fields.fieldNames()) {
    if (['revoked', 'until', 'note', 'updated', 'revoked_at', 'revoked_by', 'revoked_by_name'].indexOf(name) >= 0) continue;
    if (JSON.stringify(before.get(name)) !== JSON.stringify(e.record.get(name))) lib.fail(name, 'immutable', 'This cannot change.');
  }
  if (before.getBool('revoked') && !e.record.getBool('revoked'))
    lib.fail('revoked', 'final', 'A revoked grant stays revoked; grant again.');
  const until = e.record.getString('until').slice(0, 10);
  if (until > before.getString('until').slice(0, 10)) lib.fail('until', 'longer', 'A grant can be shortened, not extended; grant again.');
  if (!e.record.getBool('revoked') && until < scope.today()) lib.fail('until', 'past', 'The last day of access cannot be in the past.');
  if (e.record.getBool('revoked') && !before.getBool('revoked')) {
    const who = lib.person(e.auth);
    e.record.set('revoked_at', /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString());
    e.record.set('revoked_by', who.id);
    e.record.set('revoked_by_name', who.name);
  } else {
    e.record.set('revoked_at', before.get('revoked_at'));
    e.record.set('revoked_by', before.get('revoked_by'));
    e.record.set('revoked_by_name', before.get('revoked_by_name'));
  }
  e.next();
}

module.exports = { grant, update };
