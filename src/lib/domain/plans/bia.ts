/**
 * Business impact analysis (事業影響度分析, BIA) checks. For each critical
 * service the BCP states a maximum tolerable period of disruption (MTPD),
 * a recovery time objective (RTO), a recovery point objective (RPO) and a
 * minimum service level. The RTO must fit within the MTPD, within the
 * outage the operator's own service level tolerates, and within what the
 * sector's verification level allows where the seed gives a duration
 * (seed 001 別紙2; BRIEF §3: the service level is kept consistent with the
 * BCP targets). Every flag carries both numbers. Pure, no I/O.
 */
import type { Localized } from '../sectors';
import { formatDuration } from './durations';

export interface BiaEntry {
	/** The critical service (critical_services id) the row is about. */
	serviceId: string;
	/** The service's name when the row was written (the plan is a document: it keeps its own text). */
	serviceName: string;
	mtpdMinutes: number | null;
	rtoMinutes: number | null;
	rpoMinutes: number | null;
	/** Markdown-free short text: what must still work during the disruption. */
	minimumServiceLevel: string;
	notes: string;
}

/** What the row is checked against. */
export interface BiaLimits {
	/** The longest outage the operator's service level tolerates (profile), in minutes. */
	serviceLevelMinutes: number | null;
	/** The longest disruption the sector's verification level tolerates, where the seed gives one. */
	verificationMinutes: number | null;
}

export type BiaFlag =
	| { kind: 'rto_above_mtpd'; rto: number; limit: number }
	| { kind: 'rto_above_service_level'; rto: number; limit: number }
	| { kind: 'rto_above_verification'; rto: number; limit: number };

export type BiaMissing = 'mtpd' | 'rto' | 'rpo' | 'minimum_service_level';

export interface BiaCheck {
	flags: BiaFlag[];
	missing: BiaMissing[];
}

export function checkBiaEntry(entry: BiaEntry, limits: BiaLimits): BiaCheck {
	const flags: BiaFlag[] = [];
	const { rtoMinutes: rto, mtpdMinutes: mtpd } = entry;
	if (rto !== null) {
		if (mtpd !== null && rto > mtpd) flags.push({ kind: 'rto_above_mtpd', rto, limit: mtpd });
		if (limits.serviceLevelMinutes !== null && rto > limits.serviceLevelMinutes) {
			flags.push({ kind: 'rto_above_service_level', rto, limit: limits.serviceLevelMinutes });
		}
		if (limits.verificationMinutes !== null && rto > limits.verificationMinutes) {
			flags.push({ kind: 'rto_above_verification', rto, limit: limits.verificationMinutes });
		}
	}
	const missing: BiaMissing[] = [];
	if (mtpd === null) missing.push('mtpd');
	if (rto === null) missing.push('rto');
	if (entry.rpoMinutes === null) missing.push('rpo');
	if (!entry.minimumServiceLevel.trim()) missing.push('minimum_service_level');
	return { flags, missing };
}

/** The sentence shown on the page and in the PDF for a flag, with both numbers. */
export function biaFlagText(flag: BiaFlag, lang: keyof Localized): string {
	const rto = formatDuration(flag.rto, lang);
	const limit = formatDuration(flag.limit, lang);
	switch (flag.kind) {
		case 'rto_above_mtpd':
			return lang === 'ja'
				? `RTO（${rto}）が最大許容停止時間 MTPD（${limit}）を超えています。`
				: `The RTO (${rto}) is longer than the MTPD (${limit}).`;
		case 'rto_above_service_level':
			return lang === 'ja'
				? `RTO（${rto}）が、サービスレベルで許容する停止時間（${limit}）を超えています。`
				: `The RTO (${rto}) is longer than the outage the service level tolerates (${limit}).`;
		case 'rto_above_verification':
			return lang === 'ja'
				? `RTO（${rto}）が、分野の検証レベルが許容する時間（${limit}）を超えています。`
				: `The RTO (${rto}) is longer than the sector’s verification level allows (${limit}).`;
	}
}

export const BIA_MISSING_NAMES: Record<BiaMissing, Localized> = {
	mtpd: { ja: '最大許容停止時間（MTPD）', en: 'maximum tolerable period of disruption (MTPD)' },
	rto: { ja: '目標復旧時間（RTO）', en: 'recovery time objective (RTO)' },
	rpo: { ja: '目標復旧時点（RPO）', en: 'recovery point objective (RPO)' },
	minimum_service_level: { ja: '最低限のサービスレベル', en: 'minimum service level' }
};
