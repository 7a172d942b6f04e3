/**
 * What the plans are built on, read with the user's token: the profile's
 * critical services (their service levels) and its dependencies register
 * (upstream operators and suppliers), the organisation's sector, and the
 * contact register.
 */
import type PocketBase from 'pocketbase';
import { hoursToMinutes } from '$lib/domain/plans/durations';
import type { ProfileDependency, ProfileService } from '$lib/domain/plans/content';
import type { PlanContext } from '$lib/domain/plans/gaps';
import { DEPENDENCY_CATEGORY_NAMES } from '$lib/domain/risks/dependencies';
import type { SectorCode } from '$lib/domain/sectors';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '$lib/server/records';
import type { ContactRecord } from './contact-records';

export interface PlanSources {
	context: PlanContext;
	contacts: ContactRecord[];
}

/** One row per upstream dependency: "東都送電（架空） — 電力（系統制御システム、配電自動化システム）". */
export function profileDependencies(
	dependencies: DependencyRecord[],
	systems: Pick<ImportantSystemRecord, 'id' | 'name'>[]
): ProfileDependency[] {
	const systemName = new Map(systems.map((s) => [s.id, s.name]));
	return dependencies
		.filter((d) => d.direction === 'upstream')
		.map((d) => {
			const names = d.systems.map((id) => systemName.get(id)).filter((n): n is string => !!n);
			const category = DEPENDENCY_CATEGORY_NAMES[d.category];
			return {
				key: `dep:${d.id}`,
				label: {
					ja: `${d.name} — ${category.ja}${names.length ? `（${names.join('、')}）` : ''}`,
					en: `${d.name} — ${category.en}${names.length ? ` (${names.join(', ')})` : ''}`
				},
				alternative: d.alternative
			};
		});
}

/** The service level's duration (structured, else the maximum outage hours) and whether the verification level is about the service. */
export function profileServices(services: CriticalServiceRecord[]): ProfileService[] {
	return services.map((s) => ({
		id: s.id,
		name: s.name,
		serviceLevel: s.service_level,
		maxOutageMinutes: s.sl_duration_minutes > 0 ? Math.round(s.sl_duration_minutes) : hoursToMinutes(s.max_outage_hours),
		verificationExcluded: !!s.sl_vl_excluded
	}));
}

export async function loadPlanSources(pb: PocketBase, org: string, sector: SectorCode): Promise<PlanSources> {
	const filter = pb.filter('organisation = {:org}', { org });
	const [services, systems, dependencies, contacts] = await Promise.all([
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'category,name' }),
		pb.collection('contacts').getFullList<ContactRecord>({ filter, sort: 'category,sort,name' })
	]);
	return {
		context: {
			sector,
			services: profileServices(services),
			dependencies: profileDependencies(dependencies, systems),
			contactIds: new Set(contacts.map((c) => c.id))
		},
		contacts
	};
}
