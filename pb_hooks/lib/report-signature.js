/// <reference path="../../pb_data/types.d.ts" />
/**
 * The HMAC message of a report registration, built from the one definition in
 * report-signature.json (shared with the web server). A registration made with
 * an older format keeps verifying with that format (`signature_version`).
 */
const SPEC = require(`${__hooks}/lib/report-signature.json`);

/** The message for a `reports` record in the given format version (default: current). */
function message(record, version) {
  const format = SPEC.formats[String(version || SPEC.current)];
  if (!format) throw new BadRequestError('Unknown report signature version: ' + version);
  const values = format.fields.map((field) => (field === 'fiscal_year' ? String(record.getInt(field)) : record.getString(field)));
  return (format.prefix ? [format.prefix].concat(values) : values).join('|');
}

/** True when the stored signature matches the record (in the format it was made with). */
function valid(record, key) {
  if (!key) return false;
  const version = record.getInt('signature_version') || 1;
  return $security.hs256(message(record, version), key) === record.getString('signature');
}

module.exports = { CURRENT: SPEC.current, message, valid };
