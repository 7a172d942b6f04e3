/**
 * The BIA table as the page and the PDF show it: the plan's rows joined with
 * the profile's services, each checked against the service level and the
 * sector's verification level. Pure.
 */
import { VERIFICATION_THRESHOLDS } from '../risks/service-levels';
import type { SectorCode } from '../sectors';
import { checkBiaEntry, type BiaCheck, type BiaEntry } from './bia';
import type { BcpContent, ProfileService } from './content';

export interface BiaRowView {
	entry: BiaEntry;
	/** The service as the profile holds it now; null when it was removed from the profile. */
	service: ProfileService | null;
	serviceLevelMinutes: number | null;
	/** null when the sector gives no duration or the profile says the verification level is not about this service. */
	verificationMinutes: number | null;
	check: BiaCheck;
	/** 'plan': in the plan; 'new': in the profile but not yet in the plan. */
	origin: 'plan' | 'new';
}

/** The longest disruption the sector's verification level tolerates, where it states a duration (risks/service-levels.ts). */
export function verificationMinutes(sector: SectorCode): number | null {
	return VERIFICATION_THRESHOLDS[sector]?.durationMinutes ?? null;
}

export function biaRows(content: BcpContent, services: readonly ProfileService[], sector: SectorCode): BiaRowView[] {
	const verification = verificationMinutes(sector);
	const byId = new Map(services.map((s) => [s.id, s]));
	const row = (entry: BiaEntry, origin: BiaRowView['origin']): BiaRowView => {
		const service = byId.get(entry.serviceId) ?? null;
		const serviceLevelMinutes = service?.maxOutageMinutes ?? null;
		const verificationMinutes = service?.verificationExcluded ? null : verification;
		return {
			entry,
			service,
			serviceLevelMinutes,
			verificationMinutes,
			check: checkBiaEntry(entry, { serviceLevelMinutes, verificationMinutes }),
			origin
		};
	};
	const planned = new Set(content.bia.map((e) => e.serviceId));
	return [
		...content.bia.map((e) => row(e, 'plan')),
		...services
			.filter((s) => !planned.has(s.id))
			.map((s) =>
				row(
					{
						serviceId: s.id,
						serviceName: s.name,
						mtpdMinutes: null,
						rtoMinutes: null,
						rpoMinutes: null,
						minimumServiceLevel: '',
						notes: ''
					},
					'new'
				)
			)
	];
}

/** Every flag of the table, with the service it belongs to. */
export function biaFlags(rows: readonly BiaRowView[]) {
	return rows.flatMap((r) => r.check.flags.map((flag) => ({ serviceName: r.entry.serviceName, flag })));
}
