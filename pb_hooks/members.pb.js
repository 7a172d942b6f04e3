// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Membership by invitation only: nobody joins an organisation, and nobody
 * chooses a password for someone else, without that person's consent.
 *
 * POST /api/mamori/organisations/{id}/invitations  { email, role }   (admins)
 *   → { id, token, expires, mailed }, the same answer whether an account
 *   exists for the e-mail or not. The token (shown once to the admin as a
 *   link, and mailed when SMTP is configured) is stored only as its SHA-256.
 * POST /api/mamori/invitations/lookup  { token }                      (anyone holding the link)
 *   → { organisationName, role, email, expires, state, invitedBy }
 * POST /api/mamori/invitations/accept  { token, name?, password?, passwordConfirm? }
 *   signed in as the invited e-mail: adds that account to the role;
 *   signed out: creates the account with the person's own name and password
 *   (refused when an account exists already: log in and accept instead).
 *   One use; expires after 7 days; revoked by deleting the invitation.
 * POST /api/mamori/organisations/{id}/leave                          (any member)
 *   removes oneself from every role, except the last admin.
 * Removing someone's role is a plain update of the organisation record by an
 * admin; organisations.pb.js refuses any update that adds people to roles.
 */

routerAdd(
  'POST',
  '/api/mamori/organisations/{id}/invitations',
  (e) => {
    const lib = /** @type {typeof import('./lib/invitations.js')} */ (require(`${__hooks}/lib/invitations.js`));
    const org = lib.organisationFor(e, 'admins', 'Only an admin of this organisation can invite people.');
    const body = e.requestInfo().body || {};
    const email = lib.normaliseEmail(body.email);
    const role = String(body.role || '');
    const errors = {};
    if (!lib.validEmail(email)) errors.email = new ValidationError('invalid_email', 'Enter a valid e-mail address.');
    if (lib.ROLE_FIELDS.indexOf(role) < 0)
      errors.role = new ValidationError('invalid_role', 'Choose one of: ' + lib.ROLE_FIELDS.join(', ') + '.');
    if (Object.keys(errors).length) throw new BadRequestError('Invalid invitation.', errors);
    const created = lib.invite(e, org, email, role);
    return e.json(200, created);
  },
  $apis.requireAuth('users')
);

routerAdd('POST', '/api/mamori/invitations/lookup', (e) => {
  const lib = /** @type {typeof import('./lib/invitations.js')} */ (require(`${__hooks}/lib/invitations.js`));
  const invitation = lib.findByToken(e.app, (e.requestInfo().body || {}).token);
  if (!invitation) throw new NotFoundError('This invitation link is not valid.');
  return e.json(200, lib.describe(e.app, invitation));
});

routerAdd('POST', '/api/mamori/invitations/accept', (e) => {
  const lib = /** @type {typeof import('./lib/invitations.js')} */ (require(`${__hooks}/lib/invitations.js`));
  const body = e.requestInfo().body || {};
  return e.json(200, lib.accept(e, body));
});

routerAdd(
  'POST',
  '/api/mamori/organisations/{id}/leave',
  (e) => {
    const lib = /** @type {typeof import('./lib/invitations.js')} */ (require(`${__hooks}/lib/invitations.js`));
    const org = lib.organisationFor(e, 'members', 'Organisation not found.');
    lib.leave(e, org);
    return e.json(200, { left: org.id });
  },
  $apis.requireAuth('users')
);
