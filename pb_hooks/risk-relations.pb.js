// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Every relation of the risk register and the dependencies register points
 * into the record's own organisation — on every path (REST, batch, the
 * register import, superusers): a risk's services, systems and dependencies;
 * an action's risk and plans; a dependency's systems and services
 * (lib/risks.js RELATIONS).
 */

onRecordCreate(
  (e) => {
    /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`)).requireOwnRelations(e.app, e.record);
    e.next();
  },
  'risks',
  'risk_actions',
  'dependencies'
);

onRecordUpdate(
  (e) => {
    /** @type {typeof import('./lib/risks.js')} */ (require(`${__hooks}/lib/risks.js`)).requireOwnRelations(e.app, e.record);
    e.next();
  },
  'risks',
  'risk_actions',
  'dependencies'
);
