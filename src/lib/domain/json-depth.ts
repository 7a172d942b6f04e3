/**
 * How deeply a JSON text nests arrays and objects, found by scanning the
 * characters (no parsing, no recursion), so that an importer can refuse a
 * file nested deeper than any real document before a recursive parser or
 * validator runs out of stack on it. Pure.
 */
export interface TooDeep {
	/** 1-based line of the first bracket past the limit. */
	line: number;
}

/** The position where the nesting first passes `limit`, or null when it never does. */
export function findTooDeep(text: string, limit: number): TooDeep | null {
	let depth = 0;
	let line = 1;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) line++;
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
			continue;
		}
		if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			depth++;
			if (depth > limit) return { line };
		} else if (c === 125 || c === 93) depth--;
	}
	return null;
}
