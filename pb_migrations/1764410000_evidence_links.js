/// <reference path="../pb_data/types.d.ts" />
/**
 * Evidence links: many-to-many between evidence and the records it backs.
 * A target is generic — a registered type (pb_hooks/lib/link-targets.json),
 * a record id and, for part of a record (an item of a self-check), the part —
 * so a new kind of record becomes linkable by one registration, without a
 * migration. pb_hooks/evidence-links.pb.js checks each link against the
 * registry and refuses changes to links of signed records.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const evidence = app.findCollectionByNameOrId('evidence');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const links = new Collection({
      type: 'base',
      name: 'evidence_links',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'evidence', type: 'relation', required: true, collectionId: evidence.id, maxSelect: 1 },
        { name: 'target_type', type: 'text', required: true, max: 50, pattern: '^[a-z][a-z0-9_]*$' },
        { name: 'target_id', type: 'text', required: true, max: 15, pattern: '^[a-z0-9]{15}$' },
        { name: 'target_part', type: 'text', max: 200 },
        { name: 'created_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created_by_name', type: 'text', max: 200 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_evidence_links_unique ON evidence_links (evidence, target_type, target_id, target_part)',
        'CREATE INDEX idx_evidence_links_target ON evidence_links (target_type, target_id)',
        'CREATE INDEX idx_evidence_links_org ON evidence_links (organisation)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: null,
      deleteRule: security
    });
    app.save(links);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('evidence_links'));
  }
);
