/**
 * Schema facts of the plan collections, defined once here (the migrations
 * repeat them as plain values); src/lib/domain/schema/plans.ts builds the
 * collections' facts from them and tests/integration/live-schema.test.ts
 * compares those with the live PocketBase collections.
 */
export { PLAN_KINDS, PLAN_SECTION_REFS } from './templates';

export const PLAN_VERSION_STATUSES = ['draft', 'submitted', 'signed'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

export const PLAN_TITLE_MAX = 200;
export const CHANGE_NOTE_MAX = 500;
export const RETURN_REASON_MAX = 5000;
