// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Copies answers between assessments (carry-forward and reopening), with
 * audit entries. Carry-forward can follow crosswalks (checklists/crosswalks,
 * resolved by the web server from the library files into `mappings`, see
 * src/lib/domain/checklists/crosswalk/resolve.ts): an answer goes to every
 * target its source maps to, and a target fed by several answers (a merge,
 * or a mapped item meeting a same-id one) gets the least implemented status
 * among them. Every answer that came through a mapping records its sources
 * in `mapped_from` and stays marked carried_over until someone confirms it.
 */

/** @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} record */
function audit(app, auth, record) {
  const lib = /** @type {typeof import('./audit.js')} */ (require(`${__hooks}/lib/audit.js`));
  lib.write(app, auth, 'create', record, null, lib.snapshot(record));
}

/**
 * @typedef {{ crosswalk: string, from: { checklist_id: string, item_id: string }, to: { checklist_id: string, item_id: string }[],
 *   replaces_identity: boolean, note: { ja: string, en: string } }} CarryMapping
 * @typedef {{ checklistId: string, itemId: string, via: { crosswalk: string, note: { ja: string, en: string } } | null }} Destination
 */

/** Upper bound of mappings one request may carry (the library's crosswalks hold a few hundred). */
const MAX_MAPPINGS = 20000;

/** Validates the mappings of a request body; throws a 400 naming the problem. @param {unknown} raw @returns {CarryMapping[]} */
function parseMappings(raw) {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.length > MAX_MAPPINGS)
    throw new BadRequestError('Invalid crosswalk mappings.', {
      crosswalk: new ValidationError('invalid', 'Must be a list of at most ' + MAX_MAPPINGS + ' mappings.')
    });
  /** @param {unknown} v @returns {v is string} */
  const str = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  /** @param {any} r */
  const ref = (r) => r && str(r.checklist_id) && str(r.item_id);
  return raw.map((m, k) => {
    if (
      !m ||
      !str(m.crosswalk) ||
      !ref(m.from) ||
      !Array.isArray(m.to) ||
      !m.to.every(ref) ||
      !m.note ||
      typeof m.note.ja !== 'string' ||
      typeof m.note.en !== 'string'
    )
      throw new BadRequestError('Invalid crosswalk mapping.', {
        crosswalk: new ValidationError('invalid', 'Mapping ' + k + ' is malformed.')
      });
    return {
      crosswalk: m.crosswalk,
      from: { checklist_id: m.from.checklist_id, item_id: m.from.item_id },
      to: m.to.map((/** @type {any} */ t) => ({ checklist_id: t.checklist_id, item_id: t.item_id })),
      replaces_identity: m.replaces_identity === true,
      note: { ja: String(m.note.ja).slice(0, 1000), en: String(m.note.en).slice(0, 1000) }
    };
  });
}

/** @param {string} a @param {string} b */
const key = (a, b) => a + '\u0000' + b;

/**
 * Where the answer (or adoption) of a source item goes: the same id in the
 * same checklist unless a crosswalk within that checklist lists the item,
 * plus every target of the crosswalks that list it.
 * @param {CarryMapping[]} mappings
 * @returns {(checklistId: string, itemId: string) => Destination[]}
 */
function destinations(mappings) {
  /** @type {Dict<CarryMapping[]>} */
  const bySource = {};
  for (const m of mappings) (bySource[key(m.from.checklist_id, m.from.item_id)] ||= []).push(m);
  return (checklistId, itemId) => {
    const listed = bySource[key(checklistId, itemId)] || [];
    /** @type {Destination[]} */
    const out = [];
    if (!listed.some((m) => m.replaces_identity)) out.push({ checklistId: checklistId, itemId: itemId, via: null });
    for (const m of listed)
      for (const t of m.to) out.push({ checklistId: t.checklist_id, itemId: t.item_id, via: { crosswalk: m.crosswalk, note: m.note } });
    return out;
  };
}

/** Implemented-ness of a status; null for statuses that say nothing about it. @param {string} status */
function rank(status) {
  const order = ['not_implemented', 'partial', 'alternative', 'implemented'];
  const k = order.indexOf(status);
  return k < 0 ? null : k;
}

/**
 * The source whose answer a target takes: the least implemented one; not
 * applicable only when no source says anything about implementation.
 * @template {{ status: string }} T @param {T[]} sources @returns {T}
 */
function weakest(sources) {
  /** @type {T | null} */
  let best = null;
  for (const s of sources) {
    const r = rank(s.status);
    if (r !== null && (best === null || r < /** @type {number} */ (rank(best.status)))) best = s;
  }
  return best || sources.find((s) => s.status === 'not_applicable') || sources[0];
}

