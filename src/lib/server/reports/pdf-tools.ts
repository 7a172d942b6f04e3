/**
 * Thin wrappers over the Debian PDF tools (poppler-utils: pdftotext, pdffonts,
 * pdftoppm; qpdf) used by tests, the benchmark and visual checks. A missing
 * tool is an error with an install hint, never a silent skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const PACKAGE: Record<string, string> = { pdftotext: 'poppler-utils', pdffonts: 'poppler-utils', pdftoppm: 'poppler-utils', qpdf: 'qpdf' };

export function requireTool(tool: keyof typeof PACKAGE | string): void {
	const probe = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
	if (probe.status !== 0) {
		throw new Error(`${tool} is not installed: apt-get install -y ${PACKAGE[tool] ?? tool} (needed to check the PDFs)`);
	}
}

/**
 * Text of a PDF file; pages are separated by form feeds. 'reading' = reading
 * order, 'layout' keeps table rows on one line, 'raw' = content-stream order
 * (rotated text such as a watermark stays together, one glyph per line).
 */
export function pdfToText(file: string, mode: 'reading' | 'layout' | 'raw' = 'reading', crop?: { top: number; bottom: number }): string {
	requireTool('pdftotext');
	const flags = mode === 'layout' ? ['-layout'] : mode === 'raw' ? ['-raw'] : [];
	// -r 72: crop coordinates in points; A4 is 596 × 842.
	const area = crop ? ['-r', '72', '-x', '0', '-y', String(crop.top), '-W', '596', '-H', String(crop.bottom - crop.top)] : [];
	return execFileSync('pdftotext', [...flags, ...area, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export interface PdfFont {
	name: string;
	type: string;
	embedded: boolean;
	subset: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
	requireTool('pdffonts');
	const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
	return out
		.split('\n')
		.slice(2)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const cols = line.trim().split(/\s+/);
			// name type… encoding emb sub uni objectId gen: read the flags from the end.
			const n = cols.length;
			return { name: cols[0], type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
		});
}

/** `qpdf --check`: returns its output; throws with the output when the check fails. */
export function qpdfCheck(file: string): string {
	requireTool('qpdf');
	const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
	const output = `${run.stdout}${run.stderr}`;
	if (run.status !== 0) throw new Error(`qpdf --check failed (exit ${run.status}):\n${output}`);
	return output;
}

/** Renders pages to PNG (prefix-N.png) at the given resolution. */
export function pdfToPng(file: string, prefix: string, dpi = 60, firstPage?: number, lastPage?: number): void {
	requireTool('pdftoppm');
	const range = [...(firstPage ? ['-f', String(firstPage)] : []), ...(lastPage ? ['-l', String(lastPage)] : [])];
	execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...range, file, prefix]);
}
