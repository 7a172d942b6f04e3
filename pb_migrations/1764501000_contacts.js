// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * The contact register (personal data): only members of the organisation
 * read it, the security team maintains it, and every change is in the
 * audit trail (pb_hooks/lib/collections.js). Values repeat
 * src/lib/domain/plans/contacts.ts (compared by tests/integration/plans-schema.test.ts).
 */
const CATEGORIES = ['csirt', 'internal', 'executive', 'ministry', 'ceptoar', 'nisc', 'police', 'agency', 'supplier', 'other'];

migrate(
  (app) => {
    const organisations = app.findCollectionByNameOrId('organisations');
    const member = 'organisation.members.id ?= @request.auth.id';
    const security = 'organisation.security_team.id ?= @request.auth.id';
    const contacts = new Collection({
      type: 'base',
      name: 'contacts',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'category', type: 'select', required: true, maxSelect: 1, values: CATEGORIES },
        { name: 'name', type: 'text', required: true, min: 1, max: 200 },
        { name: 'affiliation', type: 'text', max: 200 },
        { name: 'role', type: 'text', max: 200 },
        { name: 'phone', type: 'text', max: 50 },
        { name: 'phone_alt', type: 'text', max: 50 },
        { name: 'email', type: 'text', max: 200 },
        { name: 'hours', type: 'text', max: 200 },
        { name: 'notes', type: 'text', max: 2000 },
        { name: 'sort', type: 'number', min: 0, max: 100000, onlyInt: true },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE INDEX idx_contacts_org ON contacts (organisation, category)'],
      listRule: member,
      viewRule: member,
      createRule: security,
      updateRule: security,
      deleteRule: security
    });
    app.save(contacts);
    contacts.fields.add(new Field({ name: 'deputy', type: 'relation', collectionId: contacts.id, maxSelect: 1 }));
    app.save(contacts);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('contacts'));
  }
);
