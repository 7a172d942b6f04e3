/// <reference path="../pb_data/types.d.ts" />
/**
 * The risk register (issue 9): risks tied to critical services, important
 * systems and dependencies, with a threat, scenario and owner; inherent →
 * current → target ratings made with a named risk-criteria version; existing
 * controls linked to self-check items; the treatment option. Also the
 * decisions on candidate risks that were discarded, and the reviews
 * (monitoring and review), which record the ratings at the time.
 * Enumerations mirror src/lib/domain/risks/{threat-catalogue,register}.ts;
 * integrity in pb_hooks/risks.pb.js.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const services = app.findCollectionByNameOrId('critical_services');
    const systems = app.findCollectionByNameOrId('important_systems');
    const dependencies = app.findCollectionByNameOrId('dependencies');
    const criteria = app.findCollectionByNameOrId('risk_criteria');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const rating = (name) => ({ name: name, type: 'number', min: 0, max: 6, onlyInt: true });

    const risks = new Collection({
      type: 'base',
      name: 'risks',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'ref', type: 'text', max: 12, pattern: '^R-[0-9]{3,6}$' },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'scenario', type: 'text', max: 5000 },
        {
          name: 'category',
          type: 'select',
          required: true,
          maxSelect: 1,
          values: ['intentional', 'unintentional', 'disaster', 'spillover', 'supply_chain']
        },
        { name: 'threat', type: 'text', max: 200 },
        { name: 'services', type: 'relation', collectionId: services.id, maxSelect: 999 },
        { name: 'systems', type: 'relation', collectionId: systems.id, maxSelect: 999 },
        { name: 'dependencies', type: 'relation', collectionId: dependencies.id, maxSelect: 999 },
        { name: 'owner', type: 'text', required: true, min: 1, max: 200 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['open', 'closed'] },
        { name: 'closed_reason', type: 'text', max: 2000 },
        { name: 'criteria', type: 'relation', collectionId: criteria.id, maxSelect: 1 },
        rating('inherent_likelihood'),
        rating('inherent_impact'),
        rating('current_likelihood'),
        rating('current_impact'),
        rating('target_likelihood'),
        rating('target_impact'),
        { name: 'controls', type: 'text', max: 5000 },
        { name: 'control_items', type: 'json', maxSize: 20000 },
        { name: 'treatment', type: 'select', maxSelect: 1, values: ['reduce', 'avoid', 'transfer', 'accept'] },
        { name: 'treatment_plan', type: 'text', max: 5000 },
        { name: 'candidate_keys', type: 'json', maxSize: 50000 },
        { name: 'reviewed_at', type: 'date' },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE UNIQUE INDEX idx_risks_org_ref ON risks (organisation, ref)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(risks);

    const dismissals = new Collection({
      type: 'base',
      name: 'risk_dismissals',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'candidate_key', type: 'text', required: true, min: 1, max: 300 },
        { name: 'reason', type: 'text', max: 2000 },
        { name: 'dismissed_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: ['CREATE UNIQUE INDEX idx_risk_dismissals_key ON risk_dismissals (organisation, candidate_key)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: null,
      // undo a dismissal: the candidate is proposed again
      deleteRule: security
    });
    app.save(dismissals);

    const reviews = new Collection({
      type: 'base',
      name: 'risk_reviews',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'risk', type: 'relation', required: true, collectionId: risks.id, maxSelect: 1, cascadeDelete: true },
        { name: 'outcome', type: 'select', required: true, maxSelect: 1, values: ['unchanged', 'changed'] },
        { name: 'note', type: 'text', max: 5000 },
        { name: 'reviewer', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'reviewer_name', type: 'text', max: 200 },
        { name: 'reviewed_at', type: 'date' },
        { name: 'ratings', type: 'json', maxSize: 5000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: ['CREATE INDEX idx_risk_reviews_risk ON risk_reviews (risk, reviewed_at)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: null,
      deleteRule: null
    });
    app.save(reviews);
  },
  (app) => {
    for (const name of ['risk_reviews', 'risk_dismissals', 'risks']) app.delete(app.findCollectionByNameOrId(name));
  }
);
