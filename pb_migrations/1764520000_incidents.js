// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Incidents, their information-reporting drafts (情報連絡: first report and
 * updates as separate numbered records; a report marked sent never changes),
 * and the information-sharing log. Timelines and improvement actions learn
 * to belong to an incident. Values repeat src/lib/domain/incidents/*.ts
 * (compared by tests/integration/plans-schema.test.ts).
 */
const CAUSE_CASES = [
  'intentional.failure',
  'intentional.attack_detected',
  'intentional.attack_damage',
  'intentional.useful_to_others',
  'unintentional.failure',
  'unintentional.useful_to_others',
  'disaster.failure',
  'disaster.secondary_damage',
  'disaster.useful_to_others',
  'spillover.failure',
  'spillover.useful_to_others'
];
const SITUATIONS = ['precursor', 'minor_failure', 'major_failure', 'attack_confirmed'];
const LIKELIHOODS = ['hardly_possible', 'large_impact_if_attack', 'possible_unclear', 'likely', 'confirmed'];
const INCIDENT_STATUSES = ['open', 'closed'];
const REPORT_STATUSES = ['draft', 'sent'];
const SHARING_SCOPES = ['government_only', 'same_sector', 'related_sectors', 'all_operators'];
const SHARING_SOURCES = ['ministry', 'ceptoar', 'nisc', 'police', 'agency', 'supplier', 'other'];
const SHARING_PURPOSES = ['prevention', 'spread_recovery', 'recurrence'];

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
    const organisations = app.findCollectionByNameOrId('organisations');
    const services = app.findCollectionByNameOrId('critical_services');
    const systems = app.findCollectionByNameOrId('important_systems');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const level = (/** @type {string} */ name) => /** @type {FieldInit} */ ({ name, type: 'number', min: 0, max: 4, onlyInt: true });

    const incidents = new Collection({
      type: 'base',
      name: 'incidents',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'description', type: 'text', max: 20000 },
        { name: 'detected_at', type: 'date', required: true },
        { name: 'occurred_at', type: 'date' },
        { name: 'services', type: 'relation', collectionId: services.id, maxSelect: 999 },
        { name: 'systems', type: 'relation', collectionId: systems.id, maxSelect: 999 },
        { name: 'cause_case', type: 'select', maxSelect: 1, values: CAUSE_CASES },
        { name: 'situation', type: 'select', maxSelect: 1, values: SITUATIONS },
        { name: 'likelihood', type: 'select', maxSelect: 1, values: LIKELIHOODS },
        { name: 'service_level_breached', type: 'bool' },
        { name: 'verification_level_breached', type: 'bool' },
        { name: 'breach_notes', type: 'text', max: 2000 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: INCIDENT_STATUSES },
        { name: 'closed_at', type: 'date' },
        level('severity_continuity'),
        level('severity_safety'),
        level('severity_trust'),
        { name: 'severity_notes', type: 'text', max: 5000 },
        { name: 'severity_assessed_at', type: 'date' },
        { name: 'lessons', type: 'text', max: 20000 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_incidents_org ON incidents (organisation, detected_at)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(incidents);

    const reports = new Collection({
      type: 'base',
      name: 'incident_reports',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'incident', type: 'relation', required: true, collectionId: incidents.id, maxSelect: 1, cascadeDelete: true },
        { name: 'number', type: 'number', min: 1, max: 1000, onlyInt: true },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: REPORT_STATUSES },
        { name: 'contact_person', type: 'text', required: true, min: 1, max: 200 },
        { name: 'contact_means', type: 'text', required: true, min: 1, max: 500 },
        { name: 'reporter_unit', type: 'text', max: 200 },
        { name: 'summary', type: 'text', max: 20000 },
        { name: 'impact', type: 'text', max: 5000 },
        { name: 'cause_case', type: 'select', maxSelect: 1, values: CAUSE_CASES },
        { name: 'situation', type: 'select', maxSelect: 1, values: SITUATIONS },
        { name: 'likelihood', type: 'select', maxSelect: 1, values: LIKELIHOODS },
        { name: 'actions_taken', type: 'text', max: 5000 },
        { name: 'outlook', type: 'text', max: 2000 },
        { name: 'sharing_scope', type: 'select', required: true, maxSelect: 1, values: SHARING_SCOPES },
        { name: 'sharing_conditions', type: 'text', max: 2000 },
        { name: 'sent_at', type: 'date' },
        { name: 'sent_via', type: 'text', max: 200 },
        { name: 'author', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'author_name', type: 'text', max: 200 },
        ...autodates()
      ],
      indexes: ['CREATE UNIQUE INDEX idx_incident_reports_number ON incident_reports (incident, number)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security + ' && status = "draft"'
    });
    app.save(reports);

    const log = new Collection({
      type: 'base',
      name: 'sharing_log',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'received_at', type: 'date', required: true },
        { name: 'source', type: 'select', required: true, maxSelect: 1, values: SHARING_SOURCES },
        { name: 'source_detail', type: 'text', max: 200 },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'summary', type: 'text', max: 10000 },
        { name: 'purposes', type: 'select', required: true, maxSelect: 3, values: SHARING_PURPOSES },
        { name: 'actions', type: 'text', max: 5000 },
        { name: 'shared_with', type: 'text', max: 2000 },
        { name: 'incident', type: 'relation', collectionId: incidents.id, maxSelect: 1 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_sharing_log_org ON sharing_log (organisation, received_at)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(log);

    for (const name of ['timeline_entries', 'improvement_actions']) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.add(
        new Field({ name: 'incident', type: 'relation', collectionId: incidents.id, maxSelect: 1, cascadeDelete: true })
      );
      app.save(collection);
    }
  },
  (app) => {
    for (const name of ['timeline_entries', 'improvement_actions']) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.removeByName('incident');
      app.save(collection);
    }
    for (const name of ['sharing_log', 'incident_reports', 'incidents']) app.delete(app.findCollectionByNameOrId(name));
  }
);
