// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/** Copies answers between assessments (carry-forward and reopening), with audit entries. */

/** @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} record */
function audit(app, auth, record) {
  const lib = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  lib.write(app, auth, 'create', record, null, lib.snapshot(record));
}

/**
 * Copies every answer of `from` whose (checklist id, item id) exists in the
 * checklists pinned by `to`. Returns how many were copied.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} from @param {core.Record} to
 * @param {boolean} markCarried
 */
function copyAnswers(app, auth, from, to, markCarried) {
  const lib = /** @type {typeof import('./selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
  /** @type {Dict<{ id: string, items: Dict<boolean> }>} */
  const targets = {};
  for (const c of app.findRecordsByIds('checklists', to.getStringSlice('checklists'))) {
    targets[c.getString('checklist_id')] = { id: c.id, items: lib.itemIds(c) };
  }
  /** @type {Dict<string>} */
  const sourceIds = {};
  for (const c of app.findRecordsByIds('checklists', from.getStringSlice('checklists'))) sourceIds[c.id] = c.getString('checklist_id');
  const collection = app.findCollectionByNameOrId('answers');
  let count = 0;
  for (const old of app.findRecordsByFilter('answers', 'assessment = {:a}', '', 0, 0, { a: from.id })) {
    const target = targets[sourceIds[old.getString('checklist')]];
    if (!target || !target.items[old.getString('item_id')]) continue;
    const answer = new Record(collection);
    answer.set('organisation', to.getString('organisation'));
    answer.set('assessment', to.id);
    answer.set('checklist', target.id);
    for (const field of ['item_id', 'status', 'justification', 'notes', 'owner', 'target_date']) answer.set(field, old.get(field));
    answer.set('carried_over', markCarried);
    answer.set('version', 1);
    answer.set('updated_by', old.getString('updated_by'));
    app.save(answer);
    audit(app, auth, answer);
    count++;
  }
  return count;
}

/**
 * Copies the 参考事項 adoption decisions the same way (lib/adoption.js).
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} from @param {core.Record} to
 * @param {boolean} markCarried
 */
function copyAdoptions(app, auth, from, to, markCarried) {
  return /** @type {typeof import('./adoption.js')} */ (require(`${__hooks}/lib/adoption.js`)).copyAdoptions(
    app,
    auth,
    from,
    to,
    markCarried
  );
}

module.exports = { audit, copyAnswers, copyAdoptions };
