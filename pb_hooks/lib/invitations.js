// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Invitations to an organisation role (see members.pb.js for the routes). */
const ROLE_FIELDS = /** @type {typeof import('./membership.js')} */ (require(`${__hooks}/lib/membership.js`)).ROLE_FIELDS;
const VALID_DAYS = 7;

/** @param {unknown} value */
function normaliseEmail(value) {
  return String(value || '')
    .trim()
    .toLowerCase();
}

/** @param {string} email */
function validEmail(email) {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

/**
 * The organisation of the route, for a user holding `field` there: 404 for
 * non-members (whether it exists is nobody else's business), 403 for members
 * without that role.
 * @param {core.RequestEvent} e @param {string} field @param {string} forbidden
 */
function organisationFor(e, field, forbidden) {
  const auth = e.auth;
  if (!auth) throw new UnauthorizedError('Sign in first.');
  /** @type {core.Record | null} */
  let org = null;
  try {
    org = e.app.findRecordById('organisations', e.request.pathValue('id'));
  } catch (err) {
    org = null;
  }
  if (!org || org.getStringSlice('members').indexOf(auth.id) < 0) throw new NotFoundError('Organisation not found.');
  if (org.getStringSlice(field).indexOf(auth.id) < 0) throw new ForbiddenError(forbidden);
  return org;
}

/** @param {unknown} token */
function tokenHash(token) {
  return $security.sha256('mamori-invitation|' + String(token || ''));
}

/** The invitation of a token, or null. @param {CoreApp} app @param {unknown} token @returns {core.Record | null} */
function findByToken(app, token) {
  if (typeof token !== 'string' || !/^[A-Za-z0-9]{40,64}$/.test(token)) return null;
  try {
    return app.findFirstRecordByData('invitations', 'token_hash', tokenHash(token));
  } catch (err) {
    return null;
  }
}

/** @param {core.Record} invitation @returns {'used' | 'expired' | 'pending'} */
function state(invitation) {
  if (invitation.getString('accepted')) return 'used';
  const clock = /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`));
  return new Date(invitation.getString('expires').replace(' ', 'T')) <= clock.now() ? 'expired' : 'pending';
}

/** What the holder of a link is told about the invitation. @param {CoreApp} app @param {core.Record} invitation */
function describe(app, invitation) {
  const org = app.findRecordById('organisations', invitation.getString('organisation'));
  return {
    organisation: org.id,
    organisationName: org.getString('name'),
    role: invitation.getString('role'),
    email: invitation.getString('email'),
    expires: invitation.getString('expires'),
    invitedBy: invitation.getString('invited_by_name'),
    state: state(invitation)
  };
}

/** @param {string} token */
function link(token) {
  const base = String($os.getenv('MAMORI_APP_URL') || '').replace(/\/+$/, '');
  return base ? base + '/invite/' + token : '';
}

/**
 * Sends the invitation by mail when SMTP is configured; never fails the invitation itself.
 * @param {CoreApp} app @param {core.Record} org @param {string} email @param {string} role @param {string} token @param {string} inviter
 */
function mail(app, org, email, role, token, inviter) {
  const url = link(token);
  const settings = app.settings();
  if (!settings.smtp.enabled || !url) return false;
  /** @type {Dict<string>} */
  const names = {
    admins: '組織管理者 / organisation admin',
    security_team: 'セキュリティ担当 / security team',
    executives: '経営層 / executive',
    auditors: '監査人 / auditor'
  };
  const text =
    inviter +
    ' さんから、mamori の「' +
    org.getString('name') +
    '」に ' +
    names[role] +
    ' として招待されました。\n' +
    '次のリンクを開いて参加してください（7日間有効、1回限り）:\n' +
    url +
    '\n\n' +
    inviter +
    ' invited you to join "' +
    org.getString('name') +
    '" in mamori as ' +
    names[role].split(' / ')[1] +
    '.\n' +
    'Open this link to accept (valid for 7 days, once):\n' +
    url +
    '\n';
  try {
    const message = new MailerMessage({
      from: { address: settings.meta.senderAddress, name: settings.meta.senderName || 'mamori' },
      to: [{ address: email }],
      subject: 'mamori: ' + org.getString('name') + ' への招待 / invitation',
      text: text
    });
    app.newMailClient().send(message);
    return true;
  } catch (err) {
    app.logger().warn('invitation mail could not be sent', 'error', String(err));
    return false;
  }
}

/** @param {core.RequestEvent} e @param {core.Record} org @param {string} email @param {string} role */
function invite(e, org, email, role) {
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  const clock = /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`));
  // Already in that role: the admin sees the member list anyway, so saying so reveals nothing about accounts.
  const holders = e.app.findRecordsByIds('users', org.getStringSlice(role));
  for (const user of holders) {
    if (normaliseEmail(user.email()) === email) {
      throw new BadRequestError('This person already has that role.', { role: new ValidationError('duplicate', 'Already in this role.') });
    }
  }
  const token = $security.randomString(48);
  const expires = new Date(clock.now().getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const auth = e.auth;
  if (!auth) throw new UnauthorizedError('Sign in first.');
  /** @type {core.Record | undefined} */
  let record;
  e.app.runInTransaction((txApp) => {
    // a new invitation replaces a pending one for the same person and role
    for (const old of txApp.findRecordsByFilter(
      'invitations',
      'organisation = {:o} && email = {:e} && role = {:r} && accepted = ""',
      '',
      0,
      0,
      {
        o: org.id,
        e: email,
        r: role
      }
    )) {
      audit.write(txApp, auth, 'delete', old, audit.snapshot(old), null);
      txApp.delete(old);
    }
    record = new Record(txApp.findCollectionByNameOrId('invitations'));
    record.set('organisation', org.id);
    record.set('email', email);
    record.set('role', role);
    record.set('token_hash', tokenHash(token));
    record.set('invited_by', auth.id);
    record.set('invited_by_name', auth.getString('name') || auth.email());
    record.set('expires', expires.toISOString());
    txApp.save(record);
    audit.write(txApp, auth, 'create', record, null, audit.snapshot(record));
  });
  if (!record) throw new InternalServerError('The invitation was not created.');
  const mailed = mail(e.app, org, email, role, token, auth.getString('name') || auth.email());
  return { id: record.id, token: token, expires: record.getString('expires'), mailed: mailed };
}

