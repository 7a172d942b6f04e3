// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * A pinned checklist's ID follows the app's rule (src/lib/domain/schema/selfcheck.ts
 * CHECKLIST_ID_PATTERN: kebab-case starting with a letter); the first migration
 * allowed a leading digit. Pinned checklists are never updated, so existing
 * records are not re-validated.
 */
migrate(
  (app) => {
    const checklists = app.findCollectionByNameOrId('checklists');
    checklists.fields.getByName('checklist_id').pattern = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
    app.save(checklists);
  },
  (app) => {
    const checklists = app.findCollectionByNameOrId('checklists');
    checklists.fields.getByName('checklist_id').pattern = '^[a-z0-9]+(-[a-z0-9]+)*$';
    app.save(checklists);
  }
);
