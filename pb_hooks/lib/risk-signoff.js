/// <reference path="../../pb_data/types.d.ts" />
/**
 * Canonical content of the risk subjects of the one sign-off mechanism
 * (lib/signoff.js SUBJECTS): what an executive approves, and what its
 * SHA-256 covers.
 */

/** A risk-criteria version: its number, content and change note. */
function criteria(app, record) {
  let content = null;
  try {
    content = JSON.parse(record.getString('content'));
  } catch (err) {
    content = null;
  }
  return {
    subject: 'risk_criteria',
    id: record.id,
    organisation: record.getString('organisation'),
    version: record.getInt('version'),
    content: content,
    note: record.getString('note')
  };
}

module.exports = { criteria };
