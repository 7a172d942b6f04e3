/// <reference path="../pb_data/types.d.ts" />
/**
 * Risk treatment (issue 9): actions with owner, due date, status and linked
 * checklist items; and risk acceptances — requested by the security team with
 * a justification and an expiry, approved by an executive through the one
 * sign-off mechanism (`signoffs`, subject 'risk_acceptances', which freezes a
 * snapshot of what was accepted) or rejected with a comment; expired by the
 * server, revocable with a reason. Integrity in pb_hooks/risk-acceptances.pb.js.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const risks = app.findCollectionByNameOrId('risks');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const executive = 'organisation.executives.id ?= @request.auth.id';

    const actions = new Collection({
      type: 'base',
      name: 'risk_actions',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'risk', type: 'relation', required: true, collectionId: risks.id, maxSelect: 1, cascadeDelete: true },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'description', type: 'text', max: 5000 },
        { name: 'owner', type: 'text', required: true, min: 1, max: 200 },
        { name: 'due_date', type: 'date' },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['planned', 'in_progress', 'done', 'cancelled'] },
        { name: 'completed_on', type: 'date' },
        { name: 'checklist_items', type: 'json', maxSize: 20000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: [
        'CREATE INDEX idx_risk_actions_org ON risk_actions (organisation, due_date)',
        'CREATE INDEX idx_risk_actions_risk ON risk_actions (risk)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(actions);

    const acceptances = new Collection({
      type: 'base',
      name: 'risk_acceptances',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        // no cascade: a risk with acceptances cannot be deleted
        { name: 'risk', type: 'relation', required: true, collectionId: risks.id, maxSelect: 1 },
        {
          name: 'status',
          type: 'select',
          required: true,
          maxSelect: 1,
          values: ['requested', 'signed', 'rejected', 'withdrawn', 'revoked', 'expired']
        },
        { name: 'justification', type: 'text', required: true, min: 1, max: 10000 },
        { name: 'expires_at', type: 'date', required: true },
        { name: 'requested_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'requested_by_name', type: 'text', max: 200 },
        { name: 'decided_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'decided_by_name', type: 'text', max: 200 },
        { name: 'decided_at', type: 'date' },
        { name: 'decision_comment', type: 'text', max: 5000 },
        { name: 'snapshot', type: 'json', maxSize: 500000 },
        { name: 'signed_at', type: 'date' },
        { name: 'content_sha256', type: 'text', max: 64 },
        { name: 'expired_at', type: 'date' },
        { name: 'revoked_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'revoked_by_name', type: 'text', max: 200 },
        { name: 'revoked_at', type: 'date' },
        { name: 'revoked_reason', type: 'text', max: 5000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: [
        'CREATE INDEX idx_risk_acceptances_org ON risk_acceptances (organisation, status, expires_at)',
        'CREATE INDEX idx_risk_acceptances_risk ON risk_acceptances (risk)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security,
      // who may do which transition is checked in pb_hooks/risk-acceptances.pb.js
      updateRule: security + ' || ' + executive,
      deleteRule: null
    });
    app.save(acceptances);

    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    if (subject.values.indexOf('risk_acceptances') < 0) subject.values = subject.values.concat(['risk_acceptances']);
    app.save(signoffs);
  },
  (app) => {
    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    subject.values = subject.values.filter((v) => v !== 'risk_acceptances');
    app.save(signoffs);
    for (const name of ['risk_acceptances', 'risk_actions']) app.delete(app.findCollectionByNameOrId(name));
  }
);
