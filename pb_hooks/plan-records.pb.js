/// <reference path="../pb_data/types.d.ts" />
/**
 * Integrity of the records around the plans (contacts; exercises, incidents
 * and their parts as they are added): links stay inside the organisation,
 * (that no record moves to another organisation is organisations.pb.js's generic guard).
 */

onRecordCreate((e) => {
  const lib = require(`${__hooks}/lib/plans.js`);
  lib.requireSameOrganisation(e.app, e.record, 'deputy', 'contacts');
  e.next();
}, 'contacts');

onRecordUpdate((e) => {
  const lib = require(`${__hooks}/lib/plans.js`);
  if (e.record.getString('deputy') === e.record.id) {
    throw new BadRequestError('A contact cannot be its own deputy.', { deputy: new ValidationError('self', 'Choose someone else.') });
  }
  lib.requireSameOrganisation(e.app, e.record, 'deputy', 'contacts');
  e.next();
}, 'contacts');
