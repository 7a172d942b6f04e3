// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * What a client may store as a `checklists` record (selfcheck.pb.js):
 *  - its content must have the shape every page and the scoring rely on
 *    (sections with items, each with an id and a Japanese title; item ids
 *    unique; id and version as the record says), so one malformed record
 *    cannot break an organisation's checklist pages;
 *  - `source=library` only with the exact content of a library checklist:
 *    its canonical SHA-256 must be the one listed for "<id>@<version>" in
 *    lib/library-checklists.json (written by `npm run checklists:hashes`
 *    from checklists/*.yaml). Everything else is an import.
 */
const MAX_DEPTH = 8;

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObject(v) {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** @param {unknown} title */
function hasJapanese(title) {
  return isObject(title) && typeof title.ja === 'string' && title.ja.trim() !== '';
}

/**
 * The first problem with `content` for a record with this checklist id and version, or ''.
 * @param {unknown} content @param {string} checklistId @param {string} version @returns {string}
 */
function contentProblem(content, checklistId, version) {
  if (!isObject(content)) return 'The content is not a checklist object.';
  if (content.id !== checklistId) return 'The content’s id differs from checklist_id.';
  if (String(content.version) !== version) return 'The content’s version differs from the record’s version.';
  if (!hasJapanese(content.title)) return 'The checklist has no Japanese title.';
  /** @type {Dict<boolean>} */
  const seen = {};
  let items = 0;
  /** @param {unknown} sections @param {number} depth @returns {string} */
  const walk = (sections, depth) => {
    if (sections === undefined) return '';
    if (!Array.isArray(sections)) return 'Sections must be a list.';
    if (depth > MAX_DEPTH) return 'Sections are nested too deeply.';
    for (const section of sections) {
      if (!isObject(section) || typeof section.id !== 'string' || !section.id) return 'Every section needs an id.';
      if (!hasJapanese(section.title)) return 'Section ' + section.id + ' has no Japanese title.';
      if (section.items !== undefined && !Array.isArray(section.items)) return 'The items of section ' + section.id + ' must be a list.';
      for (const item of /** @type {unknown[]} */ (section.items || [])) {
        if (!isObject(item) || typeof item.id !== 'string' || !item.id) return 'Every item of section ' + section.id + ' needs an id.';
        if (seen[item.id]) return 'Item id ' + item.id + ' appears twice.';
        if (!hasJapanese(item.title)) return 'Item ' + item.id + ' has no Japanese title.';
        seen[item.id] = true;
        items++;
      }
      const nested = walk(section.sections, depth + 1);
      if (nested) return nested;
    }
    return '';
  };
  if (!Array.isArray(content.sections)) return 'The checklist has no sections.';
  const problem = walk(content.sections, 1);
  if (problem) return problem;
  return items ? '' : 'The checklist has no items.';
}

/**
 * Whether `content` is exactly the library checklist "<id>@<version>".
 * @param {unknown} content @param {string} checklistId @param {string} version
 */
function isLibraryContent(content, checklistId, version) {
  const { canonicalJson } = /** @type {typeof import('./canonical-json.js')} */ (require(`${__hooks}/lib/canonical-json.js`));
  /** @type {Dict<string>} */
  const hashes = JSON.parse(toString($os.readFile(`${__hooks}/lib/library-checklists.json`)));
  const expected = hashes[checklistId + '@' + version];
  return !!expected && $security.sha256(canonicalJson(content)) === expected;
}

module.exports = { contentProblem, isLibraryContent };
