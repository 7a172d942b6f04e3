// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * The annual self-check: pinned checklist copies, assessments per fiscal
 * year, answers, auditors' review comments, and sign-offs.
 *
 * Workflow: draft → submitted → signed. Only the security team edits answers,
 * and only while the assessment is a draft. Executives sign by creating a
 * `signoffs` record; pb_hooks/signoff.pb.js then computes the SHA-256 of the
 * signed content and locks the subject. A signed self-check is reopened only
 * as a new revision with a reason. `signoffs` is generic (subject_collection
 * + subject_id) so that risk acceptance and plan approval reuse it.
 */
const ANSWER_STATUSES = ['implemented', 'alternative', 'partial', 'not_implemented', 'not_applicable', 'unanswered'];

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
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';

    const checklists = new Collection({
      type: 'base',
      name: 'checklists',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'checklist_id', type: 'text', required: true, max: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
        { name: 'version', type: 'text', required: true, max: 50 },
        { name: 'title', type: 'json', required: true, maxSize: 10000 },
        { name: 'content', type: 'json', required: true, maxSize: 20000000 },
        { name: 'content_sha256', type: 'text', max: 64 },
        { name: 'source', type: 'select', required: true, maxSelect: 1, values: ['library', 'import'] },
        ...autodates()
      ],
      indexes: ['CREATE UNIQUE INDEX idx_checklists_org_id_version ON checklists (organisation, checklist_id, version)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      // A pinned checklist version never changes: past answers keep meaning what they meant.
      updateRule: null,
      deleteRule: null
    });
    app.save(checklists);

    const assessments = new Collection({
      type: 'base',
      name: 'assessments',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'fiscal_year', type: 'number', required: true, min: 2000, max: 2100, onlyInt: true },
        { name: 'revision', type: 'number', required: true, min: 1, max: 1000, onlyInt: true },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted', 'signed'] },
        { name: 'checklists', type: 'relation', required: true, collectionId: checklists.id, maxSelect: 100, minSelect: 1 },
        { name: 'reopen_reason', type: 'text', max: 5000 },
        { name: 'submitted_at', type: 'date' },
        { name: 'signed_at', type: 'date' },
        { name: 'content_sha256', type: 'text', max: 64 },
        ...autodates()
      ],
      indexes: ['CREATE UNIQUE INDEX idx_assessments_org_year_rev ON assessments (organisation, fiscal_year, revision)'],
      listRule: member,
      viewRule: member,
      createRule: security + ' && @request.body.status = "draft"',
      // Status moves are checked in pb_hooks/assessments.pb.js; signing happens only through `signoffs`.
      updateRule:
        '(' +
        security +
        ' || organisation.executives.id ?= @request.auth.id) && status != "signed" && (@request.body.status = "draft" || @request.body.status = "submitted")',
      deleteRule: security + ' && status = "draft"'
    });
    app.save(assessments);
    // self-relations need the collection's own id, so they are added after the first save
    assessments.fields.add(new Field({ name: 'previous', type: 'relation', collectionId: assessments.id, maxSelect: 1 }));
    assessments.fields.add(new Field({ name: 'reopened_from', type: 'relation', collectionId: assessments.id, maxSelect: 1 }));
    app.save(assessments);

    const answers = new Collection({
      type: 'base',
      name: 'answers',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'assessment', type: 'relation', required: true, collectionId: assessments.id, maxSelect: 1, cascadeDelete: true },
        { name: 'checklist', type: 'relation', required: true, collectionId: checklists.id, maxSelect: 1 },
        { name: 'item_id', type: 'text', required: true, max: 100 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ANSWER_STATUSES },
        { name: 'justification', type: 'text', max: 5000 },
        { name: 'notes', type: 'text', max: 20000 },
        { name: 'owner', type: 'text', max: 200 },
        { name: 'target_date', type: 'date' },
        { name: 'carried_over', type: 'bool' },
        { name: 'version', type: 'number', min: 0, onlyInt: true },
        { name: 'updated_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        ...autodates()
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_answers_item ON answers (assessment, checklist, item_id)',
        'CREATE INDEX idx_answers_org ON answers (organisation)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security + ' && assessment.status = "draft" && assessment.organisation = organisation',
      updateRule: security + ' && assessment.status = "draft"',
      deleteRule: null
    });
    app.save(answers);

    const comments = new Collection({
      type: 'base',
      name: 'review_comments',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'assessment', type: 'relation', required: true, collectionId: assessments.id, maxSelect: 1, cascadeDelete: true },
        { name: 'checklist', type: 'relation', collectionId: checklists.id, maxSelect: 1 },
        { name: 'item_id', type: 'text', max: 100 },
        { name: 'body', type: 'text', required: true, min: 1, max: 10000 },
        { name: 'author', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'author_name', type: 'text', max: 200 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_comments_assessment ON review_comments (assessment)'],
      listRule: member,
      viewRule: member,
      createRule:
        'organisation.auditors.id ?= @request.auth.id && assessment.organisation = organisation && assessment.status = "submitted"',
      updateRule: null,
      deleteRule: null
    });
    app.save(comments);

    const signoffs = new Collection({
      type: 'base',
      name: 'signoffs',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'subject_collection', type: 'select', required: true, maxSelect: 1, values: ['assessments'] },
        { name: 'subject_id', type: 'text', required: true, max: 50 },
        { name: 'statement', type: 'text', max: 5000 },
        { name: 'signer', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'signer_name', type: 'text', max: 200 },
        { name: 'content_sha256', type: 'text', max: 64 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: ['CREATE UNIQUE INDEX idx_signoffs_subject ON signoffs (subject_collection, subject_id)'],
      listRule: member,
      viewRule: member,
      createRule: 'organisation.executives.id ?= @request.auth.id',
      updateRule: null,
      deleteRule: null
    });
    app.save(signoffs);
  },
  (app) => {
    for (const name of ['signoffs', 'review_comments', 'answers', 'assessments', 'checklists']) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  }
);
