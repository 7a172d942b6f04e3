/**
 * Formula-cell neutralisation for spreadsheet exports (CSV and XLSX alike).
 *
 * A spreadsheet program treats a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula (or as the start of one), so text
 * typed by a person or imported from a file could run when an exported sheet
 * is opened. Every *text* cell that starts with one of these characters —
 * after any number of leading apostrophes — gets one more apostrophe in front:
 *
 *   "=SUM(A1)"  → "'=SUM(A1)"     "-5 (text)" → "'-5 (text)"
 *   "'=x"       → "''=x"          "'quoted'"  → "'quoted'" (unchanged)
 *
 * Number, date and boolean cells are never touched: -5 stays the number -5.
 * The mapping is reversible: `restoreText(neutraliseText(s)) === s` for every
 * string, so importers that read our sheets back call `restoreText` on text
 * cells and get the original text (the round-trip tests rely on this).
 */

/** Characters that make a spreadsheet program read a cell as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const WAS_PREFIXED = /^'+[=+\-@\t\r]/;

/** The text as it goes into a cell: one apostrophe added when it would start a formula. */
export function neutraliseText(text: string): string {
	return NEEDS_PREFIX.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseText`: the text as it was before export. */
export function restoreText(cell: string): string {
	return WAS_PREFIXED.test(cell) ? cell.slice(1) : cell;
}

/** Whether a spreadsheet program could read this exact cell text as a formula. */
export function startsFormula(cell: string): boolean {
	return cell.length > 0 && FORMULA_TRIGGERS.includes(cell[0]);
}
