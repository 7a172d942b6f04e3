/**
 * Where the plan area's reports come from (registered in
 * src/lib/server/reports/sources.ts): snapshot loaders that read everything
 * once with the user's token, and the subjects the Reports page offers.
 */
import type PocketBase from 'pocketbase';
import { fiscalYearAt } from '$lib/domain/reports/plans/common';
import { exerciseReportKind, type ExerciseReportSnapshot } from '$lib/domain/reports/plans/exercise-report';
import { incidentReportKind } from '$lib/domain/reports/plans/incident-report';
import type { IncidentReportSnapshot } from '$lib/domain/reports/plans/incident-snapshot';
import { planReportKind } from '$lib/domain/reports/plans/plan-kind';
import type { PlanReportSnapshot } from '$lib/domain/reports/plans/plan-snapshot';
import { reportTitle } from '$lib/domain/incidents/report-text';
import { PLAN_KIND_NAMES } from '$lib/domain/plans/templates';
import { messagesFor } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { now } from '$lib/server/clock';
import type { OrganisationRecord } from '$lib/server/records';
import type { ReportSource } from '$lib/server/reports/sources';
import { storedItemRefs, checklistItems } from './actions';
import { loadPlanSources } from './context';
import type { ActionRecord, ExerciseRecord, TimelineRecord } from './exercise-records';
import { loadExercised } from './exercised';
import { riskOptions } from './risk-options';
import { riskLabel } from '$lib/domain/plans/exercises';
import type { IncidentRecord, IncidentReportRecord } from './incident-records';
import { isoOrNull, loadIncidentReportSnapshot, organisationPart } from './incident-snapshot';
import type { PlanRecord, PlanVersionRecord, SignoffRecord } from './records';

const dateOnly = (value: string) => value.slice(0, 10);

export async function loadPlanReportSnapshot(pb: PocketBase, versionId: string): Promise<PlanReportSnapshot> {
	const version = await pb.collection('plan_versions').getOne<PlanVersionRecord>(versionId);
	const [plan, org, approvals, generatedAt] = await Promise.all([
		pb.collection('plans').getOne<PlanRecord>(version.plan),
		pb.collection('organisations').getOne<OrganisationRecord>(version.organisation),
		pb.collection('signoffs').getFullList<SignoffRecord>({
			filter: pb.filter('organisation = {:o} && subject_collection = "plan_versions" && subject_id = {:id}', {
				o: version.organisation,
				id: version.id
			})
		}),
		now()
	]);
	const [sources, exercised] = await Promise.all([loadPlanSources(pb, org.id, org.sector), loadExercised(pb, org.id, plan.kind)]);
	const byId = new Map(sources.contacts.map((c) => [c.id, c]));
	const approval = approvals[0];
	return {
		schemaVersion: 1,
		organisation: organisationPart(org),
		plan: { id: plan.id, kind: plan.kind, title: version.title },
		version: {
			id: version.id,
			number: version.number,
			status: version.status,
			createdAt: isoOrNull(version.created) ?? generatedAt.toISOString(),
			authorName: version.author_name
		},
		approval:
			version.status === 'signed' && approval
				? {
						signerName: approval.signer_name,
						signedAt: isoOrNull(version.signed_at) ?? isoOrNull(approval.created) ?? generatedAt.toISOString(),
						statement: approval.statement,
						contentSha256: approval.content_sha256
					}
				: null,
		content: version.content as PlanReportSnapshot['content'],
		services: sources.context.services,
		dependencies: sources.context.dependencies,
		contacts: sources.contacts.map((c) => ({
			id: c.id,
			category: c.category,
			name: c.name,
			affiliation: c.affiliation,
			role: c.role,
			phone: c.phone,
			phoneAlt: c.phone_alt,
			email: c.email,
			hours: c.hours,
			deputyName: c.deputy ? (byId.get(c.deputy)?.name ?? '') : ''
		})),
		exercised: {
			last: exercised.last ? { title: exercised.last.title, heldOn: dateOnly(exercised.last.held_on) } : null,
			open: exercised.open.map((a) => ({
				finding: a.finding,
				owner: a.owner,
				dueDate: a.due_date ? dateOnly(a.due_date) : null,
				status: a.status,
				sections: a.plan_sections
			}))
		},
		generatedAt: generatedAt.toISOString()
	};
}

