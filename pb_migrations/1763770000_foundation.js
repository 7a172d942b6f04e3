// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Foundation schema: users, organisations (with per-role membership fields),
 * the append-only audit trail, and the organisation profile collections
 * (critical services, important systems).
 *
 * Access model (see ARCHITECTURE.md):
 *   organisations.members   = every member (kept by pb_hooks/organisations.pb.js)
 *   organisations.admins / security_team / executives / auditors = roles
 * Every domain collection has `organisation` and rules built from these.
 */
const SECTORS = [
  'telecom',
  'finance',
  'aviation',
  'airports',
  'railways',
  'electricity',
  'gas',
  'government',
  'medical',
  'water',
  'logistics',
  'chemical',
  'credit',
  'petroleum'
];

/** @returns {FieldInit[]} */
function autodates() {
  return [
    { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
    { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
  ];
}

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.fields.add(new Field({ name: 'language', type: 'select', values: ['ja', 'en'], maxSelect: 1 }));
    // No self sign-up: accounts are created by organisation admins (pb_hooks/members.pb.js) or by setup.
    users.createRule = null;
    users.updateRule = 'id = @request.auth.id';
    users.deleteRule = null;
    app.save(users);

    const organisations = new Collection({
      type: 'base',
      name: 'organisations',
      fields: [
        { name: 'name', type: 'text', required: true, min: 1, max: 200 },
        { name: 'name_en', type: 'text', max: 200 },
        { name: 'sector', type: 'select', required: true, maxSelect: 1, values: SECTORS },
        { name: 'operator_class', type: 'select', required: true, maxSelect: 1, values: ['leading', 'other'] },
        { name: 'fy_start_month', type: 'number', required: true, min: 1, max: 12, onlyInt: true },
        { name: 'admins', type: 'relation', required: true, collectionId: users.id, maxSelect: 999, minSelect: 1 },
        { name: 'security_team', type: 'relation', collectionId: users.id, maxSelect: 999 },
        { name: 'executives', type: 'relation', collectionId: users.id, maxSelect: 999 },
        { name: 'auditors', type: 'relation', collectionId: users.id, maxSelect: 999 },
        { name: 'members', type: 'relation', collectionId: users.id, maxSelect: 999 },
        ...autodates()
      ],
      listRule: 'members.id ?= @request.auth.id',
      viewRule: 'members.id ?= @request.auth.id',
      createRule: '@request.auth.id != "" && @request.auth.collectionName = "users"',
      updateRule: 'admins.id ?= @request.auth.id',
      deleteRule: null
    });
    app.save(organisations);

    // Members of an organisation may see each other's name and e-mail.
    users.listRule = 'id = @request.auth.id || organisations_via_members.members.id ?= @request.auth.id';
    users.viewRule = users.listRule;
    app.save(users);

    const audit = new Collection({
      type: 'base',
      name: 'audit_log',
      fields: [
        { name: 'organisation', type: 'relation', collectionId: organisations.id, maxSelect: 1 },
        { name: 'actor', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'actor_label', type: 'text', max: 300 },
        { name: 'collection', type: 'text', required: true, max: 100 },
        { name: 'record_id', type: 'text', required: true, max: 50 },
        { name: 'action', type: 'select', required: true, maxSelect: 1, values: ['create', 'update', 'delete'] },
        { name: 'changes', type: 'json', maxSize: 2000000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: [
        'CREATE INDEX idx_audit_org_created ON audit_log (organisation, created)',
        'CREATE INDEX idx_audit_record ON audit_log (collection, record_id)'
      ],
      listRule:
        'organisation.admins.id ?= @request.auth.id || organisation.executives.id ?= @request.auth.id || organisation.auditors.id ?= @request.auth.id',
      viewRule:
        'organisation.admins.id ?= @request.auth.id || organisation.executives.id ?= @request.auth.id || organisation.auditors.id ?= @request.auth.id',
      createRule: null,
      updateRule: null,
      deleteRule: null
    });
    app.save(audit);

    const read = 'organisation.members.id ?= @request.auth.id';
    const write = 'organisation.security_team.id ?= @request.auth.id';

    const services = new Collection({
      type: 'base',
      name: 'critical_services',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'name', type: 'text', required: true, min: 1, max: 200 },
        { name: 'description', type: 'text', max: 20000 },
        { name: 'service_level', type: 'text', max: 2000 },
        { name: 'max_outage_hours', type: 'number', min: 0, max: 8760 },
        { name: 'owner', type: 'text', max: 200 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_services_org ON critical_services (organisation)'],
      listRule: read,
      viewRule: read,
      createRule: write,
      updateRule: write,
      deleteRule: write
    });
    app.save(services);

    const systems = new Collection({
      type: 'base',
      name: 'important_systems',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'name', type: 'text', required: true, min: 1, max: 200 },
        { name: 'description', type: 'text', max: 20000 },
        { name: 'services', type: 'relation', collectionId: services.id, maxSelect: 999 },
        { name: 'depends_on', type: 'select', maxSelect: 6, values: ['power', 'telecom', 'water', 'cloud', 'supplier', 'other'] },
        { name: 'owner', type: 'text', max: 200 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_systems_org ON important_systems (organisation)'],
      listRule: read,
      viewRule: read,
      createRule: write,
      updateRule: write,
      deleteRule: write
    });
    app.save(systems);
  },
  (app) => {
    for (const name of ['important_systems', 'critical_services', 'audit_log', 'organisations']) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const users = app.findCollectionByNameOrId('users');
    users.fields.removeByName('language');
    app.save(users);
  }
);
