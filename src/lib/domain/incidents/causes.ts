/**
 * When an operator reports to its ministry (情報連絡, seed 001 別添 3(1)):
 * four cause groups — the threat categories of 別紙3 — each with its cases.
 * A report is due when the law requires it, or when the operator judges the
 * event significant; the contact means and the contact person are mandatory,
 * everything else may be fragmentary (別添 3(2)). Pure data.
 */
import type { Localized } from '../sectors';
import { THREAT_CATEGORIES, THREAT_NAMES, type ThreatCategory } from '../threats';

export const CAUSE_GROUPS = THREAT_CATEGORIES;
export type CauseGroup = ThreatCategory;
export const CAUSE_GROUP_NAMES = THREAT_NAMES;

/** Every case, as "<group>.<case>". */
export const CAUSE_CASES = [
	'intentional.failure',
	'intentional.attack_detected',
	'intentional.attack_damage',
	'intentional.useful_to_others',
	'unintentional.failure',
	'unintentional.useful_to_others',
	'disaster.failure',
	'disaster.secondary_damage',
	'disaster.useful_to_others',
	'spillover.failure',
	'spillover.useful_to_others'
] as const;
export type CauseCase = (typeof CAUSE_CASES)[number];

const USEFUL: Localized = {
	ja: 'IT の機能不全や脅威が表に出たなど、特異・重大で他の事業者の対策に役立つと考えられる',
	en: 'An IT malfunction or threat has surfaced, or something else unusual and serious that would help other operators’ measures'
};

export const CAUSE_CASE_NAMES: Record<CauseCase, Localized> = {
	'intentional.failure': { ja: '重要インフラサービス障害が発生した', en: 'A critical-service failure occurred' },
	'intentional.attack_detected': {
		ja: 'サイバー攻撃を検知した、または攻撃の予告があった',
		en: 'A cyberattack was detected, or an attack was announced'
	},
	'intentional.attack_damage': { ja: 'サイバー攻撃による被害を検知した', en: 'Damage from a cyberattack was detected' },
	'intentional.useful_to_others': USEFUL,
	'unintentional.failure': { ja: '重要インフラサービス障害が発生した', en: 'A critical-service failure occurred' },
	'unintentional.useful_to_others': USEFUL,
	'disaster.failure': { ja: '重要インフラサービス障害が発生した', en: 'A critical-service failure occurred' },
	'disaster.secondary_damage': {
		ja: '二次被害により重要インフラサービス障害が起きると見込まれる',
		en: 'Secondary damage is expected to cause a critical-service failure'
	},
	'disaster.useful_to_others': USEFUL,
	'spillover.failure': { ja: '重要インフラサービス障害が発生した', en: 'A critical-service failure occurred' },
	'spillover.useful_to_others': USEFUL
};

export function groupOfCase(value: CauseCase): CauseGroup {
	return value.split('.')[0] as CauseGroup;
}

export function casesOfGroup(group: CauseGroup): CauseCase[] {
	return CAUSE_CASES.filter((c) => groupOfCase(c) === group);
}

export function isCauseCase(value: string): value is CauseCase {
	return (CAUSE_CASES as readonly string[]).includes(value);
}

/** "①意図的要因 — ア" style label: the group's number and the case's letter within it. */
export function caseLabel(value: CauseCase, lang: keyof Localized): string {
	const group = groupOfCase(value);
	const g = CAUSE_GROUPS.indexOf(group);
	const c = casesOfGroup(group).indexOf(value);
	const letter = lang === 'ja' ? 'アイウエ'[c] : 'abcd'[c];
	const number = lang === 'ja' ? '①②③④'[g] : `${g + 1}`;
	return lang === 'ja'
		? `${number}${CAUSE_GROUP_NAMES[group].ja} ${letter}）${CAUSE_CASE_NAMES[value].ja}`
		: `${number}(${letter}) ${CAUSE_GROUP_NAMES[group].en}: ${CAUSE_CASE_NAMES[value].en}`;
}
