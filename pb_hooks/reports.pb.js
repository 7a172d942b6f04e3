/// <reference path="../pb_data/types.d.ts" />
/**
 * A report can be registered only with a valid HMAC-SHA256, made with the
 * report key that `npm start` gives both PocketBase and the web server
 * (MAMORI_REPORT_KEY), over the message defined in lib/report-signature.json
 * (every registration field: ID, type, organisation, subject, fiscal year,
 * language, status and both hashes).
 * Reports are never changed or deleted.
 */
onRecordCreateRequest((e) => {
  const signature = require(`${__hooks}/lib/report-signature.js`);
  const key = $os.getenv('MAMORI_REPORT_KEY');
  if (!key) throw new BadRequestError('Reports are not configured on this server (MAMORI_REPORT_KEY is missing).');
  const r = e.record;
  r.set('signature_version', signature.CURRENT);
  if (!signature.valid(r, key)) {
    throw new BadRequestError('This report was not produced by this mamori server.', {
      signature: new ValidationError('invalid', 'Invalid report signature.')
    });
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

/**
 * POST /api/mamori/reports/verify  { report_id }
 * Public: anyone holding a PDF can ask whether mamori registered that report
 * ID, and get what is needed to compare the file (its SHA-256) plus whether
 * the stored registration still carries a valid HMAC. The ID is printed on
 * the report itself; nothing beyond the report's own cover data is revealed.
 */
routerAdd('POST', '/api/mamori/reports/verify', (e) => {
  const id = String((e.requestInfo().body || {}).report_id || '');
  if (!/^MR-[0-9]{4}-[A-Z2-7]{8}$/.test(id)) return e.json(200, { found: false });
  const found = e.app.findRecordsByFilter('reports', 'report_id = {:id}', '', 1, 0, { id: id });
  if (!found.length) return e.json(200, { found: false });
  const r = found[0];
  const signature = require(`${__hooks}/lib/report-signature.js`);
  const org = e.app.findRecordById('organisations', r.getString('organisation'));
  return e.json(200, {
    found: true,
    signatureValid: signature.valid(r, $os.getenv('MAMORI_REPORT_KEY')),
    reportId: r.getString('report_id'),
    recordId: r.id,
    organisationId: org.id,
    organisationName: org.getString('name'),
    fiscalYear: r.getInt('fiscal_year'),
    type: r.getString('type'),
    subjectId: r.getString('subject_id'),
    language: r.getString('language'),
    status: r.getString('status'),
    pdfSha256: r.getString('pdf_sha256'),
    snapshotSha256: r.getString('snapshot_sha256'),
    created: r.getString('created')
  });
});
