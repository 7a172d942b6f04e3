// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Integrity of the records around the plans (contacts; exercises, incidents
 * and their parts as they are added): links stay inside the organisation,
 * (that no record moves to another organisation is organisations.pb.js's generic guard).
 */

onRecordCreate((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  lib.requireSameOrganisation(e.app, e.record, 'deputy', 'contacts');
  e.next();
}, 'contacts');

onRecordUpdate((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  if (e.record.getString('deputy') === e.record.id) {
    throw new BadRequestError('A contact cannot be its own deputy.', { deputy: new ValidationError('self', 'Choose someone else.') });
  }
  lib.requireSameOrganisation(e.app, e.record, 'deputy', 'contacts');
  e.next();
}, 'contacts');

// ---- exercises and incidents: timelines and improvement actions ---------

/** The risk an exercise's scenario comes from, and the risks an action bears on, are the organisation's own. */
onRecordCreate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'risk',
    'risks'
  );
  e.next();
}, 'exercises');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'risk',
    'risks'
  );
  e.next();
}, 'exercises');

onRecordCreate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'risks',
    'risks'
  );
  e.next();
}, 'improvement_actions');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'risks',
    'risks'
  );
  e.next();
}, 'improvement_actions');

/** A timeline entry belongs to exactly one exercise or incident of the same organisation. */
onRecordCreate(
  (e) => {
    /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireOneParent(e.app, e.record);
    e.next();
  },
  'timeline_entries',
  'improvement_actions'
);

onRecordUpdate(
  (e) => {
    const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
    const before = e.record.original();
    for (const field of lib.PARENT_FIELDS) {
      if (e.record.collection().fields.getByName(field) && before.getString(field) !== e.record.getString(field)) {
        throw new BadRequestError('A record cannot move to another exercise or incident.', {
          [field]: new ValidationError('immutable', 'This field cannot change.')
        });
      }
    }
    e.next();
  },
  'timeline_entries',
  'improvement_actions'
);

/** Closing an action needs a closure note; the close date is the server's (clock.js), cleared on reopening. */
onRecordCreate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).applyClosure(e.record, null);
  e.next();
}, 'improvement_actions');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).applyClosure(e.record, e.record.original());
  e.next();
}, 'improvement_actions');

// ---- incidents, report drafts, information-sharing log --------------------

onRecordCreate((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  lib.requireSameOrganisation(e.app, e.record, 'services', 'critical_services');
  lib.requireSameOrganisation(e.app, e.record, 'systems', 'important_systems');
  lib.applyIncidentClosure(e.record, null);
  e.next();
}, 'incidents');

onRecordUpdate((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  lib.requireSameOrganisation(e.app, e.record, 'services', 'critical_services');
  lib.requireSameOrganisation(e.app, e.record, 'systems', 'important_systems');
  lib.applyIncidentClosure(e.record, e.record.original());
  e.next();
}, 'incidents');

/** A severity saved through the API is dated by the server (the record keeps when it was assessed). */
onRecordUpdateRequest((e) => {
  const body = e.requestInfo().body || {};
  if ('severity_continuity' in body || 'severity_safety' in body || 'severity_trust' in body) {
    e.record.set(
      'severity_assessed_at',
      /** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`)).now().toISOString()
    );
  }
  e.next();
}, 'incidents');

onRecordCreateRequest((e) => {
  e.record.set('severity_assessed_at', '');
  e.next();
}, 'incidents');

/** Report drafts are numbered per incident in order: 1 is the first report, the rest are updates. */
onRecordCreateRequest((e) => {
  const lib = /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`));
  e.app.runInTransaction((txApp) => {
    lib.requireSameOrganisation(txApp, e.record, 'incident', 'incidents');
    const last = txApp.findRecordsByFilter('incident_reports', 'incident = {:i}', '-number', 1, 0, { i: e.record.getString('incident') });
    e.record.set('number', last.length ? last[0].getInt('number') + 1 : 1);
    e.record.set('status', 'draft');
    e.record.set('sent_at', '');
    e.record.set('sent_via', '');
    if (e.auth && e.auth.collection().name === 'users') {
      e.record.set('author', e.auth.id);
      e.record.set('author_name', e.auth.getString('name') || e.auth.email());
    }
    e.app = txApp;
    e.next();
  });
}, 'incident_reports');

onRecordCreate((e) => {
  if (e.record.getString('status') !== 'draft')
    throw new BadRequestError('A report starts as a draft.', { status: new ValidationError('draft', 'Drafts only.') });
  e.next();
}, 'incident_reports');

onRecordUpdate((e) => {
  const before = e.record.original();
  if (before.getString('status') === 'sent') throw new BadRequestError('A report recorded as sent cannot change.');
  for (const field of ['incident', 'number']) {
    if (before.get(field) !== e.record.get(field)) {
      throw new BadRequestError('A report keeps its incident and number.', {
        [field]: new ValidationError('immutable', 'This field cannot change.')
      });
    }
  }
  if (e.record.getString('status') === 'sent' && (!e.record.getString('sent_at') || !e.record.getString('sent_via').trim())) {
    throw new BadRequestError('Say when and how the report was sent.', {
      sent_at: new ValidationError('required', 'When and how it was sent.')
    });
  }
  e.next();
}, 'incident_reports');

onRecordDelete((e) => {
  if (e.record.getString('status') === 'sent') throw new BadRequestError('A report recorded as sent is kept.');
  e.next();
}, 'incident_reports');

onRecordCreate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'incident',
    'incidents'
  );
  e.next();
}, 'sharing_log');

onRecordUpdate((e) => {
  /** @type {typeof import('./lib/plans.js')} */ (require(`${__hooks}/lib/plans.js`)).requireSameOrganisation(
    e.app,
    e.record,
    'incident',
    'incidents'
  );
  e.next();
}, 'sharing_log');
