// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Organisation membership integrity:
 *  - whoever creates an organisation becomes its only admin; every other role
 *    starts empty (people join only by accepting an invitation, members.pb.js);
 *  - through the API, role fields can only lose people, never gain them;
 *  - `members` is always the union of the four role fields, whatever a
 *    client sends (API rules of every domain collection rely on it);
 *  - a domain record can never move to another organisation.
 * Superusers (setup, demo, tests) are not limited by the first two.
 */
onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    if (!e.auth || e.auth.collection().name !== 'users') throw new ForbiddenError('Only a person can create an organisation.');
    const ROLE_FIELDS = /** @type {typeof import('./lib/membership.js')} */ (require(`${__hooks}/lib/membership.js`)).ROLE_FIELDS;
    for (const role of ROLE_FIELDS) e.record.set(role, role === 'admins' ? [e.auth.id] : []);
  }
  if (!e.record.getInt('fy_start_month')) e.record.set('fy_start_month', 4);
  e.next();
}, 'organisations');

onRecordUpdateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    const ROLE_FIELDS = /** @type {typeof import('./lib/membership.js')} */ (require(`${__hooks}/lib/membership.js`)).ROLE_FIELDS;
    const before = e.record.original();
    for (const role of ROLE_FIELDS) {
      const had = before.getStringSlice(role);
      const added = e.record.getStringSlice(role).filter((id) => had.indexOf(id) < 0);
      if (added.length) {
        throw new BadRequestError('People join an organisation only by accepting an invitation.', {
          [role]: new ValidationError('invitation_required', 'Invite this person instead.')
        });
      }
    }
  }
  e.next();
}, 'organisations');

onRecordCreate((e) => {
  /** @type {typeof import('./lib/membership.js')} */ (require(`${__hooks}/lib/membership.js`)).syncMembers(e.record);
  e.next();
}, 'organisations');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/membership.js')} */ (require(`${__hooks}/lib/membership.js`)).syncMembers(e.record);
  e.next();
}, 'organisations');

onRecordUpdate(
  (e) => {
    const before = e.record.original().getString('organisation');
    if (before && before !== e.record.getString('organisation')) {
      throw new BadRequestError('A record cannot be moved to another organisation.');
    }
    e.next();
  },
  .../** @type {typeof import('./lib/collections.js')} */ (require(`${__hooks}/lib/collections.js`)).ORG_SCOPED
);
