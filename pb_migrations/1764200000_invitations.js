// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Invitations to an organisation role (pb_hooks/members.pb.js): the person
 * invited accepts and, for a new account, chooses their own password. Only
 * the token's SHA-256 is stored (hidden: never in an API answer). Admins of
 * the organisation see and revoke (delete) pending invitations; nobody
 * creates or changes them except the hooks.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const organisations = app.findCollectionByNameOrId('organisations');
    const admins = 'organisation.admins.id ?= @request.auth.id';
    const invitations = new Collection({
      type: 'base',
      name: 'invitations',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1, cascadeDelete: true },
        { name: 'email', type: 'email', required: true },
        { name: 'role', type: 'select', required: true, maxSelect: 1, values: ['admins', 'security_team', 'executives', 'auditors'] },
        { name: 'token_hash', type: 'text', required: true, hidden: true, pattern: '^[0-9a-f]{64}$' },
        { name: 'invited_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'invited_by_name', type: 'text', max: 200 },
        { name: 'expires', type: 'date', required: true },
        { name: 'accepted', type: 'date' },
        { name: 'accepted_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_invitations_token ON invitations (token_hash)',
        'CREATE INDEX idx_invitations_org ON invitations (organisation, created)'
      ],
      listRule: admins,
      viewRule: admins,
      createRule: null,
      updateRule: null,
      deleteRule: admins + ' && accepted = ""'
    });
    app.save(invitations);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('invitations'));
  }
);
