// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Every relation of an organisation's record points into the SAME
 * organisation (issue 8): an important system cannot be linked to another
 * organisation's service, an answer to another organisation's self-check.
 * Checked by relations.pb.js on every save of the collections of
 * lib/collections.js ORG_SCOPED, whoever saves (REST, batch, hooks,
 * superusers). Relations to `users` are not organisation data and are
 * checked where roles matter; a relation to `organisations` must name the
 * record's own organisation.
 */
const { ORG_SCOPED } = /** @type {typeof import('./collections.js')} */ (require(`${__hooks}/lib/collections.js`));

/**
 * The relation fields of `record` whose new ids lie outside its organisation:
 * [{ field, id }] (empty when all is well). Only ids added by this save are
 * read (an update that leaves a relation alone does not re-check it).
 * @param {CoreApp} app @param {core.Record} record @param {core.Record | null} before
 * @returns {{ field: string, id: string }[]}
 */
function foreignRelations(app, record, before) {
  const org = record.getString('organisation');
  /** @type {{ field: string, id: string }[]} */
  const foreign = [];
  for (const field of record.collection().fields) {
    if (field.type() !== 'relation' || field.getName() === 'organisation') continue;
    const relation = /** @type {core.RelationField} */ (/** @type {unknown} */ (field));
    let target;
    try {
      target = app.findCachedCollectionByNameOrId(relation.collectionId);
    } catch (err) {
      continue; // PocketBase's own validation refuses a relation to a missing collection
    }
    const intoOrganisation = target.name === 'organisations';
    if (!intoOrganisation && ORG_SCOPED.indexOf(target.name) < 0) continue;
    const old = before ? before.getStringSlice(field.getName()) : [];
    for (const id of record.getStringSlice(field.getName())) {
      if (!id || old.indexOf(id) >= 0) continue;
      if (intoOrganisation) {
        if (id !== org) foreign.push({ field: field.getName(), id: id });
        continue;
      }
      let related = null;
      try {
        related = app.findRecordById(target.name, id);
      } catch (err) {
        related = null; // PocketBase's own validation answers a missing record
      }
      if (related && related.getString('organisation') !== org) foreign.push({ field: field.getName(), id: id });
    }
  }
  return foreign;
}

/**
 * Throws 400 naming the fields that point into another organisation (the
 * same answer whether the other record exists there or not).
 * @param {CoreApp} app @param {core.Record} record @param {core.Record | null} before
 */
function requireSameOrganisation(app, record, before) {
  const foreign = foreignRelations(app, record, before);
  if (!foreign.length) return;
  /** @type {Dict<ValidationError>} */
  const errors = {};
  for (const f of foreign) errors[f.field] = new ValidationError('other_organisation', 'Choose a record of this organisation.');
  throw new BadRequestError('A relation points to a record of another organisation.', errors);
}

module.exports = { foreignRelations, requireSameOrganisation };
