// @ts-check
/// <reference path="./types/pocketbase.d.ts" />
/**
 * PocketBase's own rate limit on authentication, as a backstop behind the web
 * server's per-account and per-address login throttles
 * (src/lib/server/throttles.ts). PocketBase listens on loopback only, so every
 * request comes from the web server's address: the rule caps all password
 * attempts together, generously enough for a busy morning of logins
 * (120 per minute), and is the only rule (PocketBase's default rules would
 * throttle the whole web app, which is one client to PocketBase).
 */
onBootstrap((e) => {
  e.next();
  const settings = e.app.settings();
  const rules = settings.rateLimits.rules || [];
  const wanted = { label: '*:auth', audience: '', duration: 60, maxRequests: 120 };
  const current = rules.length === 1 ? rules[0] : null;
  const same =
    settings.rateLimits.enabled &&
    current &&
    current.label === wanted.label &&
    current.audience === wanted.audience &&
    current.duration === wanted.duration &&
    current.maxRequests === wanted.maxRequests;
  if (same) return;
  settings.rateLimits.enabled = true;
  settings.rateLimits.rules = [/** @type {core.RateLimitRule} */ (/** @type {unknown} */ (wanted))];
  e.app.save(settings);
});
