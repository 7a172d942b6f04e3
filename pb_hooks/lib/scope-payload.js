// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * What a grant holder may see, in one answer: the organisation's name, the
 * fiscal year's self-check revisions with their pinned checklists, answers
 * and review comments, the evidence linked to their items (records,
 * revisions, reviews), and the findings and evidence requests on those.
 */
const scope = /** @type {typeof import('./audit-scope.js')} */ (require(`${__hooks}/lib/audit-scope.js`));

/** @param {core.Record[]} records @returns {JsonObject[]} */
function plain(records) {
  return JSON.parse(JSON.stringify(records));
}

/** @param {CoreApp} app @param {core.Record} grant */
function payload(app, grant) {
  const s = scope.scopeOf(app, grant);
  const org = app.findRecordById('organisations', s.organisation);
  const assessmentIds = s.assessments.map((a) => a.id);
  const byAssessment = scope.anyOf('assessment', assessmentIds, 'a');
  const byEvidence = scope.anyOf('evidence', s.evidenceIds, 'e');
  /** @type {string[]} */
  const checklistIds = [];
  for (const a of s.assessments) for (const id of a.getStringSlice('checklists')) if (checklistIds.indexOf(id) < 0) checklistIds.push(id);
  const base = 'organisation = {:o}';
  const params = { o: s.organisation };
  const findings = scope.find(app, 'findings', base, params, [
    scope.anyOf('target_id', assessmentIds, 's', 'target_type = "selfcheck_item"'),
    scope.anyOf('target_id', s.evidenceIds, 'v', 'target_type = "evidence"')
  ]);
  return {
    grant: {
      id: grant.id,
      fiscal_year: grant.getInt('fiscal_year'),
      until: grant.getString('until'),
      note: grant.getString('note'),
      granted_by_name: grant.getString('granted_by_name')
    },
    organisation: {
      id: org.id,
      name: org.getString('name'),
      name_en: org.getString('name_en'),
      sector: org.getString('sector'),
      operator_class: org.getString('operator_class'),
      fy_start_month: org.getInt('fy_start_month')
    },
    assessments: plain(s.assessments),
    checklists: plain(app.findRecordsByIds('checklists', checklistIds)),
    answers: plain(scope.find(app, 'answers', base, params, [byAssessment])),
    comments: plain(scope.find(app, 'review_comments', base, params, [byAssessment])),
    links: plain(s.links),
    evidence: plain(app.findRecordsByIds('evidence', s.evidenceIds)),
    revisions: plain(scope.find(app, 'evidence_revisions', base, params, [byEvidence])),
    reviews: plain(scope.find(app, 'evidence_reviews', base, params, [byEvidence])),
    findings: plain(findings),
    findingEvents: plain(
      scope.find(app, 'finding_events', base, params, [
        scope.anyOf(
          'finding',
          findings.map((f) => f.id),
          'f'
        )
      ])
    ),
    requests: plain(
      scope.find(app, 'evidence_requests', base + ' && target_type = "selfcheck_item"', params, [
        scope.anyOf('target_id', assessmentIds, 'r')
      ])
    )
  };
}

module.exports = { payload };
