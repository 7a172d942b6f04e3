// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * The auditor's side: reviews of evidence (accepted / needs more / rejected,
 * append-only: the latest review of the current revision is the status),
 * evidence requests, findings with their history, and auditors' scopes.
 *
 *  - findings point at a generic target like evidence links (registry:
 *    pb_hooks/lib/link-targets.json, entries with "findings": true); the
 *    security team responds, the auditor closes or reopens
 *    (pb_hooks/findings.pb.js), each step recorded in finding_events;
 *  - audit_grants give a person who is not a member access to one fiscal
 *    year's self-check and the evidence linked to it, until a date, through
 *    pb_hooks/audit-scope.pb.js only; each view is written to the audit
 *    trail, whose action list gains "view".
 * Auditors with a grant may also write reviews, requests and findings
 * (the rules let them try; the hooks check the grant's scope).
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const evidence = app.findCollectionByNameOrId('evidence');
    const revisions = app.findCollectionByNameOrId('evidence_revisions');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const auditor = 'organisation.auditors.id ?= @request.auth.id';
    const granted = '@collection.audit_grants.auditor ?= @request.auth.id';
    /** @param {string} name @param {number} max @param {boolean} [required] @returns {FieldInit} */
    const text = (name, max, required) => ({ name, type: 'text', max, required: !!required, min: required ? 1 : 0 });
    /** @param {string} prefix @returns {FieldInit[]} */
    const person = (prefix) => [
      { name: prefix, type: 'relation', collectionId: users.id, maxSelect: 1 },
      { name: prefix + '_name', type: 'text', max: 200 }
    ];
    /** @type {FieldInit} */
    const org = { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 };
    /** @type {FieldInit[]} */
    const target = [
      { name: 'target_type', type: 'text', required: true, max: 50, pattern: '^[a-z][a-z0-9_]*$' },
      { name: 'target_id', type: 'text', required: true, max: 15, pattern: '^[a-z0-9]{15}$' },
      { name: 'target_part', type: 'text', max: 200 },
      { name: 'fiscal_year', type: 'number', min: 0, max: 2100, onlyInt: true }
    ];
    /** @type {FieldInit} */
    const created = { name: 'created', type: 'autodate', onCreate: true, onUpdate: false };
    /** @type {FieldInit} */
    const updated = { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true };

    const grants = new Collection({
      type: 'base',
      name: 'audit_grants',
      fields: [
        org,
        { name: 'organisation_name', type: 'text', max: 200 },
        { name: 'auditor', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
        { name: 'auditor_name', type: 'text', max: 200 },
        { name: 'auditor_email', type: 'text', max: 300 },
        { name: 'fiscal_year', type: 'number', required: true, min: 2000, max: 2100, onlyInt: true },
        { name: 'until', type: 'date', required: true },
        text('note', 2000),
        { name: 'revoked', type: 'bool' },
        { name: 'revoked_at', type: 'date' },
        ...person('granted_by'),
        ...person('revoked_by'),
        created,
        updated
      ],
      indexes: [
        'CREATE INDEX idx_audit_grants_auditor ON audit_grants (auditor)',
        'CREATE INDEX idx_audit_grants_org ON audit_grants (organisation)'
      ],
      listRule: 'organisation.admins.id ?= @request.auth.id || auditor = @request.auth.id',
      viewRule: 'organisation.admins.id ?= @request.auth.id || auditor = @request.auth.id',
      // granted through POST /api/mamori/organisations/{id}/audit-grants; an admin may revoke or shorten
      createRule: null,
      updateRule: 'organisation.admins.id ?= @request.auth.id',
      deleteRule: null
    });
    app.save(grants);

    const reviews = new Collection({
      type: 'base',
      name: 'evidence_reviews',
      fields: [
        org,
        { name: 'evidence', type: 'relation', required: true, collectionId: evidence.id, maxSelect: 1, cascadeDelete: true },
        { name: 'revision', type: 'relation', collectionId: revisions.id, maxSelect: 1 },
        { name: 'verdict', type: 'select', required: true, maxSelect: 1, values: ['accepted', 'needs_more', 'rejected'] },
        text('comment', 5000),
        ...person('reviewer'),
        created
      ],
      indexes: ['CREATE INDEX idx_evidence_reviews_evidence ON evidence_reviews (evidence, created)'],
      listRule: member,
      viewRule: member,
      createRule: auditor + ' || ' + granted,
      updateRule: null,
      deleteRule: null
    });
    app.save(reviews);

    const requests = new Collection({
      type: 'base',
      name: 'evidence_requests',
      fields: [
        org,
        ...target,
        text('title', 200, true),
        text('body', 5000),
        { name: 'due_date', type: 'date' },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['open', 'fulfilled', 'withdrawn'] },
        { name: 'evidence', type: 'relation', collectionId: evidence.id, maxSelect: 1 },
        text('resolution', 5000),
        ...person('requested_by'),
        ...person('resolved_by'),
        { name: 'resolved_at', type: 'date' },
        created,
        updated
      ],
      indexes: ['CREATE INDEX idx_evidence_requests_org ON evidence_requests (organisation, status)'],
      listRule: member,
      viewRule: member,
      createRule: auditor + ' || ' + granted,
      updateRule: security + ' || ' + auditor + ' || ' + granted,
      deleteRule: null
    });
    app.save(requests);

    const findings = new Collection({
      type: 'base',
      name: 'findings',
      fields: [
        org,
        ...target,
        text('title', 200, true),
        text('description', 10000),
        { name: 'severity', type: 'select', required: true, maxSelect: 1, values: ['none', 'low', 'medium', 'high', 'crisis'] },
        text('recommendation', 10000),
        { name: 'due_date', type: 'date' },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['open', 'responded', 'closed'] },
        text('response', 10000),
        ...person('raised_by'),
        ...person('responded_by'),
        { name: 'responded_at', type: 'date' },
        ...person('closed_by'),
        { name: 'closed_at', type: 'date' },
        created,
        updated
      ],
      indexes: [
        'CREATE INDEX idx_findings_org ON findings (organisation, status)',
        'CREATE INDEX idx_findings_target ON findings (target_type, target_id)'
      ],
      listRule: member,
      viewRule: member,
      createRule: auditor + ' || ' + granted,
      updateRule: security + ' || ' + auditor + ' || ' + granted,
      deleteRule: null
    });
    app.save(findings);

    const events = new Collection({
      type: 'base',
      name: 'finding_events',
      fields: [
        org,
        { name: 'finding', type: 'relation', required: true, collectionId: findings.id, maxSelect: 1, cascadeDelete: true },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['raised', 'edited', 'responded', 'closed', 'reopened'] },
        { name: 'status', type: 'text', max: 20 },
        text('body', 10000),
        ...person('author'),
        created
      ],
      indexes: ['CREATE INDEX idx_finding_events_finding ON finding_events (finding, created)'],
      listRule: member,
      viewRule: member,
      createRule: null,
      updateRule: null,
      deleteRule: null
    });
    app.save(events);

    const audit = app.findCollectionByNameOrId('audit_log');
    const action = audit.fields.getByName('action');
    if (action.values.indexOf('view') < 0) action.values = action.values.concat(['view']);
    app.save(audit);
  },
  (app) => {
    for (const name of ['audit_grants', 'finding_events', 'findings', 'evidence_requests', 'evidence_reviews']) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const audit = app.findCollectionByNameOrId('audit_log');
    const action = audit.fields.getByName('action');
    action.values = action.values.filter((/** @type {string} */ v) => v !== 'view');
    app.save(audit);
  }
);
