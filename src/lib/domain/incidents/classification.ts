/**
 * Incident classification of seed 004 別紙3 (事案の分類): what is happening
 * (a precursor or announcement, a minor or a major failure of an important
 * system, a confirmed cyberattack) against how likely a cyberattack is. The
 * column decides how the operator contacts its ministry and what the
 * ministry does next. Pure.
 */
import type { Localized } from '../sectors';

export const SITUATIONS = ['precursor', 'minor_failure', 'major_failure', 'attack_confirmed'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const LIKELIHOODS = ['hardly_possible', 'large_impact_if_attack', 'possible_unclear', 'likely', 'confirmed'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export const SITUATION_NAMES: Record<Situation, Localized> = {
	precursor: { ja: '予告、組織的な予備行為などの予兆', en: 'Announcement, or signs such as organised preparation' },
	minor_failure: { ja: '重要システムの軽微な障害', en: 'Minor failure of an important system' },
	major_failure: { ja: '重要システムの重大な障害', en: 'Major failure of an important system' },
	attack_confirmed: { ja: 'サイバー攻撃の確認', en: 'Cyberattack confirmed' }
};

export const SITUATION_NOTES: Partial<Record<Situation, Localized>> = {
	precursor: {
		ja: '単なるポートスキャンは含みません。重要システムにつながるゲートウェイでの盗聴ツールの発見やバックドアの設置など、攻撃の可能性が高いものに限ります。',
		en: 'A mere port scan does not count; only signs that make an attack likely, such as a sniffer found on a gateway to an important system or a planted back door.'
	},
	major_failure: {
		ja: '「重大」かどうかは、法令などで報告が義務づけられている基準を目安にします。',
		en: 'Whether a failure is major can be judged by the thresholds the law sets for mandatory reports.'
	}
};

export const LIKELIHOOD_NAMES: Record<Likelihood, Localized> = {
	hardly_possible: { ja: 'サイバー攻撃の可能性はほとんどない', en: 'A cyberattack is hardly possible' },
	large_impact_if_attack: { ja: 'サイバー攻撃だとすれば影響が大きい', en: 'Large impact if it were a cyberattack' },
	possible_unclear: {
		ja: 'サイバー攻撃の可能性はあるが、危険性の判断が難しい',
		en: 'An attack is possible, but its danger is hard to judge'
	},
	likely: { ja: 'サイバー攻撃の可能性が高い', en: 'A cyberattack is likely' },
	confirmed: { ja: 'サイバー攻撃と判明した', en: 'Known to be a cyberattack' }
};

/** The three column groups of the matrix. */
export type ColumnGroup = 'system_failure' | 'warning_signs' | 'attack';

export function columnGroup(likelihood: Likelihood): ColumnGroup {
	if (likelihood === 'hardly_possible' || likelihood === 'large_impact_if_attack') return 'system_failure';
	if (likelihood === 'confirmed') return 'attack';
	return 'warning_signs';
}

export type OperatorAction = 'accident_report' | 'contact_ministry';
export type MinistryAction = 'collect' | 'collect_and_warn' | 'tell_nisc_likely' | 'tell_nisc_attack';

export interface Classification {
	situation: Situation;
	likelihood: Likelihood;
	group: ColumnGroup;
	operatorAction: OperatorAction;
	ministryAction: MinistryAction;
	/** false when the pair contradicts itself: a confirmed attack not known to be one, or a known attack recorded as a mere sign. */
	consistent: boolean;
}

export function classify(situation: Situation, likelihood: Likelihood): Classification {
	const group = columnGroup(likelihood);
	const operatorAction: OperatorAction = group === 'system_failure' ? 'accident_report' : 'contact_ministry';
	const ministryAction: MinistryAction =
		likelihood === 'confirmed'
			? 'tell_nisc_attack'
			: likelihood === 'likely'
				? 'tell_nisc_likely'
				: likelihood === 'possible_unclear'
					? 'collect_and_warn'
					: 'collect';
	// A confirmed attack is known to be one; an attack known as such is more than a sign of one.
	const consistent =
		situation === 'attack_confirmed' ? likelihood === 'confirmed' : !(situation === 'precursor' && likelihood === 'confirmed');
	return { situation, likelihood, group, operatorAction, ministryAction, consistent };
}

export const OPERATOR_ACTION_TEXT: Record<OperatorAction, Localized> = {
	accident_report: {
		ja: '所管省庁へ、法令に基づく事故報告などとして連絡する',
		en: 'Contact the ministry as an accident report or similar under the law'
	},
	contact_ministry: { ja: '所管省庁へ連絡する', en: 'Contact the ministry' }
};

export const MINISTRY_ACTION_TEXT: Record<MinistryAction, Localized> = {
	collect: { ja: '所管省庁が情報を収集・分析する', en: 'The ministry collects and analyses the information' },
	collect_and_warn: {
		ja: '所管省庁が収集・分析し、他の事業者にも被害のおそれがあれば各事業者へ連絡する',
		en: 'The ministry collects and analyses, and alerts other operators if they may be harmed too'
	},
	tell_nisc_likely: {
		ja: '所管省庁が NISC（現在は国家サイバー統括室）へ「攻撃の可能性が高い」と連絡する',
		en: 'The ministry tells NISC (today the National Cybersecurity Office) that an attack is likely'
	},
	tell_nisc_attack: {
		ja: '所管省庁が NISC（現在は国家サイバー統括室）へサイバー攻撃の発生を連絡する',
		en: 'The ministry tells NISC (today the National Cybersecurity Office) that an attack has occurred'
	}
};
