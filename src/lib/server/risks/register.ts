/**
 * Everything the risk pages read, once per request, with the user's own
 * token: risks, criteria versions, acceptances, actions, reviews and the
 * profile records they point at; evaluated with the domain functions and the
 * server clock.
 */
import type PocketBase from 'pocketbase';
import { decisionOf, effectiveStatus, withChanges, type MaterialChange } from '$lib/domain/risks/acceptance';
import { isOverdue } from '$lib/domain/risks/forms';
import { evaluate, type EvaluatedRisk } from '$lib/domain/risks/register';
import type { CriteriaVersionView } from '$lib/server/risks/criteria';
import { loadCriteria } from '$lib/server/risks/criteria';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord, OrganisationRecord } from '$lib/server/records';
import { now as serverNow } from '$lib/server/clock';
import { latestControls, type ControlStatus } from './controls';
import { changesSinceAcceptance, snapshotsHaveControls } from './reapproval';
import {
	ACCEPTANCE_INDEX_FIELDS,
	toAcceptanceInput,
	toRiskInput,
	type AcceptanceIndexRecord,
	type AcceptanceRecord,
	type ActionIndexRecord,
	type ActionRecord,
	type RiskIndexRecord,
	type RiskRecord
} from './records';

export interface RegisterRow extends EvaluatedRisk {
	owner: string;
	decision: ReturnType<typeof decisionOf>['decision'];
	acceptanceId: string | null;
	/** What got worse since the valid acceptance (then `decision` is 'reapproval'). */
	changes: MaterialChange[];
	overdueActions: number;
	openActions: number;
}

export interface Register {
	now: string;
	versions: CriteriaVersionView[];
	risks: RiskRecord[];
	rows: RegisterRow[];
	acceptances: AcceptanceRecord[];
	actions: ActionRecord[];
	services: Pick<CriticalServiceRecord, 'id' | 'name'>[];
	systems: Pick<ImportantSystemRecord, 'id' | 'name' | 'services' | 'owner'>[];
	dependencies: DependencyRecord[];
}

export async function loadRegister(pb: PocketBase, org: string): Promise<Register> {
	const filter = pb.filter('organisation = {:org}', { org });
	const [now, versions, risks, acceptances, actions, services, systems, dependencies] = await Promise.all([
		serverNow(),
		loadCriteria(pb, org),
		pb.collection('risks').getFullList<RiskRecord>({ filter, sort: 'ref' }),
		pb.collection('risk_acceptances').getFullList<AcceptanceRecord>({ filter, sort: '-created' }),
		pb.collection('risk_actions').getFullList<ActionRecord>({ filter, sort: 'due_date' }),
		pb.collection('critical_services').getFullList<Pick<CriticalServiceRecord, 'id' | 'name'>>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<Pick<ImportantSystemRecord, 'id' | 'name' | 'services' | 'owner'>>({
			filter,
			sort: 'name',
			fields: 'id,name,services,owner'
		}),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name' })
	]);
	const rows = await evaluateRows(pb, org, { now, versions, risks, acceptances, actions });
	const shown = acceptances.map((a) => ({ ...a, status: effectiveStatus(toAcceptanceInput(a), now) }));
	return { now: now.toISOString(), versions, risks, rows, acceptances: shown, actions, services, systems, dependencies };
}

export interface RegisterIndex {
	now: string;
	versions: CriteriaVersionView[];
	rows: RegisterRow[];
}

/**
 * The register's rows for pages that count every risk but show a page of
 * them: acceptances without their texts (their snapshots are large). Risks
 * and actions are read whole: PocketBase's `fields` picker re-encodes every
 * record and made reading 160 risks 2.4× slower (58 vs 24 ms, measured
 * interleaved), more than the dropped columns save.
 */
export async function loadRegisterIndex(pb: PocketBase, org: string): Promise<RegisterIndex> {
	const filter = pb.filter('organisation = {:org}', { org });
	const [now, versions, risks, acceptances, actions] = await Promise.all([
		serverNow(),
		loadCriteria(pb, org),
		pb.collection('risks').getFullList<RiskIndexRecord>({ filter, sort: 'ref' }),
		pb
			.collection('risk_acceptances')
			.getFullList<AcceptanceIndexRecord>({ filter, sort: '-created', fields: ACCEPTANCE_INDEX_FIELDS.join(',') }),
		pb.collection('risk_actions').getFullList<ActionIndexRecord>({ filter, sort: 'due_date' })
	]);
	return { now: now.toISOString(), versions, rows: await evaluateRows(pb, org, { now, versions, risks, acceptances, actions }) };
}

interface RegisterReads {
	now: Date;
	versions: CriteriaVersionView[];
	risks: RiskIndexRecord[];
	acceptances: AcceptanceIndexRecord[];
	actions: ActionIndexRecord[];
}

/** Each risk evaluated with its own criteria version, its decision (acceptances, changes since approval) and its actions. */
async function evaluateRows(
	pb: PocketBase,
	org: string,
	{ now, versions, risks, acceptances, actions }: RegisterReads
): Promise<RegisterRow[]> {
	const byRisk = <T extends { risk: string }>(list: T[]) => {
		const map = new Map<string, T[]>();
		for (const item of list) map.set(item.risk, [...(map.get(item.risk) ?? []), item]);
		return map;
	};
	const accepted = byRisk(acceptances);
	const acted = byRisk(actions);
	const decided = risks.map((record) => {
		const evaluated = evaluate(toRiskInput(record), versions, now);
		const { decision, acceptance } = decisionOf(evaluated, (accepted.get(record.id) ?? []).map(toAcceptanceInput), now);
		const valid = decision === 'accepted' ? acceptances.find((a) => a.id === acceptance?.id) : undefined;
		return { record, evaluated, decision, acceptance, valid };
	});
	const control = await controlStatus(
		pb,
		org,
		decided.flatMap((d) => (d.valid ? [d.valid] : []))
	);
	return decided.map(({ record, evaluated, decision, acceptance, valid }): RegisterRow => {
		const changes = valid ? changesSinceAcceptance(valid, record, evaluated, control) : [];
		const own = acted.get(record.id) ?? [];
		return {
			...evaluated,
			owner: record.owner,
			decision: withChanges(decision, changes),
			acceptanceId: acceptance?.id ?? null,
			changes,
			overdueActions: own.filter((a) => isOverdue(a, now)).length,
			openActions: own.filter((a) => a.status === 'planned' || a.status === 'in_progress').length
		};
	});
}

/** Answers of the latest self-check, read only when a valid approval froze controls to compare with. */
async function controlStatus(
	pb: PocketBase,
	org: string,
	valid: Pick<AcceptanceRecord, 'snapshot'>[]
): Promise<(key: string) => ControlStatus> {
	if (!snapshotsHaveControls(valid)) return () => 'not_in_selfcheck';
	const record = await pb.collection('organisations').getOne<OrganisationRecord>(org, { fields: 'sector,operator_class' });
	const controls = await latestControls(pb, org, { sector: record.sector, operatorClass: record.operator_class });
	return controls.status;
}