/**
 * Adds the invited person to the role and marks the invitation used.
 * @param {CoreApp} txApp @param {core.Record | null | undefined} auth @param {core.Record} invitation @param {core.Record} user
 */
function addToRole(txApp, auth, invitation, user) {
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  const clock = /** @type {typeof import('./clock.js')} */ (require(`${__hooks}/lib/clock.js`));
  const org = txApp.findRecordById('organisations', invitation.getString('organisation'));
  const role = invitation.getString('role');
  const current = org.getStringSlice(role);
  if (current.indexOf(user.id) < 0) {
    const before = audit.snapshot(org);
    org.set(role, current.concat([user.id]));
    txApp.save(org);
    audit.write(txApp, auth, 'update', org, before, audit.snapshot(org));
  }
  const before = audit.snapshot(invitation);
  invitation.set('accepted', clock.now().toISOString());
  invitation.set('accepted_by', user.id);
  txApp.save(invitation);
  audit.write(txApp, auth || user, 'update', invitation, before, audit.snapshot(invitation));
  return org;
}

/**
 * The invitation read again, refused unless still pending: called before the
 * work and again inside the accepting transaction (writes are serialised), so
 * two concurrent accepts of one link cannot both succeed.
 * @param {CoreApp} app @param {string} id
 */
function pendingInvitation(app, id) {
  /** @type {core.Record | null} */
  let invitation = null;
  try {
    invitation = app.findRecordById('invitations', id);
  } catch (err) {
    invitation = null;
  }
  if (!invitation) throw new NotFoundError('This invitation link is not valid.');
  const current = state(invitation);
  if (current !== 'pending') {
    throw new BadRequestError(current === 'used' ? 'This invitation has been used already.' : 'This invitation has expired.', {
      token: new ValidationError(current, current === 'used' ? 'Used already.' : 'Expired.')
    });
  }
  return invitation;
}

