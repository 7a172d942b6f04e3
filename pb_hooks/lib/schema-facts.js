// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * The schema facts the hooks check themselves, copied from the one
 * definition in src/lib/domain/schema (TypeScript the JSVM cannot load).
 * src/lib/domain/schema/hooks-copy.test.ts fails when the two differ.
 */
const FISCAL_YEAR = { min: 2000, max: 2100 };
const REPORT_ID_FIELD_PATTERN = '^MR-[0-9]{4}-[A-Z2-7]{8}$';

module.exports = { FISCAL_YEAR, REPORT_ID_FIELD_PATTERN };
