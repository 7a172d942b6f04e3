/**
 * The organisation's risks as exercises and improvement actions link to
 * them: an exercise may take its scenario from a risk, a finding may name
 * the risks it bears on. Read with the user's token.
 */
import type PocketBase from 'pocketbase';
import type { RiskOption, ScenarioRisk } from '$lib/domain/plans/exercises';

export type { RiskOption };

/** Every risk of the organisation, by reference (closed ones too: an old finding may name one). */
export async function riskOptions(pb: PocketBase, org: string): Promise<RiskOption[]> {
	const risks = await pb.collection('risks').getFullList<{ id: string; ref: string; title: string; status: string }>({
		filter: pb.filter('organisation = {:org}', { org }),
		sort: 'ref',
		fields: 'id,ref,title,status'
	});
	return risks.map((r) => ({ id: r.id, ref: r.ref, title: r.title, closed: r.status === 'closed' }));
}

/** The risk an exercise's scenario is taken from; null when none was chosen (the hook refuses another organisation's). */
export async function scenarioRisk(pb: PocketBase, org: string, id: string): Promise<ScenarioRisk | null> {
	if (!id) return null;
	const risk = await pb
		.collection('risks')
		.getOne<{ organisation: string } & ScenarioRisk>(id, { fields: 'organisation,ref,title,scenario' });
	return risk.organisation === org ? { ref: risk.ref, title: risk.title, scenario: risk.scenario } : null;
}
