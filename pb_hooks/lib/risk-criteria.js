/// <reference path="../../pb_data/types.d.ts" />
/**
 * Server-side check of risk-criteria content (the `content` JSON of
 * `risk_criteria`), so that no client can store or get signed criteria the
 * app could not use. It states the same rules as the zod schema in
 * src/lib/domain/risks/criteria.ts; a property test
 * (src/lib/domain/risks/criteria-hook.test.ts) makes sure both agree.
 * Returns null when valid, else a short English reason.
 */
const LIMITS = { label: 60, description: 500, reviewMonthsMax: 60 };

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(v, keys) {
  return isObject(v) && Object.keys(v).every((k) => keys.indexOf(k) >= 0) && keys.every((k) => k in v);
}

function text(v, max, required) {
  if (!onlyKeys(v, ['ja', 'en'])) return false;
  if (typeof v.ja !== 'string' || typeof v.en !== 'string') return false;
  const ja = v.ja.trim();
  return ja.length <= max && v.en.trim().length <= max && (!required || ja.length > 0);
}

function int(v, min, max) {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function validate(c) {
  if (!onlyKeys(c, ['likelihood', 'impact', 'bands', 'grid', 'tolerance'])) return 'content has missing or unknown fields';
  const { likelihood, impact, bands, grid, tolerance } = c;
  if (!Array.isArray(likelihood) || likelihood.length < 3 || likelihood.length > 6) return 'likelihood needs 3 to 6 levels';
  if (!Array.isArray(impact) || impact.length < 3 || impact.length > 6) return 'impact needs 3 to 6 levels';
  if (!Array.isArray(bands) || bands.length < 2 || bands.length > 5) return 'there must be 2 to 5 risk levels';
  for (const l of likelihood) {
    if (!onlyKeys(l, ['label', 'description']) || !text(l.label, LIMITS.label, true) || !text(l.description, LIMITS.description, false)) {
      return 'a likelihood level is invalid';
    }
  }
  for (let i = 0; i < impact.length; i++) {
    const l = impact[i];
    if (
      !onlyKeys(l, ['label', 'severity', 'continuity', 'safety', 'trust']) ||
      !text(l.label, LIMITS.label, true) ||
      !int(l.severity, 0, 4) ||
      !text(l.continuity, LIMITS.description, false) ||
      !text(l.safety, LIMITS.description, false) ||
      !text(l.trust, LIMITS.description, false)
    ) {
      return 'an impact level is invalid';
    }
    if (i > 0 && l.severity < impact[i - 1].severity) return 'severity must not decrease along the impact scale';
  }
  for (const b of bands) {
    if (
      !onlyKeys(b, ['label', 'color', 'reviewMonths']) ||
      !text(b.label, LIMITS.label, true) ||
      typeof b.color !== 'string' ||
      !/^#[0-9a-f]{6}$/.test(b.color) ||
      !int(b.reviewMonths, 1, LIMITS.reviewMonthsMax)
    ) {
      return 'a risk level is invalid';
    }
  }
  if (!Array.isArray(grid) || grid.length !== impact.length) return 'the grid must have one row per impact level';
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    if (!Array.isArray(row) || row.length !== likelihood.length) return 'the grid must have one column per likelihood level';
    for (let l = 0; l < row.length; l++) {
      if (!int(row[l], 0, bands.length - 1)) return 'a grid cell names no risk level';
      if ((l > 0 && row[l] < row[l - 1]) || (i > 0 && row[l] < grid[i - 1][l]))
        return 'the level must not fall as likelihood or impact rises';
    }
  }
  if (!int(tolerance, 0, bands.length - 2)) return 'the tolerance must be below the highest risk level';
  return null;
}

/** The risk level (band index) of likelihood l and impact i, or -1 when not rated. Same rule as riskLevel() in the domain. */
function level(c, l, i) {
  if (!int(l, 1, c.likelihood.length) || !int(i, 1, c.impact.length)) return -1;
  return c.grid[i - 1][l - 1];
}

/** Refuses (400, on the content field) a record whose content is not usable criteria. */
function requireUsable(record) {
  let content;
  try {
    content = JSON.parse(record.getString('content'));
  } catch (err) {
    content = null;
  }
  const problem = validate(content);
  if (problem) {
    throw new BadRequestError('The risk criteria are not usable: ' + problem + '.', { content: new ValidationError('invalid', problem) });
  }
}

module.exports = { validate, level, requireUsable, LIMITS };
