/**
 * What the plans are built on, read with the user's token: the profile's
 * critical services and important systems (their dependencies), the
 * organisation's sector, and the contact register.
 */
import type PocketBase from 'pocketbase';
import { hoursToMinutes } from '$lib/domain/plans/durations';
import type { ProfileDependency, ProfileService } from '$lib/domain/plans/content';
import type { PlanContext } from '$lib/domain/plans/gaps';
import { DEPENDENCIES } from '$lib/domain/organisation';
import type { SectorCode } from '$lib/domain/sectors';
import { messagesFor } from '$lib/i18n';
import type { CriticalServiceRecord, ImportantSystemRecord } from '$lib/server/records';
import type { ContactRecord } from './contact-records';

export interface PlanSources {
	context: PlanContext;
	contacts: ContactRecord[];
	systems: ImportantSystemRecord[];
}

/** One row per (important system, dependency kind) the profile records. */
export function profileDependencies(systems: ImportantSystemRecord[]): ProfileDependency[] {
	const ja = messagesFor('ja').org.systems.dependencies;
	const en = messagesFor('en').org.systems.dependencies;
	return systems.flatMap((system) =>
		DEPENDENCIES.filter((d) => system.depends_on.includes(d)).map((d) => ({
			key: `${system.id}:${d}`,
			label: { ja: `${system.name} — ${ja[d]}`, en: `${system.name} — ${en[d]}` }
		}))
	);
}

export function profileServices(services: CriticalServiceRecord[]): ProfileService[] {
	return services.map((s) => ({
		id: s.id,
		name: s.name,
		serviceLevel: s.service_level,
		maxOutageMinutes: hoursToMinutes(s.max_outage_hours)
	}));
}

export async function loadPlanSources(pb: PocketBase, org: string, sector: SectorCode): Promise<PlanSources> {
	const filter = pb.filter('organisation = {:org}', { org });
	const [services, systems, contacts] = await Promise.all([
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name' }),
		pb.collection('contacts').getFullList<ContactRecord>({ filter, sort: 'category,sort,name' })
	]);
	return {
		context: {
			sector,
			services: profileServices(services),
			dependencies: profileDependencies(systems),
			contactIds: new Set(contacts.map((c) => c.id))
		},
		contacts,
		systems
	};
}
