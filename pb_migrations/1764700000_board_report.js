// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * The board report (経営層向け報告書, src/lib/domain/reports/kinds.ts
 * REPORT_TYPES 'board'): appended to `reports.type`, never replacing the
 * list; the down step removes only it.
 */
const TYPES = ['board'];

migrate(
  (app) => {
    const reports = app.findCollectionByNameOrId('reports');
    const type = reports.fields.getByName('type');
    type.values = type.values.concat(TYPES.filter((t) => type.values.indexOf(t) < 0));
    app.save(reports);
  },
  (app) => {
    const reports = app.findCollectionByNameOrId('reports');
    const type = reports.fields.getByName('type');
    type.values = type.values.filter((/** @type {string} */ t) => TYPES.indexOf(t) < 0);
    app.save(reports);
  }
);
