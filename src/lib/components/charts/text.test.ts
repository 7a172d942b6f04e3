import { describe, expect, it } from 'vitest';
import { fitText } from './text';

describe('fitText', () => {
	it('keeps short text and cuts long text with an ellipsis', () => {
		expect(fitText('Governance', 20)).toBe('Governance');
		expect(fitText('Governance and executive responsibility', 20)).toBe('Governance and exec…');
	});

	it('counts Japanese characters double', () => {
		expect(fitText('組織統治と経営層の責任', 10)).toBe('組織統治…');
		expect(fitText('組織統治', 8)).toBe('組織統治');
	});
});
