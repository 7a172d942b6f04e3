// @ts-check
/// <reference path="../pb_hooks/types/pocketbase.d.ts" />
/**
 * PocketBase listens on loopback only and is reached through the web server,
 * which sends each person's own address in X-Forwarded-For
 * (src/lib/server/client-address.ts). Trusting that header makes PocketBase's
 * per-client limits (its rate limits, the delay it adds to repeated list
 * requests that return nothing) apply per person instead of to everyone at
 * once. The rightmost address is used: the one the web server set.
 */
migrate(
  (app) => {
    const settings = app.settings();
    const headers = settings.trustedProxy.headers || [];
    if (headers.indexOf('X-Forwarded-For') < 0) settings.trustedProxy.headers = [...headers, 'X-Forwarded-For'];
    settings.trustedProxy.useLeftmostIP = false;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = (settings.trustedProxy.headers || []).filter((h) => h !== 'X-Forwarded-For');
    app.save(settings);
  }
);
