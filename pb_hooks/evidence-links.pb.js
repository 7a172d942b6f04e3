/// <reference path="../pb_data/types.d.ts" />
/**
 * Evidence links, for every client including superusers:
 *  - a link points at a registered target (lib/link-targets.json) of the
 *    evidence's own organisation; links to a signed record can be neither
 *    added nor removed;
 *  - evidence that is linked anywhere cannot be deleted (say where);
 *  - when a target record is deleted (a draft self-check), its links go too;
 *  - a self-check reopened as a new revision keeps its items' evidence.
 */

onRecordCreateRequest((e) => {
  const who = require(`${__hooks}/lib/evidence.js`).person(e.auth);
  e.record.set('created_by', who.id);
  e.record.set('created_by_name', who.name);
  e.next();
}, 'evidence_links');

onRecordCreate((e) => {
  const targets = require(`${__hooks}/lib/link-targets.js`);
  const org = e.record.getString('organisation');
  let evidence;
  try {
    evidence = e.app.findRecordById('evidence', e.record.getString('evidence'));
  } catch (err) {
    targets.fail('evidence', 'not_found', 'Evidence not found.');
  }
  if (evidence.getString('organisation') !== org) targets.fail('evidence', 'other_org', 'The evidence belongs to another organisation.');
  const target = targets.resolve(
    e.app,
    'links',
    e.record.getString('target_type'),
    e.record.getString('target_id'),
    e.record.getString('target_part'),
    org
  );
  if (targets.isLocked(e.app, target.spec, target.record)) {
    targets.fail('target_id', 'locked', 'The record is signed; its evidence can no longer change.');
  }
  e.next();
}, 'evidence_links');

onRecordDelete((e) => {
  const targets = require(`${__hooks}/lib/link-targets.js`);
  const spec = targets.TARGETS[e.record.getString('target_type')];
  if (spec) {
    let record = null;
    try {
      record = e.app.findRecordById(spec.collection, e.record.getString('target_id'));
    } catch (err) {
      record = null; // the target is being deleted
    }
    if (record && targets.isLocked(e.app, spec, record)) {
      throw new BadRequestError('The record is signed; its evidence can no longer change.', {
        target_id: new ValidationError('locked', 'Signed.')
      });
    }
  }
  e.next();
}, 'evidence_links');

onRecordDelete((e) => {
  const links = e.app.findRecordsByFilter('evidence_links', 'evidence = {:e}', '', 0, 0, { e: e.record.id });
  if (links.length) {
    const targets = require(`${__hooks}/lib/link-targets.js`);
    const signed = links.filter((l) => {
      const spec = targets.TARGETS[l.getString('target_type')];
      try {
        return !!spec && targets.isLocked(e.app, spec, e.app.findRecordById(spec.collection, l.getString('target_id')));
      } catch (err) {
        return false;
      }
    }).length;
    const code = signed ? 'signed' : 'in_use';
    const message = signed
      ? 'This evidence backs a signed record and cannot be deleted.'
      : 'This evidence is used by ' + links.length + ' record(s); remove those links first.';
    throw new BadRequestError(message, { evidence: new ValidationError(code, String(links.length)) });
  }
  e.next();
}, 'evidence');

// A deleted target takes its links along (a draft self-check's items).
onRecordDelete(
  (e) => {
    const targets = require(`${__hooks}/lib/link-targets.js`);
    const audit = require(`${__hooks}/lib/audit.js`);
    const types = targets.typesIn(e.record.collection().name);
    e.next();
    for (const type of types) {
      const links = e.app.findRecordsByFilter('evidence_links', 'target_type = {:t} && target_id = {:id}', '', 0, 0, {
        t: type,
        id: e.record.id
      });
      for (const link of links) {
        const before = audit.snapshot(link);
        e.app.delete(link);
        audit.write(e.app, null, 'delete', link, before, null);
      }
    }
  },
  ...require(`${__hooks}/lib/link-targets.js`).collections()
);

// A reopened self-check (a new revision of a signed one) keeps its items' evidence.
onRecordCreate((e) => {
  e.next();
  const from = e.record.getString('reopened_from');
  if (!from) return;
  const audit = require(`${__hooks}/lib/audit.js`);
  const collection = e.app.findCollectionByNameOrId('evidence_links');
  const links = e.app.findRecordsByFilter('evidence_links', 'target_type = "selfcheck_item" && target_id = {:id}', '', 0, 0, { id: from });
  for (const old of links) {
    const copy = new Record(collection);
    for (const field of ['organisation', 'evidence', 'target_type', 'target_part', 'created_by', 'created_by_name']) {
      copy.set(field, old.get(field));
    }
    copy.set('target_id', e.record.id);
    e.app.save(copy);
    audit.write(e.app, null, 'create', copy, null, audit.snapshot(copy));
  }
}, 'assessments');
