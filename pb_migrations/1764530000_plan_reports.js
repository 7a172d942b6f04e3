// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * The plan area's report types (src/lib/domain/reports/kinds.ts REPORT_TYPES):
 * appended to `reports.type`, never replacing the list; the down step
 * removes only these.
 */
const TYPES = ['plan', 'exercise', 'incident_report'];

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
