// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * 参考事項 adoption: reference items are optional (seed 001 II-1(1)), so each
 * self-check records which of them the organisation adopts, with an optional
 * reason. Only adopted ones are scored and listed as gaps.
 *
 * `assessments.reference_adoption` = "per_item" for self-checks that record
 * adoption (set by pb_hooks/adoptions.pb.js on create). Self-checks created
 * before this migration keep it empty: all their reference items count, as
 * they did when they were answered and signed, and their signed content hash
 * stays what it was.
 *
 * Lengths mirror src/lib/domain/selfcheck/adoption.ts (ADOPTION_REASON_MAX_CHARS).
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const assessments = app.findCollectionByNameOrId('assessments');
    const checklists = app.findCollectionByNameOrId('checklists');
    assessments.fields.add(new Field({ name: 'reference_adoption', type: 'select', maxSelect: 1, values: ['per_item'] }));
    app.save(assessments);

    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const adoptions = new Collection({
      type: 'base',
      name: 'reference_adoptions',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'assessment', type: 'relation', required: true, collectionId: assessments.id, maxSelect: 1, cascadeDelete: true },
        { name: 'checklist', type: 'relation', required: true, collectionId: checklists.id, maxSelect: 1 },
        { name: 'item_id', type: 'text', required: true, max: 100 },
        { name: 'adopted', type: 'bool' },
        { name: 'reason', type: 'text', max: 2000 },
        { name: 'carried_over', type: 'bool' },
        { name: 'updated_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_reference_adoptions_item ON reference_adoptions (assessment, checklist, item_id)',
        'CREATE INDEX idx_reference_adoptions_org ON reference_adoptions (organisation)'
      ],
      listRule: member,
      viewRule: member,
      createRule: security + ' && assessment.status = "draft" && assessment.organisation = organisation',
      updateRule: security + ' && assessment.status = "draft"',
      deleteRule: null
    });
    app.save(adoptions);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('reference_adoptions'));
    const assessments = app.findCollectionByNameOrId('assessments');
    assessments.fields.removeByName('reference_adoption');
    app.save(assessments);
  }
);
