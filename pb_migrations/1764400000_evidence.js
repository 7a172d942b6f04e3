/// <reference path="../pb_data/types.d.ts" />
/**
 * The evidence library: `evidence` (a file or a link, with title, owner,
 * effective period and expiry) and `evidence_revisions` (every file ever
 * uploaded for a piece of evidence, with its server-computed SHA-256; never
 * changed or deleted on its own). Files are protected: PocketBase serves
 * them only with a short-lived file token of a member.
 *
 * Files arrive only through POST /api/mamori/evidence/upload
 * (pb_hooks/evidence.pb.js), which creates the evidence and its revision
 * in one transaction; links are plain creates. Lengths and enums are
 * defined once in src/lib/domain/evidence/facts.ts.
 */
const MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'text/tab-separated-values',
  'application/json',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint'
];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';

    const evidence = new Collection({
      type: 'base',
      name: 'evidence',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['file', 'link'] },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'description', type: 'text', max: 5000 },
        { name: 'owner', type: 'text', max: 200 },
        { name: 'url', type: 'url' },
        { name: 'fiscal_year', type: 'number', min: 2000, max: 2100, onlyInt: true },
        { name: 'effective_from', type: 'date' },
        { name: 'effective_to', type: 'date' },
        { name: 'expires_on', type: 'date' },
        { name: 'revision_count', type: 'number', min: 0, onlyInt: true },
        { name: 'created_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created_by_name', type: 'text', max: 200 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE INDEX idx_evidence_org ON evidence (organisation, updated)'],
      listRule: member,
      viewRule: member,
      // files come with their first revision through the upload route; a plain create is a link
      createRule: security + ' && @request.body.kind = "link"',
      updateRule: security,
      deleteRule: security
    });
    app.save(evidence);

    const revisions = new Collection({
      type: 'base',
      name: 'evidence_revisions',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'evidence', type: 'relation', required: true, collectionId: evidence.id, maxSelect: 1, cascadeDelete: true },
        { name: 'number', type: 'number', required: true, min: 1, onlyInt: true },
        {
          name: 'file',
          type: 'file',
          required: true,
          maxSelect: 1,
          maxSize: 2097152000,
          mimeTypes: MIME_TYPES,
          protected: true
        },
        { name: 'original_name', type: 'text', required: true, max: 255 },
        { name: 'size', type: 'number', required: true, min: 1, onlyInt: true },
        { name: 'mime', type: 'text', required: true, max: 100 },
        { name: 'sha256', type: 'text', required: true, pattern: '^[0-9a-f]{64}$' },
        { name: 'note', type: 'text', max: 2000 },
        { name: 'uploaded_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'uploaded_by_name', type: 'text', max: 200 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_evidence_revisions_number ON evidence_revisions (evidence, number)',
        'CREATE INDEX idx_evidence_revisions_org ON evidence_revisions (organisation)'
      ],
      listRule: member,
      viewRule: member,
      createRule: null,
      updateRule: null,
      deleteRule: null
    });
    app.save(revisions);

    evidence.fields.add(new Field({ name: 'current_revision', type: 'relation', collectionId: revisions.id, maxSelect: 1 }));
    app.save(evidence);
  },
  (app) => {
    const evidence = app.findCollectionByNameOrId('evidence');
    evidence.fields.removeByName('current_revision');
    app.save(evidence);
    app.delete(app.findCollectionByNameOrId('evidence_revisions'));
    app.delete(app.findCollectionByNameOrId('evidence'));
  }
);
