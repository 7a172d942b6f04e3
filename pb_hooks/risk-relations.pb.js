// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * A treatment action's `plans` is a JSON list of plan ids (the plans
 * collection comes after risk_actions in the migrations, so it cannot be a
 * relation field): each must be a plan of the action's own organisation, on
 * every path (REST, batch, superusers). Relation fields are checked for every
 * collection by relations.pb.js.
 */

onRecordCreate((e) => {
  /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`)).requireOwnPlans(e.app, e.record);
  e.next();
}, 'risk_actions');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`)).requireOwnPlans(e.app, e.record);
  e.next();
}, 'risk_actions');
