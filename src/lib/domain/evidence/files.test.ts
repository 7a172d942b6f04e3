// The file rules the PocketBase hooks apply (pb_hooks/lib/evidence-files.js), run here in Node.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_TYPES, maxUploadBytes } from './facts';

const require = createRequire(import.meta.url);
const files = require('../../../../pb_hooks/lib/evidence-files.js') as {
	sniff(bytes: number[], name: string, size: number): { ok: boolean; mime?: string; reason?: string };
	sanitiseName(name: string): string;
	maxBytes(getenv: (name: string) => string): number;
};

const bytes = (...parts: (string | number[])[]) => parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p));
const sniff = (b: number[], name: string) => files.sniff(b, name, b.length);

describe('evidence file sniffing', () => {
	it('recognises accepted types by their bytes, whatever the name', () => {
		expect(sniff(bytes('%PDF-1.7\n'), 'scan.jpg').mime).toBe('application/pdf');
		expect(sniff(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf').mime).toBe('image/png');
		expect(sniff(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'x').mime).toBe('image/jpeg');
		expect(sniff(bytes('GIF89a', [1, 0]), 'x').mime).toBe('image/gif');
		expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'x').mime).toBe('image/webp');
		expect(sniff(bytes('PK', [3, 4], 'xxxx[Content_Types].xml....word/document.xml'), 'memo.zip').mime).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(sniff(bytes('PK', [3, 4], 'xxxx[Content_Types].xml....xl/workbook.xml'), 'a').mime).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(sniff(bytes('PK', [3, 4], 'mimetypeapplication/vnd.oasis.opendocument.text'), 'a').mime).toBe(
			'application/vnd.oasis.opendocument.text'
		);
		expect(sniff(bytes('PK', [3, 4], 'readme.txt'), 'logs.zip').mime).toBe('application/zip');
		expect(sniff(bytes('PK', [3, 4], 'beyond the sniffed bytes'), 'plan.pptx').mime).toBe(
			'application/vnd.openxmlformats-officedocument.presentationml.presentation'
		);
		expect(sniff(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls').mime).toBe('application/vnd.ms-excel');
	});

	it('treats text as text (any encoding without NUL bytes), choosing CSV or JSON only by name', () => {
		expect(sniff(bytes('2026-04-01 fw01 DROP\n'), 'fw.log').mime).toBe('text/plain');
		expect(sniff([0x89, 0x50, 0x81, 0x43, 0x0a], 'sjis.csv').mime).toBe('text/csv');
		expect(sniff(bytes([0xef, 0xbb, 0xbf], 'a,b\n'), 'bom.csv').mime).toBe('text/csv');
		expect(sniff(bytes('{"a":1}'), 'events.json').mime).toBe('application/json');
		expect(sniff(bytes('\x1b[31mred\x1b[0m\n'), 'ansi.log').mime).toBe('text/plain');
		expect(sniff(bytes('plain'), 'looks.exe').mime).toBe('text/plain');
	});

	it('refuses programs, scripts, markup, unknown binaries and empty files', () => {
		expect(sniff(bytes('MZ', [0x90, 0]), 'report.pdf').reason).toBe('executable');
		expect(sniff(bytes([0x7f], 'ELF', [2, 1]), 'a.txt').reason).toBe('executable');
		expect(sniff(bytes([0xcf, 0xfa, 0xed, 0xfe]), 'a.png').reason).toBe('executable');
		expect(sniff(bytes('  #!/bin/sh\n'), 'a.log').reason).toBe('script');
		expect(sniff(bytes('<svg xmlns="http://www.w3.org/2000/svg">'), 'a.txt').reason).toBe('markup');
		expect(sniff(bytes('\r\n<!doctype html>'), 'a.csv').reason).toBe('markup');
		expect(sniff([1, 2, 3, 0, 5, 6], 'a.jpg').reason).toBe('unknown');
		expect(sniff(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'setup.msi').reason).toBe('ole_name');
		expect(files.sniff([], 'empty.txt', 0).reason).toBe('empty');
	});

	it('accepts only types PocketBase is told to accept', () => {
		for (const t of ACCEPTED_TYPES) expect(t.mime).toMatch(/^(application|image|text)\//);
		expect(ACCEPTED_TYPES.some((t) => t.mime.includes('svg') || t.mime.includes('html'))).toBe(false);
	});
});

describe('evidence file names', () => {
	it('keeps Japanese names and removes paths, controls, direction marks and reserved characters', () => {
		expect(files.sanitiseName('演習記録 2026.pdf')).toBe('演習記録 2026.pdf');
		expect(files.sanitiseName('C:\\Users\\x\\報告.docx')).toBe('報告.docx');
		expect(files.sanitiseName('../../etc/passwd')).toBe('passwd');
		expect(files.sanitiseName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
		expect(files.sanitiseName('a<b>:c"d|e?f*.txt')).toBe('a_b__c_d_e_f_.txt');
		expect(files.sanitiseName(' .hidden. ')).toBe('hidden');
		expect(files.sanitiseName('CON.txt')).toBe('_CON.txt');
		expect(files.sanitiseName('\u0000\u0007')).toBe('file');
	});

	it('shortens long names to 200 characters, keeping the extension', () => {
		const name = files.sanitiseName(`${'長'.repeat(300)}.pdf`);
		expect(name.length).toBe(200);
		expect(name.endsWith('.pdf')).toBe(true);
	});
});

describe('upload limit', () => {
	it('is 25 MB unless configured, in the hooks and the web server alike', () => {
		for (const setting of ['', '10', '0', '-5', 'abc', '999999', '1.5']) {
			expect(files.maxBytes(() => setting)).toBe(maxUploadBytes(setting));
		}
		expect(maxUploadBytes(undefined)).toBe(25 * 1024 * 1024);
		expect(maxUploadBytes('10')).toBe(10 * 1024 * 1024);
	});
});
