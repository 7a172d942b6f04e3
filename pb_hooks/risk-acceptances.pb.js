/// <reference path="../pb_data/types.d.ts" />
/**
 * Risk acceptance, enforced inside the database:
 *  - the security team requests (justification, expiry within 3 years) for an
 *    open, analysed risk of the same organisation; one open request per risk;
 *  - an executive approves through `signoffs` (the approval must name the
 *    SHA-256 of the content the executive saw: `expected_sha256`), or rejects
 *    with a comment; the security team may withdraw a request;
 *  - the approval freezes the snapshot (lib/risk-acceptance.js) under the hash
 *    the sign-off computed; from then on nothing of it can change for anyone,
 *    superusers included, through any path — except expiry (only once the
 *    expiry has passed: cron job below, and every read shows it) and
 *    revocation by an executive with a reason. Acceptances are never deleted.
 */
onRecordCreateRequest((e) => {
  const { bad, checkExpiry } = require(`${__hooks}/lib/risk-acceptance.js`);
  const r = e.record;
  let risk;
  try {
    risk = e.app.findRecordById('risks', r.getString('risk'));
  } catch (err) {
    throw bad('risk', 'Unknown risk.');
  }
  if (risk.getString('organisation') !== r.getString('organisation')) throw bad('risk', 'The risk belongs to another organisation.');
  if (risk.getString('status') !== 'open') throw bad('risk', 'Only an open risk can be accepted.');
  if (!risk.getString('criteria') || !risk.getInt('current_likelihood'))
    throw bad('risk', 'Analyse the risk before asking for acceptance.');
  const open = e.app.findRecordsByFilter('risk_acceptances', 'risk = {:r} && status = "requested"', '', 1, 0, { r: risk.id });
  if (open.length) throw bad('risk', 'An acceptance of this risk is already awaiting a decision.');
  if (!r.getString('justification').trim()) throw bad('justification', 'Give the justification.');
  // setup (demo data, restores) may record a request whose expiry has already passed; a person may not
  if (!e.hasSuperuserAuth()) checkExpiry(r);
  r.set('status', 'requested');
  for (const f of ['decided_by', 'decided_by_name', 'decided_at', 'decision_comment', 'signed_at', 'content_sha256', 'expired_at'])
    r.set(f, '');
  for (const f of ['revoked_by', 'revoked_by_name', 'revoked_at', 'revoked_reason']) r.set(f, '');
  r.set('snapshot', null);
  const requester = require(`${__hooks}/lib/risks.js`).actingUser(e, 'requested_by', 'security_team');
  r.set('requested_by', requester ? requester.id : '');
  r.set('requested_by_name', requester ? requester.getString('name') || requester.email() : 'superuser');
  e.next();
}, 'risk_acceptances');

onRecordUpdateRequest((e) => {
  const { bad, checkExpiry, changed, EDITABLE_WHILE_REQUESTED } = require(`${__hooks}/lib/risk-acceptance.js`);
  const clock = require(`${__hooks}/lib/clock.js`);
  const before = e.record.original();
  const from = before.getString('status');
  const to = e.record.getString('status');
  const org = e.app.findRecordById('organisations', e.record.getString('organisation'));
  const uid = e.auth ? e.auth.id : '';
  const security = org.getStringSlice('security_team').indexOf(uid) >= 0 || e.hasSuperuserAuth();
  const executive = org.getStringSlice('executives').indexOf(uid) >= 0 || e.hasSuperuserAuth();
  const who = e.auth && e.auth.collection().name === 'users' ? e.auth : null;
  const name = who ? who.getString('name') || who.email() : 'superuser';
  let allowed;
  if (from === 'requested' && to === 'requested' && security) {
    allowed = EDITABLE_WHILE_REQUESTED;
    if (!e.record.getString('justification').trim()) throw bad('justification', 'Give the justification.');
    checkExpiry(e.record);
  } else if (from === 'requested' && to === 'withdrawn' && security) {
    allowed = ['status'];
  } else if (from === 'requested' && to === 'rejected' && executive) {
    if (!e.record.getString('decision_comment').trim()) throw bad('decision_comment', 'Say why the acceptance is rejected.');
    e.record.set('decided_by', who ? who.id : '');
    e.record.set('decided_by_name', name);
    e.record.set('decided_at', clock.now().toISOString());
    allowed = ['status', 'decision_comment', 'decided_by', 'decided_by_name', 'decided_at'];
  } else if (from === 'signed' && to === 'revoked' && executive) {
    if (!e.record.getString('revoked_reason').trim()) throw bad('revoked_reason', 'Say why the acceptance is revoked.');
    e.record.set('revoked_by', who ? who.id : '');
    e.record.set('revoked_by_name', name);
    e.record.set('revoked_at', clock.now().toISOString());
    allowed = ['status', 'revoked_reason', 'revoked_by', 'revoked_by_name', 'revoked_at'];
  } else {
    throw new BadRequestError('This change of the acceptance is not allowed.', {
      status: new ValidationError('transition', from + ' → ' + to)
    });
  }
  const field = changed(before, e.record, allowed);
  if (field) throw bad(field, 'This field cannot change now.');
  e.next();
}, 'risk_acceptances');

