// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Membership helpers shared by the hooks. */
const ROLE_FIELDS = ['admins', 'security_team', 'executives', 'auditors'];

/** Sets `members` to the union of the four role fields. @param {core.Record} record */
function syncMembers(record) {
  /** @type {Dict<boolean>} */
  const seen = {};
  /** @type {string[]} */
  const members = [];
  for (const role of ROLE_FIELDS) {
    for (const id of record.getStringSlice(role)) {
      if (!seen[id]) {
        seen[id] = true;
        members.push(id);
      }
    }
  }
  record.set('members', members);
}

module.exports = { ROLE_FIELDS, syncMembers };
