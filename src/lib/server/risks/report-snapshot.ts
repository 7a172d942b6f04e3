/**
 * Reads the risk report's snapshot ONCE with the user's own token and
 * validates it (domain/reports/risk/snapshot.ts); the acceptance sheet's
 * smaller snapshot likewise. Everything the PDFs show comes from here.
 */
import type PocketBase from 'pocketbase';
import { effectiveStatus, parseSnapshot } from '$lib/domain/risks/acceptance';
import { parseCriteria } from '$lib/domain/risks/criteria';
import { fiscalYearInJapan, jstDate } from '$lib/domain/risks/dates';
import { parseRiskSnapshot, type RiskSnapshot } from '$lib/domain/reports/risk/snapshot';
import { parseSheetSnapshot, type SheetSnapshot } from '$lib/domain/reports/risk/sheet';
import { now as serverNow } from '$lib/server/clock';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord, OrganisationRecord } from '$lib/server/records';
import { latestControls } from './controls';
import type { PlanRef } from './detail';
import { signoffsOf, type CriteriaRecord } from './criteria';
import { iso, toAcceptanceInput, type AcceptanceRecord, type ActionRecord, type ReviewRecord, type RiskRecord } from './records';

const day = (pbDate: string): string | null => (pbDate ? pbDate.slice(0, 10) : null);
const pad = (n: number) => String(n).padStart(2, '0');

function organisation(org: OrganisationRecord) {
	return {
		id: org.id,
		name: org.name,
		nameEn: org.name_en,
		sector: org.sector,
		operatorClass: org.operator_class,
		fyStartMonth: org.fy_start_month
	};
}

