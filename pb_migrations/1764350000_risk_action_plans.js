// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Treatment actions name the plans they work on (BCP, contingency plan) —
 * beside the checklist items they already name. A JSON list of plan ids,
 * not a relation: the plans collection comes in a later migration
 * (1764500000_plans.js). pb_hooks/risk-relations.pb.js checks each id is a
 * plan of the action's own organisation.
 */
migrate(
  (app) => {
    const actions = app.findCollectionByNameOrId('risk_actions');
    actions.fields.add(new Field({ name: 'plans', type: 'json', maxSize: 2000 }));
    app.save(actions);
  },
  (app) => {
    const actions = app.findCollectionByNameOrId('risk_actions');
    actions.fields.removeByName('plans');
    app.save(actions);
  }
);
