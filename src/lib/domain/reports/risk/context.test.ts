import { describe, expect, it } from 'vitest';
import { riskLevel } from '../../risks/criteria';
import { defaultCriteria } from '../../risks/criteria-defaults';
import { frozenAcceptance, frozenLevel } from '../../risks/testing/acceptance';
import { buildRiskContext } from './context';
import { ID, risk, snapshot } from './testing';

const content = defaultCriteria();
function accepted(current: { likelihood: number; impact: number }) {
	const snap = snapshot([risk(1, { treatment: 'accept', current })]);
	snap.acceptances.push({
		id: 'acceptance00001',
		risk: ID(1),
		status: 'signed',
		justification: '予備電源で運転を続けられる。',
		expiresAt: '2027-03-31T15:00:00.000Z',
		requestedBy: 'セキュリティ 花子',
		requestedAt: '2026-10-01T00:00:00.000Z',
		approval: { signerName: '経営 一郎', signedAt: '2026-10-02T00:00:00.000Z', statement: '', contentSha256: 'a'.repeat(64) },
		decision: null,
		revocation: null,
		snapshot: frozenAcceptance({
			id: 'acceptance00001',
			organisation: snap.organisation.id,
			risk: { ...frozenAcceptance().risk, id: ID(1), title: 'リスク1' },
			criteria: { id: 'criteria0000001', version: 1, contentSha256: 'f'.repeat(64) },
			levels: { inherent: null, current: frozenLevel(2, 2, riskLevel(content, 2, 2) ?? 0), target: null },
			controls: []
		})
	});
	return buildRiskContext(snap, 'ja').rows[0].decision;
}

describe('risk report context', () => {
	it('a valid acceptance stands while the risk is as accepted, and asks for approval again once it got worse', () => {
		expect(accepted({ likelihood: 2, impact: 2 })).toBe('accepted');
		expect(accepted({ likelihood: 5, impact: 5 })).toBe('reapproval');
	});
});
