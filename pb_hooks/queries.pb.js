/// <reference path="../pb_data/types.d.ts" />
/**
 * Client filters and sorts may not cross relations (see the header of
 * lib/query-allowlist.js for why and how to allow a path): checked before
 * PocketBase runs a records list or view, and when a realtime subscription is
 * made. Superusers (setup, tests) are not checked.
 */

routerUse((e) => {
  const pattern = String(e.request.pattern || '');
  if (pattern.indexOf('/api/collections/{collection}/records') < 0 || e.hasSuperuserAuth()) return e.next();
  const guard = require(`${__hooks}/lib/query-guard.js`);
  const allowed = require(`${__hooks}/lib/query-allowlist.js`).ALLOWED_PATHS;
  let collection = null;
  try {
    collection = e.app.findCachedCollectionByNameOrId(e.request.pathValue('collection'));
  } catch (err) {
    return e.next(); // PocketBase answers 404 itself
  }
  // the same values PocketBase's search reads (url.Values.Get: the first of each)
  const query = e.request.url.query();
  const refused = [];
  for (const param of ['filter', 'sort']) {
    for (const path of guard.refusedPaths(collection, query.get(param), allowed)) refused.push(path);
  }
  if (refused.length) {
    throw new BadRequestError('This filter or sort crosses relations, which is not allowed: ' + refused.join(', ') + '.', {
      filter: new ValidationError('relation_not_allowed', 'Filter and sort on the collection’s own fields only.')
    });
  }
  return e.next();
});

onRealtimeSubscribeRequest((e) => {
  if (e.hasSuperuserAuth()) return e.next();
  const guard = require(`${__hooks}/lib/query-guard.js`);
  const allowed = require(`${__hooks}/lib/query-allowlist.js`).ALLOWED_PATHS;
  for (const subscription of e.subscriptions) {
    const parsed = guard.subscriptionQuery(subscription);
    if (parsed.error) throw new BadRequestError('Invalid subscription: ' + parsed.error + '.');
    if (!parsed.expressions.length) continue;
    let collection = null;
    try {
      collection = e.app.findCachedCollectionByNameOrId(parsed.collection);
    } catch (err) {
      collection = null;
    }
    for (const expression of parsed.expressions) {
      const refused = guard.refusedPaths(collection, expression, allowed);
      if (refused.length) {
        throw new BadRequestError('This subscription filter crosses relations, which is not allowed: ' + refused.join(', ') + '.');
      }
    }
  }
  return e.next();
});
