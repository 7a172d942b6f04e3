/// <reference path="../../pb_data/types.d.ts" />
/** Helpers for the self-check hooks and routes. */

function isRole(org, field, userId) {
  return !!userId && org.getStringSlice(field).indexOf(userId) >= 0;
}

/** All item ids of a pinned checklist's content (walking nested sections). */
function itemIds(checklist) {
  const content = JSON.parse(checklist.getString('content'));
  const ids = {};
  const walk = (sections) => {
    for (const s of sections || []) {
      for (const item of s.items || []) ids[item.id] = true;
      walk(s.sections);
    }
  };
  walk(content.sections);
  return ids;
}

function assessmentLocked(app, assessmentId) {
  try {
    return app.findRecordById('assessments', assessmentId).getString('status') === 'signed';
  } catch (err) {
    return false;
  }
}

module.exports = { isRole, itemIds, assessmentLocked };