export const planReportSource: ReportSource<PlanReportSnapshot> = {
	kind: planReportKind,
	load: loadPlanReportSnapshot,
	async subjects(pb, organisationId, language) {
		const m = messagesFor(language);
		const org = await pb.collection('organisations').getOne<OrganisationRecord>(organisationId, { fields: 'id,fy_start_month' });
		const plans = await pb.collection('plans').getFullList<PlanRecord>({ filter: pb.filter('organisation = {:o}', { o: organisationId }) });
		const options = [];
		for (const plan of plans) {
			const versions = await pb.collection('plan_versions').getFullList<PlanVersionRecord>({
				filter: pb.filter('plan = {:p}', { p: plan.id }),
				sort: '-number',
				fields: 'id,number,status,created,signed_at'
			});
			// every approved version, and the newest one when it is not approved
			const offered = versions.filter((v, i) => v.status === 'signed' || i === 0);
			for (const v of offered) {
				const status = v.status === 'signed' ? ('signed' as const) : ('draft' as const);
				options.push({
					id: v.id,
					label: `${PLAN_KIND_NAMES[plan.kind][language]} · ${m.plans.version(v.number)} · ${m.plans.status[v.status]}`,
					fiscalYear: fiscalYearAt(isoOrNull(v.signed_at || v.created) ?? new Date().toISOString(), org.fy_start_month),
					status
				});
			}
		}
		return options;
	}
};

export async function loadExerciseReportSnapshot(pb: PocketBase, exerciseId: string): Promise<ExerciseReportSnapshot> {
	const exercise = await pb.collection('exercises').getOne<ExerciseRecord>(exerciseId);
	const byExercise = pb.filter('exercise = {:e}', { e: exercise.id });
	const [org, timeline, actions, generatedAt, risks] = await Promise.all([
		pb.collection('organisations').getOne<OrganisationRecord>(exercise.organisation),
		pb.collection('timeline_entries').getFullList<TimelineRecord>({ filter: byExercise, sort: 'at,created' }),
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: byExercise, sort: 'created' }),
		now(),
		riskOptions(pb, exercise.organisation)
	]);
	const items = await checklistItems(pb, org.id, 'ja');
	const riskName = new Map(risks.map((r) => [r.id, riskLabel(r)]));
	return {
		schemaVersion: 1,
		organisation: organisationPart(org),
		exercise: {
			id: exercise.id,
			title: exercise.title,
			kind: exercise.kind,
			heldOn: dateOnly(exercise.held_on),
			planKinds: exercise.plan_kinds,
			scenario: exercise.scenario,
			scenarioRisk: riskName.get(exercise.risk) ?? null,
			objectives: exercise.objectives,
			participants: exercise.participants,
			observations: exercise.observations
		},
		timeline: timeline.map((t) => ({ at: isoOrNull(t.at) ?? generatedAt.toISOString(), kind: t.kind, actor: t.actor, body: t.body })),
		findings: actions.map((a) => ({
			finding: a.finding,
			action: a.action,
			owner: a.owner,
			dueDate: a.due_date ? dateOnly(a.due_date) : null,
			status: a.status,
			closedAt: isoOrNull(a.closed_at),
			closureNote: a.closure_note,
			sections: a.plan_sections,
			risks: (a.risks ?? []).flatMap((id) => riskName.get(id) ?? []),
			items: storedItemRefs(a.checklist_items).map((ref) => ({ ref, title: items.get(ref) ?? '' }))
		})),
		generatedAt: generatedAt.toISOString()
	};
}

export const exerciseReportSource: ReportSource<ExerciseReportSnapshot> = {
	kind: exerciseReportKind,
	load: loadExerciseReportSnapshot,
	async subjects(pb, organisationId, language) {
		const org = await pb.collection('organisations').getOne<OrganisationRecord>(organisationId, { fields: 'id,fy_start_month' });
		const exercises = await pb.collection('exercises').getFullList<ExerciseRecord>({
			filter: pb.filter('organisation = {:o}', { o: organisationId }),
			sort: '-held_on',
			fields: 'id,title,held_on'
		});
		return exercises.map((e) => ({
			id: e.id,
			label: `${formatDate(e.held_on, language)} · ${e.title}`,
			fiscalYear: fiscalYearAt(`${dateOnly(e.held_on)}T00:00:00+09:00`, org.fy_start_month),
			status: 'draft' as const
		}));
	}
};

export const incidentReportSource: ReportSource<IncidentReportSnapshot> = {
	kind: incidentReportKind,
	load: loadIncidentReportSnapshot,
	async subjects(pb, organisationId, language) {
		const org = await pb.collection('organisations').getOne<OrganisationRecord>(organisationId, { fields: 'id,fy_start_month' });
		const reports = await pb.collection('incident_reports').getFullList<IncidentReportRecord & { expand?: { incident?: IncidentRecord } }>({
			filter: pb.filter('organisation = {:o}', { o: organisationId }),
			sort: '-created',
			expand: 'incident',
			fields: 'id,number,status,created,expand.incident.title,expand.incident.detected_at'
		});
		return reports.map((r) => ({
			id: r.id,
			label: `${r.expand?.incident?.title ?? ''} · ${reportTitle(r.number, language)}`,
			fiscalYear: fiscalYearAt(
				isoOrNull(r.expand?.incident?.detected_at ?? '') ?? isoOrNull(r.created) ?? new Date().toISOString(),
				org.fy_start_month
			),
			status: 'draft' as const
		}));
	}
};
