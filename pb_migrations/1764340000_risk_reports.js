/// <reference path="../pb_data/types.d.ts" />
/** Report types of risk management (issue 9): the risk report and the risk-acceptance sheet. Appends to `reports.type`. */
const TYPES = ['risk', 'acceptance'];

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
    type.values = type.values.filter((t) => TYPES.indexOf(t) < 0);
    app.save(reports);
  }
);
