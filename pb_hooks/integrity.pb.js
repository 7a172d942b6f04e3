// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * What nobody may do through the API, superusers included (issue 8):
 *  - create audit trail entries (only hooks write them, as part of the change
 *    they record; update and delete are refused in audit.pb.js);
 *  - change or delete a sign-off (a sign-off is as permanent as the subject
 *    it locked; risk subjects are guarded also in risk-criteria.pb.js);
 *  - change a pinned checklist, or delete one a self-check uses (the
 *    self-check's signed hash is recomputed from the stored content, so a
 *    rewrite would also show as a mismatch in verification).
 * Restoring a backup bundle writes by SQL in its own checked transaction.
 */

onRecordCreateRequest((e) => {
  throw new ForbiddenError('Audit trail entries are written by the server only.');
}, 'audit_log');

onRecordUpdateRequest((e) => {
  throw new BadRequestError('A sign-off cannot be changed.');
}, 'signoffs');

onRecordDeleteRequest((e) => {
  throw new BadRequestError('A sign-off cannot be deleted.');
}, 'signoffs');

onRecordUpdate((e) => {
  const before = e.record.original();
  for (const field of ['organisation', 'checklist_id', 'version', 'title', 'content', 'source', 'content_sha256']) {
    if (JSON.stringify(before.get(field)) !== JSON.stringify(e.record.get(field))) {
      throw new BadRequestError('A pinned checklist never changes; import a new version instead.', {
        [field]: new ValidationError('immutable', 'This field cannot change.')
      });
    }
  }
  e.next();
}, 'checklists');

onRecordDeleteRequest((e) => {
  const used = e.app.findRecordsByFilter('assessments', 'checklists ?= {:c}', '', 1, 0, { c: e.record.id });
  if (used.length) throw new BadRequestError('This checklist is used by a self-check and cannot be deleted.');
  e.next();
}, 'checklists');
