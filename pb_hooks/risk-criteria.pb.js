/// <reference path="../pb_data/types.d.ts" />
/**
 * Integrity of the risk criteria, enforced inside the database:
 *  - a new version is always a draft, numbered after the organisation's last
 *    version, and only one version may be open (draft or submitted) at a time;
 *  - the content must be usable criteria (lib/risk-criteria.js);
 *  - draft → submitted (security), submitted → draft with a reason (security
 *    or executive); content changes only while draft; approval only through
 *    `signoffs` (signoff.pb.js);
 *  - an approved version is locked for everyone, superusers included, through
 *    any path (REST, batch, delete-and-recreate), and so is its sign-off.
 */

onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/risk-criteria.js`);
  const org = e.record.getString('organisation');
  const versions = e.app.findRecordsByFilter('risk_criteria', 'organisation = {:org}', '-version', 0, 0, { org: org });
  if (versions.some((v) => v.getString('status') !== 'signed')) {
    throw new BadRequestError('A version of the risk criteria is already being prepared.', {
      status: new ValidationError('open_version', 'Finish or delete the open version first.')
    });
  }
  lib.requireUsable(e.record);
  e.record.set('version', versions.length ? versions[0].getInt('version') + 1 : 1);
  e.record.set('status', 'draft');
  for (const field of ['submitted_at', 'signed_at', 'content_sha256', 'return_reason']) e.record.set(field, '');
  e.next();
}, 'risk_criteria');

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/risk-criteria.js`);
  const before = e.record.original();
  const from = before.getString('status');
  const to = e.record.getString('status');
  for (const field of ['organisation', 'version', 'signed_at', 'content_sha256', 'submitted_at']) {
    if (JSON.stringify(before.get(field)) !== JSON.stringify(e.record.get(field))) {
      throw new BadRequestError('This field cannot change.', { [field]: new ValidationError('immutable', 'This field cannot change.') });
    }
  }
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  const uid = e.auth ? e.auth.id : '';
  const security = org.getStringSlice('security_team').indexOf(uid) >= 0 || e.hasSuperuserAuth();
  const executive = org.getStringSlice('executives').indexOf(uid) >= 0;
  const edited = ['content', 'note'].some((f) => JSON.stringify(before.get(f)) !== JSON.stringify(e.record.get(f)));
  const ok =
    (from === 'draft' && to === 'draft' && security) ||
    (from === 'draft' && to === 'submitted' && security) ||
    (from === 'submitted' && to === 'draft' && (security || executive) && !edited);
  if (!ok)
    throw new BadRequestError('This change of the risk criteria is not allowed.', {
      status: new ValidationError('transition', from + ' → ' + to)
    });
  if (from === 'submitted' && !e.record.getString('return_reason').trim()) {
    throw new BadRequestError('Say why the criteria go back to draft.', {
      return_reason: new ValidationError('required', 'A reason is required.')
    });
  }
  if (from === 'draft' && to === 'draft' && e.record.getString('return_reason') !== before.getString('return_reason')) {
    throw new BadRequestError('This field cannot change.', {
      return_reason: new ValidationError('immutable', 'This field cannot change.')
    });
  }
  lib.requireUsable(e.record);
  if (to === 'submitted') e.record.set('submitted_at', new Date().toISOString());
  e.next();
}, 'risk_criteria');

onRecordUpdate((e) => {
  if (e.record.original().getString('status') === 'signed') throw new BadRequestError('Approved risk criteria are locked.');
  e.next();
}, 'risk_criteria');

onRecordDelete((e) => {
  if (e.record.getString('status') !== 'draft') throw new BadRequestError('Only a draft version of the risk criteria can be deleted.');
  e.next();
}, 'risk_criteria');

// The sign-off of a risk subject is as permanent as the subject it locks.
onRecordUpdate((e) => {
  const subject = e.record.original().getString('subject_collection');
  if (subject === 'risk_criteria' || subject === 'risk_acceptances') throw new BadRequestError('A sign-off cannot be changed.');
  e.next();
}, 'signoffs');

onRecordDelete((e) => {
  const subject = e.record.getString('subject_collection');
  if (subject === 'risk_criteria' || subject === 'risk_acceptances') throw new BadRequestError('A sign-off cannot be deleted.');
  e.next();
}, 'signoffs');
