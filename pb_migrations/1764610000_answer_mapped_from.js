// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Answers carried forward through a crosswalk (checklists/crosswalks,
 * FORMAT.md "Editions and crosswalks") record where they came from:
 * `mapped_from` = [{ crosswalk, checklist_id, version, item_id, status,
 * note: { ja, en } }], one entry per source answer. Only the carry-forward
 * hook writes it (pb_hooks/lib/copy-answers.js); client writes are ignored
 * (pb_hooks/selfcheck.pb.js). Size mirrors ANSWERS.mapped_from in
 * src/lib/domain/schema/selfcheck.ts.
 */
migrate(
  (app) => {
    const answers = app.findCollectionByNameOrId('answers');
    answers.fields.add(new Field({ name: 'mapped_from', type: 'json', maxSize: 20000 }));
    app.save(answers);
  },
  (app) => {
    const answers = app.findCollectionByNameOrId('answers');
    answers.fields.removeByName('mapped_from');
    app.save(answers);
  }
);
