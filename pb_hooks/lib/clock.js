// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * "Now" for every rule that depends on the date: acceptance expiry, evidence
 * expiry, review dates. In production this is the system clock. Only when
 * PocketBase runs with MAMORI_TEST_CLOCK=1 (the test harnesses set it) can a
 * superuser move it, through POST /api/mamori/test/clock (clock.pb.js); the
 * web server reads the same value from GET /api/mamori/clock.
 */
const STORE_KEY = 'mamori.test.clock';

function testing() {
  return $os.getenv('MAMORI_TEST_CLOCK') === '1';
}

/** The current instant as a Date. */
function now() {
  if (testing()) {
    const value = $app.store().get(STORE_KEY);
    if (value) return new Date(String(value));
  }
  return new Date();
}

/** The current instant in PocketBase's date format ("2026-12-02 09:00:00.000Z"), for filters. */
function nowForFilter() {
  return now().toISOString().replace('T', ' ');
}

module.exports = { STORE_KEY, testing, now, nowForFilter };
