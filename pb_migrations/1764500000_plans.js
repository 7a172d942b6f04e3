// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Plans: one BCP and one contingency plan per organisation (`plans`) and
 * their versions (`plan_versions`). Every save writes a new version — the
 * history is never rewritten or deleted (pb_hooks/plans.pb.js). A version
 * moves draft → submitted → signed; signing is an executive's sign-off
 * through `signoffs` (pb_hooks/signoff.pb.js, subject "plan_versions"),
 * after which the version is immutable and hashed for everyone.
 *
 * The select values repeat src/lib/domain/plans/templates.ts (PLAN_KINDS) and
 * src/lib/domain/plans/facts.ts; tests/integration/plans-schema.test.ts
 * compares them with the live collections.
 */
const PLAN_KINDS = ['bcp', 'contingency'];
const VERSION_STATUSES = ['draft', 'submitted', 'signed'];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const executive = 'organisation.executives.id ?= @request.auth.id';

    const plans = new Collection({
      type: 'base',
      name: 'plans',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: PLAN_KINDS },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE UNIQUE INDEX idx_plans_org_kind ON plans (organisation, kind)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      // A plan keeps its history: it is never deleted through the API (and hooks refuse it once it has versions).
      deleteRule: null
    });
    app.save(plans);

    const versions = new Collection({
      type: 'base',
      name: 'plan_versions',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'plan', type: 'relation', required: true, collectionId: plans.id, maxSelect: 1 },
        { name: 'number', type: 'number', min: 1, max: 1000000, onlyInt: true },
        { name: 'kind', type: 'select', maxSelect: 1, values: PLAN_KINDS },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'content', type: 'json', required: true, maxSize: 2000000 },
        { name: 'section', type: 'text', max: 50 },
        { name: 'change_note', type: 'text', max: 500 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: VERSION_STATUSES },
        { name: 'author', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'author_name', type: 'text', max: 200 },
        { name: 'return_reason', type: 'text', max: 5000 },
        { name: 'submitted_at', type: 'date' },
        { name: 'signed_at', type: 'date' },
        { name: 'content_sha256', type: 'text', max: 64 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_plan_versions_number ON plan_versions (plan, number)',
        'CREATE INDEX idx_plan_versions_org ON plan_versions (organisation)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security + ' && @request.body.status = "draft"',
      // Only the status moves (checked in pb_hooks/plans.pb.js); signing happens only through `signoffs`.
      updateRule:
        '(' +
        security +
        ' || ' +
        executive +
        ') && status != "signed" && (@request.body.status = "draft" || @request.body.status = "submitted")',
      deleteRule: null
    });
    app.save(versions);

    // The one sign-off mechanism learns a new subject: append, never replace.
    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    if (subject.values.indexOf('plan_versions') < 0) subject.values = subject.values.concat(['plan_versions']);
    app.save(signoffs);
  },
  (app) => {
    const signoffs = app.findCollectionByNameOrId('signoffs');
    const subject = signoffs.fields.getByName('subject_collection');
    subject.values = subject.values.filter((/** @type {string} */ v) => v !== 'plan_versions');
    app.save(signoffs);
    for (const name of ['plan_versions', 'plans']) app.delete(app.findCollectionByNameOrId(name));
  }
);
