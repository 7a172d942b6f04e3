import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './redirect-target';

const ORIGIN = 'https://mamori.example.jp';

describe('sameOriginPath', () => {
	it('keeps paths of this site, with query and fragment', () => {
		expect(sameOriginPath('/orgs/abc/selfcheck?tab=open#item-3', ORIGIN)).toBe('/orgs/abc/selfcheck?tab=open#item-3');
		expect(sameOriginPath('/', ORIGIN)).toBe('/');
		expect(sameOriginPath('/invite/' + 'a'.repeat(48), ORIGIN)).toBe('/invite/' + 'a'.repeat(48));
	});

	it('sends every other target home', () => {
		for (const target of [
			'//evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'/%5Cevil.example',
			'/%2F/evil.example',
			'%2F%2Fevil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'https://evil.example',
			'http:evil.example',
			'javascript:alert(1)',
			'evil.example',
			'/%E0%A4%A',
			'',
			null,
			undefined
		]) {
			expect(sameOriginPath(target, ORIGIN), String(target)).toBe('/');
		}
	});

	it('uses the fallback given', () => {
		expect(sameOriginPath('//x', ORIGIN, '/orgs')).toBe('/orgs');
	});
});