/**
 * Copies the answers of `from` into the checklists pinned by `to`. Without
 * mappings an answer goes to the same (checklist id, item id); with mappings
 * (carry-forward only) as `destinations` says. Reopening (markCarried false)
 * keeps each answer's mapped_from. Returns how many answers were written
 * and how many of them came through a mapping.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} from @param {core.Record} to
 * @param {boolean} markCarried @param {CarryMapping[]} [mappings]
 * @returns {{ count: number, mapped: number }}
 */
function copyAnswers(app, auth, from, to, markCarried, mappings) {
  const lib = /** @type {typeof import('./selfcheck.js')} */ (require(`${__hooks}/lib/selfcheck.js`));
  /** @type {Dict<{ id: string, items: Dict<boolean> }>} */
  const targets = {};
  for (const c of app.findRecordsByIds('checklists', to.getStringSlice('checklists'))) {
    targets[c.getString('checklist_id')] = { id: c.id, items: lib.itemIds(c) };
  }
  /** @type {Dict<{ checklistId: string, version: string }>} */
  const sources = {};
  for (const c of app.findRecordsByIds('checklists', from.getStringSlice('checklists')))
    sources[c.id] = { checklistId: c.getString('checklist_id'), version: c.getString('version') };
  const route = destinations(mappings || []);

  /** @type {Dict<{ checklistId: string, itemId: string, from: { old: core.Record, via: Destination['via'] }[] }>} */
  const byTarget = {};
  /** @type {string[]} */
  const order = [];
  for (const old of app.findRecordsByFilter('answers', 'assessment = {:a}', '', 0, 0, { a: from.id })) {
    const source = sources[old.getString('checklist')];
    if (!source) continue;
    for (const d of route(source.checklistId, old.getString('item_id'))) {
      const target = targets[d.checklistId];
      if (!target || !target.items[d.itemId]) continue;
      const k = key(d.checklistId, d.itemId);
      if (!byTarget[k]) {
        byTarget[k] = { checklistId: d.checklistId, itemId: d.itemId, from: [] };
        order.push(k);
      }
      byTarget[k].from.push({ old: old, via: d.via });
    }
  }

  const collection = app.findCollectionByNameOrId('answers');
  let count = 0;
  let mappedCount = 0;
  for (const k of order) {
    const entry = byTarget[k];
    const mapped = entry.from.length > 1 || entry.from[0].via !== null;
    const chosen = weakest(entry.from.map((f) => ({ status: f.old.getString('status'), f: f }))).f.old;
    const answer = new Record(collection);
    answer.set('organisation', to.getString('organisation'));
    answer.set('assessment', to.id);
    answer.set('checklist', targets[entry.checklistId].id);
    answer.set('item_id', entry.itemId);
    for (const field of ['status', 'justification', 'notes', 'owner', 'target_date']) answer.set(field, chosen.get(field));
    if (mapped) {
      mappedCount++;
      answer.set(
        'mapped_from',
        entry.from.map((f) => {
          const source = sources[f.old.getString('checklist')];
          return {
            crosswalk: f.via ? f.via.crosswalk : '',
            checklist_id: source.checklistId,
            version: source.version,
            item_id: f.old.getString('item_id'),
            status: f.old.getString('status'),
            note: f.via ? f.via.note : null
          };
        })
      );
    } else if (!markCarried) {
      answer.set('mapped_from', chosen.get('mapped_from'));
    }
    answer.set('carried_over', markCarried || mapped);
    answer.set('version', 1);
    answer.set('updated_by', chosen.getString('updated_by'));
    app.save(answer);
    audit(app, auth, answer);
    count++;
  }
  return { count: count, mapped: mappedCount };
}

/**
 * Copies the 参考事項 adoption decisions the same way (lib/adoption.js),
 * following the same mappings.
 * @param {CoreApp} app @param {core.Record | null | undefined} auth @param {core.Record} from @param {core.Record} to
 * @param {boolean} markCarried @param {CarryMapping[]} [mappings]
 */
function copyAdoptions(app, auth, from, to, markCarried, mappings) {
  const route = destinations(mappings || []);
  return /** @type {typeof import('./adoption.js')} */ (require(`${__hooks}/lib/adoption.js`)).copyAdoptions(
    app,
    auth,
    from,
    to,
    markCarried,
    (checklistId, itemId) => route(checklistId, itemId).map((d) => [d.checklistId, d.itemId])
  );
}

module.exports = { audit, parseMappings, copyAnswers, copyAdoptions };
