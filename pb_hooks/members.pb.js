// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * POST /api/mamori/organisations/{id}/members
 * body: { email, role, name?, password? }
 *
 * An organisation admin adds a person to a role. If no account exists for the
 * e-mail yet, one is created with the given name and initial password.
 * Removing people and changing roles are plain updates of the organisation
 * record (allowed to admins by its API rule, audited like any update).
 */
routerAdd(
  'POST',
  '/api/mamori/organisations/{id}/members',
  (e) => {
    const audit = /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`));
    const ROLE_FIELDS = /** @type {typeof import('./lib/membership.js')} */ (require(`${__hooks}/lib/membership.js`)).ROLE_FIELDS;
    const orgId = e.request.pathValue('id');
    let org;
    try {
      org = e.app.findRecordById('organisations', orgId);
    } catch (err) {
      throw new NotFoundError('Organisation not found.');
    }
    if (!e.auth || org.getStringSlice('admins').indexOf(e.auth.id) < 0) {
      throw new ForbiddenError('Only an admin of this organisation can add members.');
    }
    const body = e.requestInfo().body || {};
    const email = String(body.email || '')
      .trim()
      .toLowerCase();
    const role = String(body.role || '');
    const errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = new ValidationError('invalid_email', 'Enter a valid e-mail address.');
    if (ROLE_FIELDS.indexOf(role) < 0) errors.role = new ValidationError('invalid_role', 'Choose one of: ' + ROLE_FIELDS.join(', ') + '.');
    if (Object.keys(errors).length) throw new BadRequestError('Invalid member.', errors);

    let created = false;
    /** @type {core.Record | undefined} */
    let user;
    e.app.runInTransaction((txApp) => {
      try {
        user = txApp.findAuthRecordByEmail('users', email);
      } catch (err) {
        const name = String(body.name || '').trim();
        const password = String(body.password || '');
        const more = {};
        if (!name) more.name = new ValidationError('required', 'A new account needs a name.');
        if (password.length < 10)
          more.password = new ValidationError('too_short', 'A new account needs an initial password of at least 10 characters.');
        if (Object.keys(more).length) throw new BadRequestError('No account exists for this e-mail yet.', more);
        user = new Record(txApp.findCollectionByNameOrId('users'));
        user.setEmail(email);
        user.setPassword(password);
        user.setVerified(true);
        user.setEmailVisibility(true);
        user.set('name', name);
        user.set('language', 'ja');
        txApp.save(user);
        created = true;
      }
      const current = org.getStringSlice(role);
      if (current.indexOf(user.id) >= 0) {
        throw new BadRequestError('This person already has that role.', {
          role: new ValidationError('duplicate', 'Already in this role.')
        });
      }
      const before = audit.snapshot(org);
      org.set(role, current.concat([user.id]));
      txApp.save(org);
      audit.write(txApp, e.auth, 'update', org, before, audit.snapshot(org));
    });
    if (!user) throw new InternalServerError('The member was not added.');
    return e.json(200, { userId: user.id, created: created, role: role });
  },
  $apis.requireAuth('users')
);