export async function loadRiskSnapshot(pb: PocketBase, organisationId: string): Promise<RiskSnapshot> {
	const org = await pb.collection('organisations').getOne<OrganisationRecord>(organisationId);
	const filter = pb.filter('organisation = {:org}', { org: org.id });
	const [
		now,
		criteria,
		criteriaSignoffs,
		services,
		systems,
		dependencies,
		risks,
		actions,
		acceptances,
		acceptanceSignoffs,
		reviews,
		controls,
		plans
	] = await Promise.all([
		serverNow(),
		pb.collection('risk_criteria').getFullList<CriteriaRecord>({ filter: `${filter} && status = "signed"`, sort: 'version' }),
		signoffsOf(pb, org.id, 'risk_criteria'),
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('risks').getFullList<RiskRecord>({ filter, sort: 'ref' }),
		pb.collection('risk_actions').getFullList<ActionRecord>({ filter, sort: 'due_date,created' }),
		pb.collection('risk_acceptances').getFullList<AcceptanceRecord>({ filter, sort: 'created' }),
		signoffsOf(pb, org.id, 'risk_acceptances'),
		pb.collection('risk_reviews').getFullList<ReviewRecord>({ filter, sort: 'reviewed_at' }),
		latestControls(pb, org.id, { sector: org.sector, operatorClass: org.operator_class }),
		pb.collection('plans').getFullList<PlanRef>({ filter, fields: 'id,kind,title' })
	]);
	const planById = new Map(plans.map((p) => [p.id, { kind: p.kind, title: p.title }]));
	const fiscalYear = fiscalYearInJapan(now, org.fy_start_month);
	const fiscalYearStart = `${fiscalYear}-${pad(org.fy_start_month)}-01`;
	const baseline = new Map<string, ReviewRecord>();
	for (const review of reviews) if (jstDate(review.reviewed_at) < fiscalYearStart) baseline.set(review.risk, review);
	const rating = (l: number, i: number) => (l > 0 && i > 0 ? { likelihood: l, impact: i } : null);
	return parseRiskSnapshot({
		schemaVersion: 1,
		organisation: organisation(org),
		fiscalYear,
		fiscalYearStart,
		criteria: criteria.flatMap((c) => {
			const content = parseCriteria(c.content);
			const signoff = criteriaSignoffs.get(c.id);
			return content && signoff
				? [
						{
							id: c.id,
							version: c.version,
							content,
							contentSha256: c.content_sha256,
							approvedBy: signoff.signerName,
							approvedAt: iso(signoff.created)
						}
					]
				: [];
		}),
		services: services.map((s) => ({ id: s.id, name: s.name })),
		systems: systems.map((s) => ({ id: s.id, name: s.name })),
		dependencies: dependencies.map((d) => ({ id: d.id, name: d.name })),
		risks: risks.map((r) => {
			const base = baseline.get(r.id);
			const ratings = (base?.ratings ?? null) as { criteria?: string; current?: { likelihood: number; impact: number } | null } | null;
			return {
				id: r.id,
				ref: r.ref,
				title: r.title,
				category: r.category,
				threat: r.threat,
				scenario: r.scenario,
				owner: r.owner,
				status: r.status,
				closedReason: r.closed_reason,
				services: r.services,
				systems: r.systems,
				dependencies: r.dependencies,
				criteria: r.criteria,
				inherent: rating(r.inherent_likelihood, r.inherent_impact),
				current: rating(r.current_likelihood, r.current_impact),
				target: rating(r.target_likelihood, r.target_impact),
				treatment: r.treatment,
				treatmentPlan: r.treatment_plan,
				controls: r.controls,
				controlItems: (r.control_items ?? []).map((key) => ({
					key,
					title: controls.items.find((i) => i.key === key)?.title.ja ?? key,
					status: controls.status(key)
				})),
				created: iso(r.created),
				updated: iso(r.updated),
				reviewedAt: r.reviewed_at ? iso(r.reviewed_at) : null,
				baseline:
					base && ratings ? { criteria: ratings.criteria ?? '', current: ratings.current ?? null, reviewedAt: iso(base.reviewed_at) } : null
			};
		}),
		actions: actions.map((a) => ({
			id: a.id,
			risk: a.risk,
			title: a.title,
			owner: a.owner,
			dueDate: day(a.due_date),
			status: a.status,
			completedOn: day(a.completed_on),
			plans: (a.plans ?? []).flatMap((id) => planById.get(id) ?? [])
		})),
		acceptances: acceptances.map((a) => {
			const signoff = acceptanceSignoffs.get(a.id);
			return {
				id: a.id,
				risk: a.risk,
				status: effectiveStatus(toAcceptanceInput(a), now),
				justification: a.justification,
				expiresAt: iso(a.expires_at),
				requestedBy: a.requested_by_name,
				requestedAt: iso(a.created),
				approval: signoff
					? {
							signerName: signoff.signerName,
							signedAt: iso(signoff.created),
							statement: signoff.statement,
							contentSha256: signoff.contentSha256
						}
					: null,
				decision: a.decided_at ? { by: a.decided_by_name, at: iso(a.decided_at), comment: a.decision_comment } : null,
				revocation: a.revoked_at ? { by: a.revoked_by_name, at: iso(a.revoked_at), reason: a.revoked_reason } : null,
				snapshot: a.status === 'requested' ? null : parseSnapshot(a.snapshot)
			};
		}),
		selfcheckFiscalYear: controls.assessment?.fiscalYear ?? null,
		generatedAt: now.toISOString()
	});
}

export async function loadSheetSnapshot(pb: PocketBase, acceptanceId: string): Promise<SheetSnapshot> {
	const a = await pb.collection('risk_acceptances').getOne<AcceptanceRecord>(acceptanceId);
	const [org, signoffs, now] = await Promise.all([
		pb.collection('organisations').getOne<OrganisationRecord>(a.organisation),
		signoffsOf(pb, a.organisation, 'risk_acceptances'),
		serverNow()
	]);
	const signoff = signoffs.get(a.id);
	if (!signoff) throw new Error('only an approved acceptance has a sheet');
	return parseSheetSnapshot({
		schemaVersion: 1,
		organisation: organisation(org),
		fiscalYear: fiscalYearInJapan(iso(signoff.created), org.fy_start_month),
		acceptance: {
			id: a.id,
			status: effectiveStatus(toAcceptanceInput(a), now),
			requestedAt: iso(a.created),
			approval: {
				signerName: signoff.signerName,
				signedAt: iso(signoff.created),
				statement: signoff.statement,
				contentSha256: signoff.contentSha256
			},
			revocation: a.revoked_at ? { by: a.revoked_by_name, at: iso(a.revoked_at), reason: a.revoked_reason } : null,
			snapshot: a.snapshot
		},
		generatedAt: now.toISOString()
	});
}
