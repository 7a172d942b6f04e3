/// <reference path="../pb_data/types.d.ts" />
/**
 * Which HMAC message format a report registration was signed with
 * (pb_hooks/lib/report-signature.json). Registrations made before this field
 * existed have none and verify with format 1.
 */
migrate(
  (app) => {
    const reports = app.findCollectionByNameOrId('reports');
    reports.fields.add(new Field({ name: 'signature_version', type: 'number', min: 1, max: 99, onlyInt: true }));
    app.save(reports);
  },
  (app) => {
    const reports = app.findCollectionByNameOrId('reports');
    reports.fields.removeByName('signature_version');
    app.save(reports);
  }
);
