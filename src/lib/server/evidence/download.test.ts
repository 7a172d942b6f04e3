import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { disposition, fetchUnlessGone, fileHeaders } from './download';

describe('serving evidence files', () => {
	it('answers nothing, without an error, when the browser left before PocketBase answered', async () => {
		const server = createServer((_req, res) => setTimeout(() => res.end('late'), 2000));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const browser = new AbortController();
		const pending = fetchUnlessGone(`http://127.0.0.1:${port}/`, {}, browser.signal);
		setTimeout(() => browser.abort(), 50);
		expect(await pending).toBeNull();
		server.closeAllConnections();
		server.close();
	});

	it('still reports a PocketBase that cannot be reached', async () => {
		await expect(fetchUnlessGone('http://127.0.0.1:1/', {}, new AbortController().signal)).rejects.toThrow();
	});

	it('shows only images and PDFs inline, never lets the browser guess the type, and names the file in UTF-8', () => {
		const pdf = fileHeaders('application/pdf', '規程.pdf', true, '10');
		expect(pdf.get('content-disposition')).toBe(disposition('inline', '規程.pdf'));
		expect(pdf.get('content-disposition')).toContain("filename*=UTF-8''%E8%A6%8F%E7%A8%8B.pdf");
		expect(pdf.get('x-content-type-options')).toBe('nosniff');
		expect(pdf.get('content-length')).toBe('10');
		expect(fileHeaders('text/plain', 'a.txt', true, null).get('content-disposition')).toMatch(/^attachment;/);
		expect(fileHeaders('application/zip', 'a.zip', true, null).get('content-disposition')).toMatch(/^attachment;/);
	});
});
