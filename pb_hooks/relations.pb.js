// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Relations stay inside the organisation (lib/relations.js): checked on every
 * create and update of an organisation-scoped collection, for everyone.
 * lib/query-allowlist.js relies on this for paths along forward relations.
 */
onRecordCreate(
  (e) => {
    /** @type {typeof import('./lib/relations.js')} */ (require(`${__hooks}/lib/relations.js`)).requireSameOrganisation(
      e.app,
      e.record,
      null
    );
    e.next();
  },
  .../** @type {typeof import('./lib/collections.js')} */ (require(`${__hooks}/lib/collections.js`)).ORG_SCOPED
);

onRecordUpdate(
  (e) => {
    /** @type {typeof import('./lib/relations.js')} */ (require(`${__hooks}/lib/relations.js`)).requireSameOrganisation(
      e.app,
      e.record,
      e.record.original()
    );
    e.next();
  },
  .../** @type {typeof import('./lib/collections.js')} */ (require(`${__hooks}/lib/collections.js`)).ORG_SCOPED
);
