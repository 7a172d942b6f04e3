/**
 * Schema facts of the incident collections, defined once here (the migration
 * repeats them), with their names; src/lib/domain/schema/incidents.ts builds
 * the collections' facts from them and tests/integration/live-schema.test.ts
 * compares those with the live schema.
 */
import type { Localized } from '../sectors';

export { CAUSE_CASES } from './causes';
export { LIKELIHOODS, SITUATIONS } from './classification';
export { SHARING_SCOPES } from './reporting-routes';

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const REPORT_STATUSES = ['draft', 'sent'] as const;
export type IncidentReportStatus = (typeof REPORT_STATUSES)[number];

/** Where alerts and early-warning information come from (seed 001 別添 2: via the ministry's liaison and the CEPTOAR, or directly from NISC). */
export const SHARING_SOURCES = ['ministry', 'ceptoar', 'nisc', 'police', 'agency', 'supplier', 'other'] as const;
export type SharingSource = (typeof SHARING_SOURCES)[number];

/** The three aspects of information on failures (seed 001 別添 1). */
export const SHARING_PURPOSES = ['prevention', 'spread_recovery', 'recurrence'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

export const INCIDENT_STATUS_NAMES: Record<IncidentStatus, Localized> = {
	open: { ja: '対応中', en: 'Open' },
	closed: { ja: '終結', en: 'Closed' }
};

export const REPORT_STATUS_NAMES: Record<IncidentReportStatus, Localized> = {
	draft: { ja: '下書き', en: 'Draft' },
	sent: { ja: '連絡済み（記録）', en: 'Sent (recorded)' }
};

export const SHARING_SOURCE_NAMES: Record<SharingSource, Localized> = {
	ministry: { ja: '所管省庁', en: 'Ministry' },
	ceptoar: { ja: 'セプター', en: 'CEPTOAR' },
	nisc: { ja: 'NISC／国家サイバー統括室', en: 'NISC / National Cybersecurity Office' },
	police: { ja: '警察', en: 'Police' },
	agency: { ja: 'その他の機関（JPCERT/CC、IPA など）', en: 'Other agencies (JPCERT/CC, IPA…)' },
	supplier: { ja: '委託先・ベンダー', en: 'Supplier or vendor' },
	other: { ja: 'その他', en: 'Other' }
};

export const SHARING_PURPOSE_NAMES: Record<SharingPurpose, Localized> = {
	prevention: { ja: '未然防止', en: 'Prevention' },
	spread_recovery: { ja: '拡大防止・復旧', en: 'Limiting spread and recovery' },
	recurrence: { ja: '再発防止', en: 'Preventing recurrence' }
};

export const INCIDENT_LIMITS = {
	title: 200,
	description: 20000,
	breachNotes: 2000,
	severityNotes: 5000,
	lessons: 20000,
	contactPerson: 200,
	contactMeans: 500,
	unit: 200,
	summary: 20000,
	impact: 5000,
	actionsTaken: 5000,
	outlook: 2000,
	conditions: 2000,
	sentVia: 200,
	logSourceDetail: 200,
	logTitle: 200,
	logSummary: 10000,
	logActions: 5000,
	sharedWith: 2000
} as const;
