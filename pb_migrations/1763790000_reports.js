// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Produced reports. Each PDF mamori makes is registered here with its report
 * ID, the SHA-256 of the data snapshot it was built from and of the PDF bytes,
 * and an HMAC over those made with the server's report key (see
 * pb_hooks/reports.pb.js): a member cannot register a PDF the app did not
 * produce, so the verification page can trust this table.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const reports = new Collection({
      type: 'base',
      name: 'reports',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'report_id', type: 'text', required: true, max: 40, pattern: '^MR-[0-9]{4}-[A-Z2-7]{8}$' },
        { name: 'type', type: 'select', required: true, maxSelect: 1, values: ['selfcheck'] },
        { name: 'subject_id', type: 'text', required: true, max: 50 },
        { name: 'fiscal_year', type: 'number', required: true, min: 2000, max: 2100, onlyInt: true },
        { name: 'language', type: 'select', required: true, maxSelect: 1, values: ['ja', 'en'] },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'signed'] },
        { name: 'snapshot_sha256', type: 'text', required: true, pattern: '^[0-9a-f]{64}$' },
        { name: 'pdf_sha256', type: 'text', required: true, pattern: '^[0-9a-f]{64}$' },
        { name: 'signature', type: 'text', required: true, pattern: '^[0-9a-f]{64}$' },
        { name: 'file', type: 'file', maxSelect: 1, maxSize: 100000000, mimeTypes: ['application/pdf'], protected: true },
        { name: 'created_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_reports_report_id ON reports (report_id)',
        'CREATE INDEX idx_reports_org ON reports (organisation, created)'
      ],
      listRule: member,
      viewRule: member,
      createRule: member,
      updateRule: null,
      deleteRule: null
    });
    app.save(reports);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('reports'));
  }
);
