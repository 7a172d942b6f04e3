// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/** Why a submitted self-check was returned to draft (required with that move; see pb_hooks/selfcheck.pb.js). */
migrate(
  (app) => {
    const assessments = app.findCollectionByNameOrId('assessments');
    assessments.fields.add(new Field({ name: 'return_reason', type: 'text', max: 5000 }));
    app.save(assessments);
  },
  (app) => {
    const assessments = app.findCollectionByNameOrId('assessments');
    assessments.fields.removeByName('return_reason');
    app.save(assessments);
  }
);
