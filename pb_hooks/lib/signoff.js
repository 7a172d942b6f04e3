// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * The one sign-off mechanism. A subject type (a collection) registers how to
 * build its canonical content; signing stores the SHA-256 of that content on
 * the sign-off and on the subject, and the subject is locked from then on.
 * Risk acceptance and plan approval add their collections to SUBJECTS.
 */

/** Canonical JSON: objects with sorted keys, no whitespace. */
/** @param {unknown} value @returns {string} */
function canonical(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (typeof value === 'object') {
    return (
      '{' +
      Object.keys(value)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + canonical(/** @type {JsonObject} */ (value)[k]))
        .join(',') +
      '}'
    );
  }
  return JSON.stringify(value);
}

/** @param {CoreApp} app @param {core.Record} assessment @returns {JsonObject} */
function assessmentContent(app, assessment) {
  const checklists = app.findRecordsByIds('checklists', assessment.getStringSlice('checklists'));
  /** @type {Dict<string>} */
  const byId = {};
  /** @type {{ checklist_id: string, version: string, content_sha256: string }[]} */
  const pinned = [];
  for (const c of checklists) {
    byId[c.id] = c.getString('checklist_id');
    pinned.push({
      checklist_id: c.getString('checklist_id'),
      version: c.getString('version'),
      // recomputed from the stored content (equal to the stored hash unless someone rewrote the content)
      content_sha256: $security.sha256(c.getString('content'))
    });
  }
  pinned.sort((a, b) => (a.checklist_id < b.checklist_id ? -1 : a.checklist_id > b.checklist_id ? 1 : 0));
  const answers = app.findRecordsByFilter('answers', 'assessment = {:a}', '', 0, 0, { a: assessment.id }).map((r) => ({
    checklist_id: byId[r.getString('checklist')] || r.getString('checklist'),
    item_id: r.getString('item_id'),
    status: r.getString('status'),
    justification: r.getString('justification'),
    notes: r.getString('notes'),
    owner: r.getString('owner'),
    target_date: r.getString('target_date')
  }));
  answers.sort((a, b) => {
    const ka = a.checklist_id + '\u0000' + a.item_id;
    const kb = b.checklist_id + '\u0000' + b.item_id;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  /** @type {JsonObject} */
  const content = {
    subject: 'assessments',
    id: assessment.id,
    organisation: assessment.getString('organisation'),
    fiscal_year: assessment.getInt('fiscal_year'),
    revision: assessment.getInt('revision'),
    checklists: pinned,
    answers: answers
  };
  // Only self-checks that record 参考事項 adoption have this part, so hashes signed before it existed stay valid.
  const adoptions = /** @type {typeof import('./adoption.js')} */ (require(`${__hooks}/lib/adoption.js`)).signedAdoptions(
    app,
    assessment,
    byId
  );
  if (adoptions) content.reference_adoptions = adoptions;
  return content;
}

/**
 * @typedef {{ content: (app: CoreApp, record: core.Record) => JsonObject, signableStatus: string }} Subject
 * @type {Dict<Subject>}
 */
const SUBJECTS = {
  assessments: { content: assessmentContent, signableStatus: 'submitted' },
  risk_criteria: {
    content: (app, r) => /** @type {typeof import('./risk-signoff.js')} */ (require(`${__hooks}/lib/risk-signoff.js`)).criteria(app, r),
    signableStatus: 'submitted'
  },
  risk_acceptances: {
    content: (app, r) =>
      /** @type {typeof import('./risk-acceptance.js')} */ (require(`${__hooks}/lib/risk-acceptance.js`)).content(app, r),
    signableStatus: 'requested'
  },
  plan_versions: {
    content: (app, r) => /** @type {typeof import('./plans.js')} */ (require(`${__hooks}/lib/plans.js`)).versionContent(app, r),
    signableStatus: 'submitted'
  }
};

/** SHA-256 (hex) of the canonical content of a subject record. */
/** @param {CoreApp} app @param {string} collection @param {core.Record} record */
function contentHash(app, collection, record) {
  const subject = SUBJECTS[collection];
  if (!subject) throw new BadRequestError('Unknown sign-off subject: ' + collection);
  return $security.sha256(canonical(subject.content(app, record)));
}

module.exports = { SUBJECTS, canonical, contentHash };
