/**
 * Risk acceptances as the acceptance pages read them: the one register of all
 * acceptances with their approvals, and one acceptance with what an approval
 * froze (or, while requested, what it would freeze now — from PocketBase's
 * preview route, so the executive approves exactly the content hashed) and
 * what has changed for the worse since.
 */
import type PocketBase from 'pocketbase';
import { effectiveStatus, parseSnapshot, type AcceptanceSnapshot } from '$lib/domain/risks/acceptance';
import { evaluate } from '$lib/domain/risks/register';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import { now as serverNow } from '$lib/server/clock';
import { loadCriteria, signoffsOf } from './criteria';
import { latestControls } from './controls';
import { riskEvidence } from './evidence';
import { changesSinceAcceptance } from './reapproval';
import { toAcceptanceInput, toRiskInput, type AcceptanceRecord, type RiskRecord } from './records';

export async function loadAcceptances(pb: PocketBase, org: string) {
	const filter = pb.filter('organisation = {:org}', { org });
	const [now, acceptances, risks, signoffs] = await Promise.all([
		serverNow(),
		pb.collection('risk_acceptances').getFullList<AcceptanceRecord>({
			filter,
			sort: '-created',
			fields: 'id,organisation,risk,status,expires_at,created,requested_by_name,content_sha256,decided_by_name,revoked_by_name'
		}),
		pb.collection('risks').getFullList<RiskRecord>({ filter, fields: 'id,ref,title,status' }),
		signoffsOf(pb, org, 'risk_acceptances')
	]);
	const byId = new Map(risks.map((r) => [r.id, r]));
	return {
		now: now.toISOString(),
		acceptances: acceptances.map((a) => ({
			id: a.id,
			status: effectiveStatus(toAcceptanceInput(a), now),
			expiresAt: a.expires_at,
			created: a.created,
			requestedBy: a.requested_by_name,
			risk: byId.get(a.risk) ? { id: a.risk, ref: byId.get(a.risk)?.ref ?? '', title: byId.get(a.risk)?.title ?? '' } : null,
			signoff: signoffs.get(a.id) ?? null,
			contentSha256: a.content_sha256,
			decidedBy: a.decided_by_name,
			revokedBy: a.revoked_by_name
		}))
	};
}

export async function loadAcceptance(pb: PocketBase, org: string, id: string, applicant: Applicant, canLink = false) {
	const record = await pb.collection('risk_acceptances').getOne<AcceptanceRecord>(id);
	if (record.organisation !== org) throw Object.assign(new Error('not found'), { status: 404 });
	const [now, risk, versions, signoffs, controls, evidence] = await Promise.all([
		serverNow(),
		pb.collection('risks').getOne<RiskRecord>(record.risk),
		loadCriteria(pb, org),
		signoffsOf(pb, org, 'risk_acceptances'),
		latestControls(pb, org, applicant),
		riskEvidence(pb, org, [{ type: 'risk_acceptance', id }], canLink && record.status === 'requested')
	]);
	const status = effectiveStatus(toAcceptanceInput(record), now);
	let snapshot: AcceptanceSnapshot | null;
	let previewSha256: string | null = null;
	if (record.status === 'requested') {
		const preview = await pb.send<{ content: unknown; sha256: string }>(`/api/mamori/risk-acceptances/${id}/preview`, { method: 'GET' });
		snapshot = parseSnapshot(preview.content);
		previewSha256 = preview.sha256;
	} else {
		snapshot = parseSnapshot(record.snapshot);
	}
	const evaluated = evaluate(toRiskInput(risk), versions, now);
	const changes = status === 'signed' || status === 'expired' ? changesSinceAcceptance(record, risk, evaluated, controls.status) : [];
	return {
		now: now.toISOString(),
		acceptance: { ...record, status, snapshot: null },
		snapshot,
		previewSha256,
		signoff: signoffs.get(id) ?? null,
		risk: { id: risk.id, ref: risk.ref, title: risk.title, status: risk.status },
		changes,
		evidence
	};
}
