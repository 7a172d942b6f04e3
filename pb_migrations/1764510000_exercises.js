// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Exercises (tabletop / functional) with their timeline of injects and
 * responses, and improvement actions: findings of an exercise (later also
 * lessons of an incident) that become actions with owners and due dates,
 * linked to plan sections and checklist items, tracked to closure
 * (pb_hooks/plan-records.pb.js). Values repeat src/lib/domain/plans/
 * exercises.ts and actions.ts (compared by tests/integration/plans-schema.test.ts).
 */
const EXERCISE_KINDS = ['tabletop', 'functional'];
const PLAN_KINDS = ['bcp', 'contingency'];
const TIMELINE_KINDS = ['inject', 'response', 'observation', 'detection', 'action', 'decision', 'communication'];
const ACTION_SOURCES = ['exercise', 'incident'];
const ACTION_STATUSES = ['open', 'in_progress', 'closed'];
const PLAN_SECTION_REFS = [
  'bcp.scope',
  'bcp.bia',
  'bcp.dependencies',
  'bcp.strategies',
  'bcp.roles',
  'bcp.communication',
  'bcp.resources',
  'contingency.csirt',
  'contingency.detection',
  'contingency.reporting',
  'contingency.containment',
  'contingency.recovery',
  'contingency.review'
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
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';

    const exercises = new Collection({
      type: 'base',
      name: 'exercises',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'title', type: 'text', required: true, min: 1, max: 200 },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: EXERCISE_KINDS },
        { name: 'held_on', type: 'date', required: true },
        { name: 'plan_kinds', type: 'select', maxSelect: 2, values: PLAN_KINDS },
        { name: 'scenario', type: 'text', max: 20000 },
        { name: 'objectives', type: 'text', max: 5000 },
        { name: 'participants', type: 'text', max: 5000 },
        { name: 'observations', type: 'text', max: 20000 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_exercises_org ON exercises (organisation, held_on)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(exercises);

    const timeline = new Collection({
      type: 'base',
      name: 'timeline_entries',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'exercise', type: 'relation', collectionId: exercises.id, maxSelect: 1, cascadeDelete: true },
        { name: 'at', type: 'date', required: true },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: TIMELINE_KINDS },
        { name: 'body', type: 'text', required: true, min: 1, max: 5000 },
        { name: 'actor', type: 'text', max: 200 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_timeline_exercise ON timeline_entries (exercise, at)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(timeline);

    const actions = new Collection({
      type: 'base',
      name: 'improvement_actions',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'source', type: 'select', required: true, maxSelect: 1, values: ACTION_SOURCES },
        { name: 'exercise', type: 'relation', collectionId: exercises.id, maxSelect: 1, cascadeDelete: true },
        { name: 'finding', type: 'text', required: true, min: 1, max: 5000 },
        { name: 'action', type: 'text', max: 5000 },
        { name: 'owner', type: 'text', max: 200 },
        { name: 'due_date', type: 'date' },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ACTION_STATUSES },
        { name: 'closed_at', type: 'date' },
        { name: 'closure_note', type: 'text', max: 5000 },
        { name: 'plan_sections', type: 'select', maxSelect: PLAN_SECTION_REFS.length, values: PLAN_SECTION_REFS },
        { name: 'checklist_items', type: 'json', maxSize: 20000 },
        ...autodates()
      ],
      indexes: ['CREATE INDEX idx_actions_org ON improvement_actions (organisation, status)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(actions);
  },
  (app) => {
    for (const name of ['improvement_actions', 'timeline_entries', 'exercises']) app.delete(app.findCollectionByNameOrId(name));
  }
);
