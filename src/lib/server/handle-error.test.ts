import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ClientResponseError } from 'pocketbase';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { describeUnexpected } from './handle-error';

const event = (lang: 'ja' | 'en' = 'ja') => ({
	request: new Request('http://localhost/orgs/x/selfcheck', { method: 'POST' }),
	url: new URL('http://localhost/orgs/x/selfcheck'),
	locals: { session: { lang } as App.Locals['session'] }
});

describe('handleError', () => {
	afterEach(() => vi.restoreAllMocks());

	it('gives a clean message with an error id, and logs one line with the same id', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const result = describeUnexpected({ error: new TypeError('boom'), event: event(), status: 500, message: 'Internal Error' });
		expect(result.message).toBe(messagesFor('ja').rejections.unexpected);
		expect(result.id).toMatch(/^[0-9a-f]{8}$/);
		expect(log).toHaveBeenCalledTimes(1);
		expect(String(log.mock.calls[0][0])).toBe(`[error ${result.id}] POST /orgs/x/selfcheck:`);
		expect(log.mock.calls[0][1]).toBeInstanceOf(TypeError);
	});

	it('tells a PocketBase answer truthfully, in the person’s language', () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const down = new ClientResponseError({ url: 'http://127.0.0.1:8090/api/x', status: 0, response: {} });
		expect(describeUnexpected({ error: down, event: event('en'), status: 500, message: '' }).message).toBe(
			messagesFor('en').common.backendDown
		);
	});

	it('does not log a page that does not exist', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(describeUnexpected({ error: new Error('Not found: /x'), event: event(), status: 404, message: 'Not Found' })).toEqual({
			message: 'Not Found'
		});
		expect(log).not.toHaveBeenCalled();
	});
});

describe('the unhandled-rejection safety net', () => {
	it('logs a rejection nobody handled, with an error id, and the process keeps running', () => {
		const module = fileURLToPath(new URL('./safety-net.ts', import.meta.url));
		const script = `import { installSafetyNet } from ${JSON.stringify(module)};
installSafetyNet();
Promise.reject(new Error('late write'));
setTimeout(() => console.log('still serving'), 50);`;
		const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
		const run = spawnSync(tsx, ['--input-type=module', '-e', script], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('still serving');
		expect(run.stderr).toMatch(/\[error [0-9a-f]{8}\] unhandled promise rejection .*late write/s);
	});
});
