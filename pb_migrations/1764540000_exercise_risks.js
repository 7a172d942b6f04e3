// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Exercises and improvement actions meet the risk register: an exercise may
 * take its scenario from a risk (`exercises.risk`), and a finding or lesson
 * may name the risks it bears on (`improvement_actions.risks`). Both point
 * only into the same organisation (pb_hooks/plan-records.pb.js). A deleted
 * risk simply drops out of the links. Values repeat src/lib/domain/plans/
 * actions.ts (ACTION_LIMITS.risks).
 */
const MAX_RISKS = 50;

migrate(
  (app) => {
    const risks = app.findCollectionByNameOrId('risks');
    const exercises = app.findCollectionByNameOrId('exercises');
    exercises.fields.add(new Field({ name: 'risk', type: 'relation', collectionId: risks.id, maxSelect: 1 }));
    app.save(exercises);
    const actions = app.findCollectionByNameOrId('improvement_actions');
    actions.fields.add(new Field({ name: 'risks', type: 'relation', collectionId: risks.id, maxSelect: MAX_RISKS }));
    app.save(actions);
  },
  (app) => {
    const exercises = app.findCollectionByNameOrId('exercises');
    exercises.fields.removeByName('risk');
    app.save(exercises);
    const actions = app.findCollectionByNameOrId('improvement_actions');
    actions.fields.removeByName('risks');
    app.save(actions);
  }
);
