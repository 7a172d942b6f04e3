// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * 参考事項 adoption helpers (collection reference_adoptions, migration
 * 1764600000). An assessment with reference_adoption = "per_item" records
 * per reference item whether the organisation adopts it; an assessment
 * without it (created before adoption existed) counts every reference item.
 */

/**
 * @typedef {{ items?: { id: string, classification: string }[], sections?: Section[] }} Section
 */

/** { itemId: classification } of a pinned checklist's content, walking nested sections. @param {core.Record} checklist @returns {Dict<string>} */
function classifications(checklist) {
  const content = JSON.parse(checklist.getString('content'));
  /** @type {Dict<string>} */
  const out = {};
  /** @param {Section[] | undefined} sections */
  const walk = (sections) => {
    for (const s of sections || []) {
      for (const item of s.items || []) out[item.id] = item.classification;
      walk(s.sections);
    }
  };
  walk(content.sections);
  return out;
}

/** Whether an assessment records adoption per reference item. @param {core.Record} assessment */
function perItem(assessment) {
  return assessment.getString('reference_adoption') === 'per_item';
}

/**
 * Copies adoption decisions from `from` to `to` for reference items that
 * exist in both (matched by checklist id and item id, or through `mapItem`,
 * which returns the target [checklist id, item id] pairs for a source pair).
 * A source without per-item adoption adopted every reference item. Returns
 * how many decisions were copied.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} from @param {core.Record} to
 * @param {boolean} markCarried @param {(checklistId: string, itemId: string) => string[][]} [mapItem]
 */
function copyAdoptions(app, auth, from, to, markCarried, mapItem) {
  if (!perItem(to)) return 0;
  const audit = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  /** @type {Dict<{ id: string, classes: Dict<string> }>} */
  const targets = {};
  for (const c of app.findRecordsByIds('checklists', to.getStringSlice('checklists'))) {
    targets[c.getString('checklist_id')] = { id: c.id, classes: classifications(c) };
  }
  /** @type {{ checklistId: string, itemId: string, adopted: boolean, reason: string, by: string }[]} */
  const decisions = [];
  if (perItem(from)) {
    /** @type {Dict<string>} */
    const ids = {};
    for (const c of app.findRecordsByIds('checklists', from.getStringSlice('checklists'))) ids[c.id] = c.getString('checklist_id');
    for (const r of app.findRecordsByFilter('reference_adoptions', 'assessment = {:a}', '', 0, 0, { a: from.id })) {
      decisions.push({
        checklistId: ids[r.getString('checklist')],
        itemId: r.getString('item_id'),
        adopted: r.getBool('adopted'),
        reason: r.getString('reason'),
        by: r.getString('updated_by')
      });
    }
  } else {
    for (const c of app.findRecordsByIds('checklists', from.getStringSlice('checklists'))) {
      const classes = classifications(c);
      for (const itemId in classes) {
        if (classes[itemId] === 'reference')
          decisions.push({ checklistId: c.getString('checklist_id'), itemId: itemId, adopted: true, reason: '', by: '' });
      }
    }
  }
  const collection = app.findCollectionByNameOrId('reference_adoptions');
  /** @type {Dict<boolean>} */
  const done = {};
  let count = 0;
  for (const d of decisions) {
    const pairs = mapItem ? mapItem(d.checklistId, d.itemId) : [[d.checklistId, d.itemId]];
    for (const pair of pairs) {
      const target = targets[pair[0]];
      if (!target || target.classes[pair[1]] !== 'reference') continue;
      const key = pair[0] + '\u0000' + pair[1];
      if (done[key]) continue;
      done[key] = true;
      const record = new Record(collection);
      record.set('organisation', to.getString('organisation'));
      record.set('assessment', to.id);
      record.set('checklist', target.id);
      record.set('item_id', pair[1]);
      record.set('adopted', d.adopted);
      record.set('reason', d.reason);
      record.set('carried_over', markCarried);
      if (d.by) record.set('updated_by', d.by);
      app.save(record);
      audit.write(app, auth, 'create', record, null, audit.snapshot(record));
      count++;
    }
  }
  return count;
}

/**
 * The adoption part of an assessment's signed content; null when the assessment does not record adoption.
 * @param {CoreApp} app @param {core.Record} assessment @param {Dict<string>} checklistIdOf
 */
function signedAdoptions(app, assessment, checklistIdOf) {
  if (!perItem(assessment)) return null;
  const list = app.findRecordsByFilter('reference_adoptions', 'assessment = {:a}', '', 0, 0, { a: assessment.id }).map((r) => ({
    checklist_id: checklistIdOf[r.getString('checklist')] || r.getString('checklist'),
    item_id: r.getString('item_id'),
    adopted: r.getBool('adopted'),
    reason: r.getString('reason')
  }));
  list.sort((a, b) => {
    const ka = a.checklist_id + '\u0000' + a.item_id;
    const kb = b.checklist_id + '\u0000' + b.item_id;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return list;
}

module.exports = { classifications, perItem, copyAdoptions, signedAdoptions };
