/// <reference path="../pb_data/types.d.ts" />
/**
 * Profile extension (issue 9):
 *  - critical services get a structured service level (quantity + unit,
 *    duration, affected customers) comparable with the sector's verification
 *    level (src/lib/domain/risks/service-levels.ts), unless the verification
 *    level is not about that service (`sl_vl_excluded`);
 *  - `dependencies`: the specific upstream operators and suppliers (which power
 *    or telecom company, which cloud, which outsourcing partner), what they
 *    supply to which important system, and who depends on us (downstream).
 * The old `important_systems.depends_on` select (categories only) is migrated:
 * one upstream dependency per organisation and category, linked to the systems
 * that had it, named so that the user sees it still needs the operator's name.
 * Enumerations mirror src/lib/domain/risks/dependencies.ts.
 */
const SECTORS = [
  'telecom',
  'finance',
  'aviation',
  'airports',
  'railways',
  'electricity',
  'gas',
  'government',
  'medical',
  'water',
  'logistics',
  'chemical',
  'credit',
  'petroleum'
];
const CATEGORIES = ['power', 'telecom', 'water', 'fuel', 'cloud', 'outsourcing', 'supplier', 'other'];
const UNITS = ['kw', 'm3_per_day', 'transactions', 'trains', 'flights', 'parcels', 'other'];
const OLD_VALUES = ['power', 'telecom', 'water', 'cloud', 'supplier', 'other'];
const MIGRATED_NAMES = {
  power: '電力（移行データ: 供給元の事業者名を入力してください）',
  telecom: '通信（移行データ: 回線事業者名を入力してください）',
  water: '水道（移行データ: 供給元の事業体名を入力してください）',
  cloud: 'クラウド（移行データ: 事業者・サービス名を入力してください）',
  supplier: '委託先・供給者（移行データ: 会社名を入力してください）',
  other: 'その他の依存先（移行データ: 名称を入力してください）'
};

migrate(
  (app) => {
    const organisations = app.findCollectionByNameOrId('organisations');
    const services = app.findCollectionByNameOrId('critical_services');
    const systems = app.findCollectionByNameOrId('important_systems');

    services.fields.add(new Field({ name: 'sl_quantity', type: 'number', min: 0, max: 1000000000000 }));
    services.fields.add(new Field({ name: 'sl_unit', type: 'select', maxSelect: 1, values: UNITS }));
    services.fields.add(new Field({ name: 'sl_duration_minutes', type: 'number', min: 0, max: 525600 }));
    services.fields.add(new Field({ name: 'sl_population', type: 'number', min: 0, max: 1000000000, onlyInt: true }));
    // true = the sector's verification level is not about this service (e.g. billing beside power supply): nothing to compare
    services.fields.add(new Field({ name: 'sl_vl_excluded', type: 'bool' }));
    app.save(services);

    const read = 'organisation.members.id ?= @request.auth.id';
    const write = 'organisation.security_team.id ?= @request.auth.id';
    const dependencies = new Collection({
      type: 'base',
      name: 'dependencies',
      fields: [
        { name: 'organisation', type: 'relation', required: true, collectionId: organisations.id, maxSelect: 1 },
        { name: 'name', type: 'text', required: true, min: 1, max: 200 },
        { name: 'direction', type: 'select', required: true, maxSelect: 1, values: ['upstream', 'downstream'] },
        { name: 'category', type: 'select', required: true, maxSelect: 1, values: CATEGORIES },
        { name: 'sector', type: 'select', maxSelect: 1, values: SECTORS },
        { name: 'supplies', type: 'text', max: 2000 },
        { name: 'systems', type: 'relation', collectionId: systems.id, maxSelect: 999 },
        { name: 'services', type: 'relation', collectionId: services.id, maxSelect: 999 },
        { name: 'alternative', type: 'text', max: 2000 },
        { name: 'contact', type: 'text', max: 500 },
        { name: 'notes', type: 'text', max: 5000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
      ],
      indexes: ['CREATE INDEX idx_dependencies_org ON dependencies (organisation)'],
      listRule: read,
      viewRule: read,
      createRule: write,
      updateRule: write,
      deleteRule: write
    });
    app.save(dependencies);

    // Migrate the old category select into dependency records.
    const byOrg = {};
    for (const system of app.findAllRecords('important_systems')) {
      const org = system.getString('organisation');
      for (const value of system.getStringSlice('depends_on')) {
        if (!MIGRATED_NAMES[value]) continue;
        byOrg[org] = byOrg[org] || {};
        byOrg[org][value] = byOrg[org][value] || [];
        byOrg[org][value].push(system.id);
      }
    }
    for (const org in byOrg) {
      for (const value in byOrg[org]) {
        const record = new Record(dependencies);
        record.set('organisation', org);
        record.set('name', MIGRATED_NAMES[value]);
        record.set('direction', 'upstream');
        record.set('category', value);
        if (value === 'power') record.set('sector', 'electricity');
        if (value === 'telecom') record.set('sector', 'telecom');
        if (value === 'water') record.set('sector', 'water');
        record.set('systems', byOrg[org][value]);
        app.save(record);
      }
    }
    systems.fields.removeByName('depends_on');
    app.save(systems);
  },
  (app) => {
    const systems = app.findCollectionByNameOrId('important_systems');
    systems.fields.add(new Field({ name: 'depends_on', type: 'select', maxSelect: 6, values: OLD_VALUES }));
    app.save(systems);
    const toOld = {
      power: 'power',
      telecom: 'telecom',
      water: 'water',
      fuel: 'other',
      cloud: 'cloud',
      outsourcing: 'supplier',
      supplier: 'supplier',
      other: 'other'
    };
    const values = {};
    for (const dep of app.findAllRecords('dependencies')) {
      if (dep.getString('direction') !== 'upstream') continue;
      for (const id of dep.getStringSlice('systems')) {
        values[id] = values[id] || [];
        const old = toOld[dep.getString('category')];
        if (values[id].indexOf(old) < 0) values[id].push(old);
      }
    }
    for (const id in values) {
      try {
        const system = app.findRecordById('important_systems', id);
        system.set('depends_on', values[id]);
        app.save(system);
      } catch (err) {
        // the system is gone: nothing to restore
      }
    }
    app.delete(app.findCollectionByNameOrId('dependencies'));
    const services = app.findCollectionByNameOrId('critical_services');
    for (const name of ['sl_quantity', 'sl_unit', 'sl_duration_minutes', 'sl_population', 'sl_vl_excluded'])
      services.fields.removeByName(name);
    app.save(services);
  }
);
