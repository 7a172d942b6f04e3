// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Sign-off: an executive creates a `signoffs` record for a subject awaiting
 * sign-off. In one transaction the hook checks the subject, computes the
 * SHA-256 of its canonical content (lib/signoff.js), records signer and hash,
 * and marks the subject signed — from then on hooks lock it for everyone.
 */
onRecordCreateRequest((e) => {
  const signoff = /** @type {typeof import('./lib/signoff.js')} */ (require(`${__hooks}/lib/signoff.js`));
  const collection = e.record.getString('subject_collection');
  const spec = signoff.SUBJECTS[collection];
  if (!spec) throw new BadRequestError('Unknown subject.', { subject_collection: new ValidationError('unknown', 'Unknown subject.') });
  const auth = e.auth;
  if (!auth || auth.collection().name !== 'users') throw new ForbiddenError('Only a person can sign.');
  e.app.runInTransaction((txApp) => {
    let subject;
    try {
      subject = txApp.findRecordById(collection, e.record.getString('subject_id'));
    } catch (err) {
      throw new BadRequestError('Nothing to sign.', { subject_id: new ValidationError('not_found', 'Not found.') });
    }
    if (subject.getString('organisation') !== e.record.getString('organisation')) {
      throw new BadRequestError('The subject belongs to another organisation.', {
        subject_id: new ValidationError('other_org', 'Other organisation.')
      });
    }
    if (subject.getString('status') !== spec.signableStatus) {
      throw new BadRequestError('Only a submitted item can be signed.', {
        subject_id: new ValidationError('not_submitted', 'Not submitted for sign-off.')
      });
    }
    const hash = signoff.contentHash(txApp, collection, subject);
    const now = new Date().toISOString();
    e.record.set('signer', auth.id);
    e.record.set('signer_name', auth.getString('name') || auth.email());
    e.record.set('content_sha256', hash);
    e.app = txApp;
    e.next();
    subject.set('status', 'signed');
    subject.set('signed_at', now);
    subject.set('content_sha256', hash);
    txApp.save(subject);
    /** @type {typeof import('./lib/audit.js')} */ (require(`${__hooks}/lib/audit.js`)).write(
      txApp,
      e.auth,
      'update',
      subject,
      { status: spec.signableStatus },
      { status: 'signed', content_sha256: hash }
    );
  });
}, 'signoffs');

/**
 * GET /api/mamori/signoffs/{id}/verify → { signed, current, matches }:
 * recomputes the content hash of the signed subject now, for any member.
 */
routerAdd(
  'GET',
  '/api/mamori/signoffs/{id}/verify',
  (e) => {
    const signoff = /** @type {typeof import('./lib/signoff.js')} */ (require(`${__hooks}/lib/signoff.js`));
    const auth = e.auth;
    if (!auth) throw new UnauthorizedError('Sign in first.');
    let record;
    try {
      record = e.app.findRecordById('signoffs', e.request.pathValue('id'));
    } catch (err) {
      throw new NotFoundError('Sign-off not found.');
    }
    const org = e.app.findRecordById('organisations', record.getString('organisation'));
    if (org.getStringSlice('members').indexOf(auth.id) < 0) throw new NotFoundError('Sign-off not found.');
    const collection = record.getString('subject_collection');
    const subject = e.app.findRecordById(collection, record.getString('subject_id'));
    const current = signoff.contentHash(e.app, collection, subject);
    return e.json(200, {
      signed: record.getString('content_sha256'),
      current: current,
      matches: current === record.getString('content_sha256')
    });
  },
  $apis.requireAuth('users')
);
