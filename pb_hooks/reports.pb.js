/// <reference path="../pb_data/types.d.ts" />
/**
 * A report can be registered only with a valid HMAC-SHA256, made with the
 * report key that `npm start` gives both PocketBase and the web server
 * (MAMORI_REPORT_KEY), over "report_id|organisation|subject_id|snapshot_sha256|pdf_sha256".
 * Reports are never changed or deleted.
 */
onRecordCreateRequest((e) => {
  const key = $os.getenv('MAMORI_REPORT_KEY');
  if (!key) throw new BadRequestError('Reports are not configured on this server (MAMORI_REPORT_KEY is missing).');
  const r = e.record;
  const message = [r.getString('report_id'), r.getString('organisation'), r.getString('subject_id'), r.getString('snapshot_sha256'), r.getString('pdf_sha256')].join('|');
  if ($security.hs256(message, key) !== r.getString('signature')) {
    throw new BadRequestError('This report was not produced by this mamori server.', { signature: new ValidationError('invalid', 'Invalid report signature.') });
  }
  if (e.auth && e.auth.collection().name === 'users') r.set('created_by', e.auth.id);
  e.next();
}, 'reports');

onRecordUpdate((e) => {
  throw new BadRequestError('Reports cannot be changed.');
}, 'reports');

onRecordDelete((e) => {
  throw new BadRequestError('Reports cannot be deleted.');
}, 'reports');