// Every path, every actor: the frozen approval, expiry only when due, nothing after a final state.
onRecordUpdate((e) => {
  const { changed } = require(`${__hooks}/lib/risk-acceptance.js`);
  const clock = require(`${__hooks}/lib/clock.js`);
  const signoff = require(`${__hooks}/lib/signoff.js`);
  const before = e.record.original();
  const from = before.getString('status');
  const to = e.record.getString('status');
  if (from === 'requested' && to === 'signed') {
    // the sign-off (signoff.pb.js) set status, signed_at and content_sha256: freeze what it hashed
    const snapshot = require(`${__hooks}/lib/risk-acceptance.js`).build(e.app, before);
    if ($security.sha256(signoff.canonical(snapshot)) !== e.record.getString('content_sha256')) {
      throw new BadRequestError('The acceptance changed while it was being approved; review it again.');
    }
    e.record.set('snapshot', snapshot);
  } else if (from === 'signed' && to === 'expired') {
    if (Date.parse(before.getString('expires_at').replace(' ', 'T')) > clock.now().getTime()) {
      throw new BadRequestError('This acceptance has not expired yet.');
    }
    const field = changed(before, e.record, ['status', 'expired_at']);
    if (field) throw new BadRequestError('An approved acceptance is frozen (' + field + ').');
  } else if (from === 'signed' && to === 'revoked') {
    const field = changed(before, e.record, ['status', 'revoked_reason', 'revoked_by', 'revoked_by_name', 'revoked_at']);
    if (field) throw new BadRequestError('An approved acceptance is frozen (' + field + ').');
  } else if (from !== 'requested') {
    throw new BadRequestError('A decided acceptance cannot change.');
  }
  e.next();
}, 'risk_acceptances');

onRecordDelete((e) => {
  throw new BadRequestError('Acceptances are never deleted: withdraw a request instead.');
}, 'risk_acceptances');

// A request can only be created as a request (also through batch or by a superuser).
onRecordCreate((e) => {
  if (e.record.getString('status') !== 'requested') throw new BadRequestError('An acceptance starts as a request.');
  e.next();
}, 'risk_acceptances');

// The executive approves what was shown: the sign-off names the content hash it saw.
onRecordCreateRequest((e) => {
  if (e.record.getString('subject_collection') !== 'risk_acceptances') return e.next();
  const expected = String((e.requestInfo().body || {}).expected_sha256 || '');
  let acceptance;
  try {
    acceptance = e.app.findRecordById('risk_acceptances', e.record.getString('subject_id'));
  } catch (err) {
    return e.next(); // signoff.pb.js answers "nothing to sign"
  }
  const org = e.app.findRecordById('organisations', acceptance.getString('organisation'));
  if (!e.auth || org.getStringSlice('executives').indexOf(e.auth.id) < 0) return e.next(); // the API rules refuse
  const current = require(`${__hooks}/lib/signoff.js`).contentHash(e.app, 'risk_acceptances', acceptance);
  if (expected !== current) {
    throw new ApiError(409, 'The risk or the request changed since it was shown; review it again before approving.', {
      expected_sha256: new ValidationError('stale', 'The content now has another SHA-256.')
    });
  }
  e.next();
}, 'signoffs');

// Every read shows an approval past its expiry as expired, even before the job has run.
onRecordEnrich((e) => {
  if (e.record.getString('status') === 'signed') {
    const clock = require(`${__hooks}/lib/clock.js`);
    if (Date.parse(e.record.getString('expires_at').replace(' ', 'T')) <= clock.now().getTime()) e.record.set('status', 'expired');
  }
  e.next();
}, 'risk_acceptances');

cronAdd('mamori_risk_acceptance_expiry', '*/5 * * * *', () => {
  require(`${__hooks}/lib/risk-acceptance.js`).expireDue($app);
});

/**
 * GET /api/mamori/risk-acceptances/{id}/preview → { content, sha256 }: what an
 * approval of this request would freeze now, for any member (the executive's
 * approval page shows it and sends the hash back as expected_sha256).
 */
routerAdd(
  'GET',
  '/api/mamori/risk-acceptances/{id}/preview',
  (e) => {
    const signoff = require(`${__hooks}/lib/signoff.js`);
    let record;
    try {
      record = e.app.findRecordById('risk_acceptances', e.request.pathValue('id'));
    } catch (err) {
      throw new NotFoundError('Acceptance not found.');
    }
    const org = e.app.findRecordById('organisations', record.getString('organisation'));
    if (org.getStringSlice('members').indexOf(e.auth.id) < 0) throw new NotFoundError('Acceptance not found.');
    const content = require(`${__hooks}/lib/risk-acceptance.js`).content(e.app, record);
    return e.json(200, { content: content, sha256: $security.sha256(signoff.canonical(content)) });
  },
  $apis.requireAuth('users')
);
