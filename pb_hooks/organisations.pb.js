// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Organisation membership integrity:
 *  - the creator of an organisation becomes its first admin;
 *  - `members` is always the union of the four role fields, whatever a
 *    client sends (API rules of every domain collection rely on it);
 *  - a domain record can never move to another organisation.
 */
onRecordCreateRequest((e) => {
  if (e.auth && e.auth.collection().name === 'users') {
    const admins = e.record.getStringSlice('admins');
    if (admins.indexOf(e.auth.id) < 0) e.record.set('admins', admins.concat([e.auth.id]));
  }
  if (!e.record.getInt('fy_start_month')) e.record.set('fy_start_month', 4);
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
