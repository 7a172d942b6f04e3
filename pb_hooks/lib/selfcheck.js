// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Helpers for the self-check hooks and routes. */

/** @param {core.Record} org @param {string} field @param {string | undefined} userId */
function isRole(org, field, userId) {
  return !!userId && org.getStringSlice(field).indexOf(userId) >= 0;
}

/**
 * @typedef {{ items?: { id: string }[], sections?: Section[] }} Section
 */

/** All item ids of a pinned checklist's content (walking nested sections). @param {core.Record} checklist */
function itemIds(checklist) {
  const content = /** @type {{ sections?: Section[] }} */ (JSON.parse(checklist.getString('content')));
  /** @type {Dict<boolean>} */
  const ids = {};
  /** @param {Section[] | undefined} sections */
  const walk = (sections) => {
    for (const s of sections || []) {
      for (const item of s.items || []) ids[item.id] = true;
      walk(s.sections);
    }
  };
  walk(content.sections);
  return ids;
}

/** @param {CoreApp} app @param {string} assessmentId */
function assessmentLocked(app, assessmentId) {
  try {
    return app.findRecordById('assessments', assessmentId).getString('status') === 'signed';
  } catch (err) {
    return false;
  }
}

module.exports = { isRole, itemIds, assessmentLocked };
