// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * Self-checks are started only through POST /api/mamori/assessments
 * (pb_hooks/assessments.pb.js), which sets every workflow field itself:
 * a client creating an `assessments` record over REST could otherwise choose
 * `revision`, `reopened_from`, `content_sha256` or `signed_at` (a forged
 * revision 2 would then block the real reopen). Superusers (setup, tests)
 * are not bound by rules.
 */
migrate(
  (app) => {
    const assessments = app.findCollectionByNameOrId('assessments');
    assessments.createRule = null;
    app.save(assessments);
  },
  (app) => {
    const assessments = app.findCollectionByNameOrId('assessments');
    assessments.createRule = 'organisation.security_team.id ?= @request.auth.id && @request.body.status = "draft"';
    app.save(assessments);
  }
);
