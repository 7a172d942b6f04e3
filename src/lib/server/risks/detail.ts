/**
 * One risk with everything its page shows: profile records it points at,
 * criteria versions, its actions, acceptances, reviews, the controls it can
 * rely on (latest self-check) and, for those who may read it, its history
 * from the audit trail.
 */
import type PocketBase from 'pocketbase';
import type { PlanKind } from '$lib/domain/plans/templates';
import { decisionOf, effectiveStatus, withChanges } from '$lib/domain/risks/acceptance';
import { evaluate } from '$lib/domain/risks/register';
import type { Applicant } from '$lib/domain/selfcheck/view/items';
import { now as serverNow } from '$lib/server/clock';
import type { AuditEntryRecord, CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '$lib/server/records';
import { loadCriteria } from './criteria';
import { latestControls } from './controls';
import { riskEvidence } from './evidence';
import { changesSinceAcceptance } from './reapproval';
import { toAcceptanceInput, toRiskInput, type AcceptanceRecord, type ActionRecord, type ReviewRecord, type RiskRecord } from './records';

/** A plan a treatment action can name (one per kind and organisation). */
export interface PlanRef {
	id: string;
	kind: PlanKind;
	title: string;
}

export async function loadRisk(pb: PocketBase, org: string, id: string, applicant: Applicant, readAudit: boolean, canLink = false) {
	const risk = await pb.collection('risks').getOne<RiskRecord>(id);
	if (risk.organisation !== org) throw Object.assign(new Error('not found'), { status: 404 });
	const filter = pb.filter('organisation = {:org}', { org });
	const own = pb.filter('risk = {:risk}', { risk: id });
	const [now, versions, services, systems, dependencies, actions, acceptances, reviews, controls, plans] = await Promise.all([
		serverNow(),
		loadCriteria(pb, org),
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name', fields: 'id,name,direction' }),
		pb.collection('risk_actions').getFullList<ActionRecord>({ filter: own, sort: 'due_date,created' }),
		pb.collection('risk_acceptances').getFullList<AcceptanceRecord>({ filter: own, sort: '-created' }),
		pb.collection('risk_reviews').getFullList<ReviewRecord>({ filter: own, sort: '-reviewed_at' }),
		latestControls(pb, org, applicant),
		pb.collection('plans').getFullList<PlanRef>({ filter, sort: 'kind', fields: 'id,kind,title' })
	]);
	const related = [id, ...actions.map((a) => a.id), ...acceptances.map((a) => a.id), ...reviews.map((r) => r.id)];
	const history = readAudit
		? await pb.collection('audit_log').getFullList<AuditEntryRecord>({
				filter: related.map((r, k) => pb.filter(`record_id = {:r${k}}`, { [`r${k}`]: r })).join(' || '),
				sort: '-created'
			})
		: null;
	const evidence = await riskEvidence(
		pb,
		org,
		[
			{ type: 'risk', id },
			...actions.map((a) => ({ type: 'risk_action' as const, id: a.id })),
			...acceptances.map((a) => ({ type: 'risk_acceptance' as const, id: a.id }))
		],
		canLink
	);
	const evaluated = evaluate(toRiskInput(risk), versions, now);
	const { decision, acceptance } = decisionOf(evaluated, acceptances.map(toAcceptanceInput), now);
	const valid = decision === 'accepted' ? acceptances.find((a) => a.id === acceptance?.id) : undefined;
	const changes = valid ? changesSinceAcceptance(valid, risk, evaluated, controls.status) : [];
	return {
		now: now.toISOString(),
		risk,
		evaluated,
		decision: withChanges(decision, changes),
		changes,
		latestAcceptance: acceptance?.id ?? null,
		versions,
		services,
		systems,
		dependencies: dependencies.filter((d) => d.direction === 'upstream'),
		actions,
		plans,
		acceptances: acceptances.map((a) => ({ ...a, status: effectiveStatus(toAcceptanceInput(a), now) })),
		reviews,
		controls: {
			assessment: controls.assessment,
			items: controls.items,
			linked: (risk.control_items ?? []).map((key) => ({
				key,
				status: controls.status(key),
				title: controls.items.find((i) => i.key === key)?.title ?? null
			}))
		},
		history,
		evidence
	};
}