/** @param {core.RequestEvent} e @param {JsonObject} body */
function accept(e, body) {
  const found = findByToken(e.app, body.token);
  if (!found) throw new NotFoundError('This invitation link is not valid.');
  const invitation = pendingInvitation(e.app, found.id);
  const email = invitation.getString('email');
  const auth = e.auth;
  if (auth) {
    if (auth.collection().name !== 'users') throw new ForbiddenError('Only a person can accept an invitation.');
    if (normaliseEmail(auth.email()) !== email) {
      throw new ForbiddenError('This invitation is for another e-mail address.');
    }
    /** @type {core.Record | undefined} */
    let org;
    e.app.runInTransaction((txApp) => {
      org = addToRole(txApp, auth, pendingInvitation(txApp, invitation.id), auth);
    });
    if (!org) throw new InternalServerError('The invitation was not accepted.');
    return { organisation: org.id, created: false };
  }
  const name = String(body.name || '').trim();
  const password = String(body.password || '');
  /** @type {Dict<ValidationError>} */
  const errors = {};
  if (!name) errors.name = new ValidationError('required', 'Enter your name.');
  else if (name.length > 200) errors.name = new ValidationError('too_long', 'At most 200 characters.');
  if (password.length < 10) errors.password = new ValidationError('too_short', 'At least 10 characters.');
  else if (password.length > 71) errors.password = new ValidationError('too_long', 'At most 71 characters.');
  else if (String(body.passwordConfirm || '') !== password)
    errors.passwordConfirm = new ValidationError('mismatch', 'The passwords differ.');
  if (Object.keys(errors).length) throw new BadRequestError('Check the account details.', errors);
  let exists = false;
  try {
    e.app.findAuthRecordByEmail('users', email);
    exists = true;
  } catch (err) {
    exists = false;
  }
  if (exists) {
    throw new ApiError(409, 'An account exists for this e-mail already: log in to accept the invitation.', {
      email: new ValidationError('account_exists', 'Log in to accept.')
    });
  }
  /** @type {core.Record | undefined} */
  let org;
  e.app.runInTransaction((txApp) => {
    const pending = pendingInvitation(txApp, invitation.id);
    const user = new Record(txApp.findCollectionByNameOrId('users'));
    user.setEmail(email);
    user.setPassword(password);
    user.setVerified(true);
    user.setEmailVisibility(true);
    user.set('name', name);
    user.set('language', body.language === 'en' ? 'en' : 'ja');
    txApp.save(user);
    org = addToRole(txApp, user, pending, user);
  });
  if (!org) throw new InternalServerError('The invitation was not accepted.');
  return { organisation: org.id, created: true };
}

/** @param {core.RequestEvent} e @param {core.Record} org */
function leave(e, org) {
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  const auth = e.auth;
  if (!auth) throw new UnauthorizedError('Sign in first.');
  const admins = org.getStringSlice('admins');
  if (admins.length === 1 && admins[0] === auth.id) {
    throw new BadRequestError('The last admin cannot leave: make someone else admin first.', {
      admins: new ValidationError('last_admin', 'Last admin.')
    });
  }
  e.app.runInTransaction((txApp) => {
    const fresh = txApp.findRecordById('organisations', org.id);
    const before = audit.snapshot(fresh);
    for (const role of ROLE_FIELDS)
      fresh.set(
        role,
        fresh.getStringSlice(role).filter((id) => id !== auth.id)
      );
    txApp.save(fresh);
    audit.write(txApp, auth, 'update', fresh, before, audit.snapshot(fresh));
  });
}

module.exports = { ROLE_FIELDS, normaliseEmail, validEmail, organisationFor, findByToken, describe, invite, accept, leave };
