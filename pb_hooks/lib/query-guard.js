/// <reference path="../../pb_data/types.d.ts" />
/**
 * Finds the paths in a client `filter` or `sort` expression that cross
 * relations, so that pb_hooks/queries.pb.js can refuse those not listed in
 * lib/query-allowlist.js (see its header for the rules and the reason).
 *
 * The scanner mirrors PocketBase's filter lexer (fexpr) where it matters:
 * quoted text ends at the first matching quote not preceded by a backslash,
 * identifiers are runs of letters, digits, `_ @ # . :`. Anything it cannot
 * read the same way PocketBase would (an unterminated text, a `//` comment)
 * is refused rather than guessed.
 */

const IDENTIFIER_CHAR = /[A-Za-z0-9_@#.:]/;
const NUMBER = /^[0-9]+(\.[0-9]+)?$/;
const DATE_MACROS = [
  '@now',
  '@second',
  '@minute',
  '@hour',
  '@weekday',
  '@day',
  '@month',
  '@year',
  '@yesterday',
  '@tomorrow',
  '@todayStart',
  '@todayEnd',
  '@monthStart',
  '@monthEnd',
  '@yearStart',
  '@yearEnd',
  '@random',
  '@rowid'
];

/** The identifier-like runs outside quoted text, or { error } when the expression cannot be read safely. */
function scan(expression) {
  const runs = [];
  const text = String(expression);
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let prev = '';
      while (j < text.length && !(text[j] === ch && prev !== '\\')) {
        prev = text[j];
        j++;
      }
      if (j >= text.length) return { error: 'unterminated quoted text' };
      i = j + 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') return { error: 'comments are not accepted' };
    if (IDENTIFIER_CHAR.test(ch)) {
      let j = i;
      while (j < text.length && IDENTIFIER_CHAR.test(text[j])) j++;
      runs.push(text.slice(i, j));
      i = j;
      continue;
    }
    i++;
  }
  return { runs: runs };
}

/** `a.b:lower` → ['a', 'b'] (modifiers dropped). */
function segments(run) {
  return run.split('.').map((s) => s.split(':')[0]);
}

/**
 * Whether a path (segments) read on `collection` stays inside the record
 * itself: one segment, or a path into one of its JSON fields.
 */
function staysInRecord(collection, parts) {
  for (const part of parts) if (part.indexOf('_via_') >= 0) return false;
  if (parts.length === 1) return true;
  const field = collection ? collection.fields.getByName(parts[0]) : null;
  return !!field && field.type() === 'json';
}

function isPlainRequestValue(parts) {
  if (parts[0] !== '@request') return false;
  if (parts.length === 2) return parts[1] === 'method' || parts[1] === 'context';
  if (parts[1] === 'query' || parts[1] === 'body' || parts[1] === 'headers') return true;
  return parts[1] === 'auth' && parts.length === 3 && parts[2].indexOf('_via_') < 0;
}

/**
 * The crossing paths of `expression` on `collection` that the allowlist does
 * not list: [] when the expression may run. Throws nothing; a problem reading
 * the expression comes back as one entry explaining it.
 */
function refusedPaths(collection, expression, allowed) {
  if (expression === undefined || expression === null || expression === '') return [];
  const scanned = scan(expression);
  if (scanned.error) return [scanned.error];
  const listed = (collection && allowed[collection.name]) || [];
  const refused = [];
  for (const run of scanned.runs) {
    if (NUMBER.test(run)) continue;
    const parts = segments(run);
    const path = parts.join('.');
    if (run[0] === '@') {
      if (DATE_MACROS.indexOf(parts[0]) >= 0 && parts.length === 1) continue;
      if (isPlainRequestValue(parts)) continue;
    } else if (staysInRecord(collection, parts)) {
      continue;
    }
    if (listed.indexOf(path) >= 0) continue;
    if (refused.indexOf(path) < 0) refused.push(path);
  }
  return refused;
}

/** The values of every `filter` and `sort` member anywhere inside realtime subscription options. */
function optionExpressions(value, found) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (key === 'filter' || key === 'sort') found.push(typeof member === 'string' ? member : JSON.stringify(member));
      else optionExpressions(member, found);
    }
  }
  return found;
}

/**
 * A realtime subscription ("collection/*?options={json}") → { collection
 * name or id, expressions } or { error } when its options cannot be read.
 * Every `options` query value is read, whatever PocketBase itself would pick.
 */
function subscriptionQuery(subscription) {
  const text = String(subscription).split('#')[0];
  const q = text.indexOf('?');
  const topic = q >= 0 ? text.slice(0, q) : text;
  const expressions = [];
  if (q >= 0) {
    for (const pair of text.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const rawKey = eq >= 0 ? pair.slice(0, eq) : pair;
      let key;
      let value;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
        value = decodeURIComponent((eq >= 0 ? pair.slice(eq + 1) : '').replace(/\+/g, ' '));
      } catch (err) {
        return { error: 'the subscription options are not valid URL encoding' };
      }
      if (key !== 'options' || value === '') continue;
      let options;
      try {
        options = JSON.parse(value);
      } catch (err) {
        return { error: 'the subscription options are not valid JSON' };
      }
      optionExpressions(options, expressions);
    }
  }
  return { collection: topic.split('/')[0], expressions: expressions };
}

module.exports = { scan, refusedPaths, subscriptionQuery };
