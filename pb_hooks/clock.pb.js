// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * GET /api/mamori/clock → { now }: the instant PocketBase's date rules use
 * (see lib/clock.js). Public: it is only the time.
 * POST /api/mamori/test/clock { now: ISO instant | null } — superusers only,
 * and only when PocketBase runs with MAMORI_TEST_CLOCK=1: moves the clock
 * (null returns to the system clock). Answers 404 otherwise.
 */
routerAdd('GET', '/api/mamori/clock', (e) => {
  const clock = /** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`));
  return e.json(200, { now: clock.now().toISOString() });
});

routerAdd(
  'POST',
  '/api/mamori/test/clock',
  (e) => {
    const clock = /** @type {typeof import('./lib/clock.js')} */ (require(`${__hooks}/lib/clock.js`));
    if (!clock.testing()) throw new NotFoundError('Not found.');
    const value = (e.requestInfo().body || {}).now;
    if (value === null || value === undefined || value === '') {
      $app.store().remove(clock.STORE_KEY);
    } else {
      const parsed = new Date(String(value));
      if (isNaN(parsed.getTime())) {
        throw new BadRequestError('Invalid instant.', { now: new ValidationError('invalid', 'Give an ISO 8601 instant or null.') });
      }
      $app.store().set(clock.STORE_KEY, parsed.toISOString());
    }
    return e.json(200, { now: clock.now().toISOString() });
  },
  $apis.requireSuperuserAuth()
);
