/**
 * Severity (深刻度, seed 002 参考②): five levels on the impact a
 * critical-service failure had on society, judged from three viewpoints —
 * service continuity, safety (including facilities) and other (loss of
 * trust). The levels are defined on continuity or safety; trust is recorded
 * beside them. The official evaluation is NISC's (today the National
 * Cybersecurity Office's), made after the fact; an operator records its own
 * reading with the same scale. Pure.
 */
import type { Localized } from '../sectors';

export const SEVERITY_LEVELS = [0, 1, 2, 3, 4] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const SEVERITY_VIEWPOINTS = ['continuity', 'safety', 'trust'] as const;
export type SeverityViewpoint = (typeof SEVERITY_VIEWPOINTS)[number];

export const SEVERITY_NAMES: Record<SeverityLevel, Localized> = {
	0: { ja: 'なし', en: 'None' },
	1: { ja: '低', en: 'Low' },
	2: { ja: '中', en: 'Medium' },
	3: { ja: '高', en: 'High' },
	4: { ja: '危機', en: 'Crisis' }
};

export const SEVERITY_MEANINGS: Record<SeverityLevel, Localized> = {
	0: { ja: 'サービスの持続性にも安全性にも影響はない', en: 'No effect on service continuity or safety' },
	1: { ja: 'サービスの持続性や安全性への影響はほとんどない', en: 'Almost no effect on service continuity or safety' },
	2: { ja: 'サービスの持続性または安全性に一定の影響が出た', en: 'Some effect on service continuity or safety' },
	3: { ja: 'サービスの持続性または安全性に大きな影響が出た', en: 'A large effect on service continuity or safety' },
	4: { ja: 'サービスの持続性または安全性に著しく深刻な影響が出た', en: 'An extremely serious effect on service continuity or safety' }
};

export const VIEWPOINT_NAMES: Record<SeverityViewpoint, Localized> = {
	continuity: { ja: 'サービスの持続性への影響', en: 'Impact on service continuity' },
	safety: { ja: 'サービスに関する安全性への影響（施設・設備を含む）', en: 'Impact on safety (including facilities)' },
	trust: { ja: 'その他（サービスへの信頼低下）', en: 'Other (loss of trust in the service)' }
};

/** What to weigh for each viewpoint (seed 002 表2). */
export const VIEWPOINT_INDICATORS: Record<SeverityViewpoint, Localized> = {
	continuity: {
		ja: '提供支障の範囲・時間・代替性、同時多発性',
		en: 'Extent, duration and substitutability of the disruption; simultaneity'
	},
	safety: {
		ja: '人的・物的被害（人数・被害額）、住民避難（範囲）、環境影響（原状回復費用・範囲）、同時多発性',
		en: 'People hurt and damage (number, cost), evacuation (extent), environmental impact (clean-up cost, extent); simultaneity'
	},
	trust: { ja: 'サービスに対する信頼の低下', en: 'Loss of trust in the service' }
};

export interface SeverityRecord {
	continuity: SeverityLevel;
	safety: SeverityLevel;
	trust: SeverityLevel;
}

/** The overall level: the higher of continuity and safety, on which the levels are defined. */
export function overallSeverity(record: Pick<SeverityRecord, 'continuity' | 'safety'>): SeverityLevel {
	return Math.max(record.continuity, record.safety) as SeverityLevel;
}

/** Trust worse than the overall level deserves a sentence in the record: the scale alone does not carry it. */
export function trustAboveOverall(record: SeverityRecord): boolean {
	return record.trust > overallSeverity(record);
}

export function isSeverityLevel(value: unknown): value is SeverityLevel {
	return typeof value === 'number' && (SEVERITY_LEVELS as readonly number[]).includes(value);
}

export const SEVERITY_NOTE: Localized = {
	ja: '深刻度の公式な評価は、事後に NISC（2025年7月からは国家サイバー統括室）が行います。ここに記録するのは自組織による評価です。',
	en: 'The official severity evaluation is NISC’s, made after the fact (since July 2025 the National Cybersecurity Office). What is recorded here is your own organisation’s reading.'
};
