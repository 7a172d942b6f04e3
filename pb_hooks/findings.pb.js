// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * Findings (指摘事項), for every client: an auditor (or a grant holder whose
 * scope holds the target) raises one on a registered target; the security
 * team responds (open → responded, with a response); the auditor closes it
 * or reopens it (responded/closed → open, saying what is still missing).
 * Each step is written to finding_events in the same transaction.
 */

onRecordCreateRequest((e) => {
  const findings = /** @type {typeof import('./lib/findings.js')} */ (require(`${__hooks}/lib/findings.js`));
  findings.create(e);
}, 'findings');

onRecordUpdateRequest((e) => {
  const findings = /** @type {typeof import('./lib/findings.js')} */ (require(`${__hooks}/lib/findings.js`));
  findings.update(e);
}, 'findings');

onRecordDelete((e) => {
  throw new BadRequestError('Findings are kept; close them instead.');
}, 'findings');

onRecordUpdate((e) => {
  throw new BadRequestError('The history of a finding never changes.');
}, 'finding_events');

onRecordDeleteRequest((e) => {
  throw new BadRequestError('The history of a finding never changes.');
}, 'finding_events');
