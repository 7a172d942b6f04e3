// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * An imported checklist that no self-check uses can be deleted by the
 * organisation's security team (a wrong import should not stay forever in
 * the start form). One that a self-check uses cannot, for anyone:
 * `assessments.checklists` is a required relation, so PocketBase refuses to
 * delete a record it still points to (400; tests/integration/
 * checklist-imports.test.ts). Library pins are never deleted through this
 * rule: they are the same content for every organisation.
 */
migrate(
  (app) => {
    const checklists = app.findCollectionByNameOrId('checklists');
    checklists.deleteRule = 'organisation.security_team.id ?= @request.auth.id && source = "import"';
    app.save(checklists);
  },
  (app) => {
    const checklists = app.findCollectionByNameOrId('checklists');
    checklists.deleteRule = null;
    app.save(checklists);
  }
);
