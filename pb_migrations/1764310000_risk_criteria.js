/// <reference path="../pb_data/types.d.ts" />
/**
 * Risk criteria (issue 9): versioned likelihood and impact scales, risk
 * levels, level grid and tolerance (content JSON: src/lib/domain/risks/
 * criteria.ts, checked again by pb_hooks/lib/risk-criteria.js). The security
 * team drafts and submits a version; an executive approves it through the one
 * sign-off mechanism (`signoffs`, subject 'risk_criteria'), after which the
 * version is locked for everyone (pb_hooks/risk-criteria.pb.js).
 */
migrate(
  (app) => {
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const executive = 'organisation.executives.id ?= @request.auth.id';
    const criteria = new Collection({
      type: 'base',
      name: 'risk_criteria',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'version', type: 'number', required: true, min: 1, max: 100000, onlyInt: true },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted', 'signed'] },
        { name: 'content', type: 'json', required: true, maxSize: 200000 },
        { name: 'note', type: 'text', max: 5000 },
        { name: 'return_reason', type: 'text', max: 5000 },
        { name: 'submitted_at', type: 'date' },
        { name: 'signed_at', type: 'date' },
        { name: 'content_sha256', type: 'text', max: 64 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE UNIQUE INDEX idx_risk_criteria_org_version ON risk_criteria (organisation, version)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      // transitions (edit, submit, return) are checked in pb_hooks/risk-criteria.pb.js; approval only through `signoffs`
      updateRule: '(' + security + ' || ' + executive + ') && status != "signed"',
      deleteRule: security + ' && status = "draft"'
    });
    app.save(criteria);

    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    if (subject.values.indexOf('risk_criteria') < 0) subject.values = subject.values.concat(['risk_criteria']);
    app.save(signoffs);
  },
  (app) => {
    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    subject.values = subject.values.filter((v) => v !== 'risk_criteria');
    app.save(signoffs);
    app.delete(app.findCollectionByNameOrId('risk_criteria'));
  }
);
