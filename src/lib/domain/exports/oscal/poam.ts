/**
 * An OSCAL 1.1.2 plan of action and milestones from a self-check: one POA&M
 * item per open gap (partly or not implemented), with a risk whose deadline
 * is the target date and a planned remediation whose milestone is due then;
 * the owner is a prop (owners are free text in mamori, not OSCAL parties).
 * OSCAL requires at least one item: `poam` returns null when nothing is open.
 */
import { ANSWER_STATUS_LABELS } from '../../selfcheck/answers';
import { fiscalYearLabel } from '../../fiscal-year';
import { organisationNameIn, type SelfCheckSnapshot, type SnapshotItem } from '../../reports/selfcheck/snapshot';
import { OSCAL_VERSION, oscalDateTime, prop, singleLine, type UuidFor } from './common';
import { answerDescription, answerProps, dayStart, isGap, itemKey, itemTitle, observation, type Lang } from './observations';

const WORDS: Record<Lang, { gap: (answer: string) => string; plan: string; due: string; noDate: string }> = {
	ja: {
		gap: (answer) => `自己検証の回答が「${answer}」のため、対策の実施が残っている。`,
		plan: '対策を実施して項目を満たす',
		due: '対応予定日',
		noDate: '対応予定日は未設定'
	},
	en: {
		gap: (answer) => `The self-check answer is "${answer}": measures remain to be put in place.`,
		plan: 'Put the measures in place to meet the item',
		due: 'Target date',
		noDate: 'No target date set yet'
	}
};

function gapEntries(snap: SelfCheckSnapshot, item: SnapshotItem, lang: Lang, uuid: UuidFor) {
	const w = WORDS[lang];
	const key = itemKey(snap, item);
	const obs = observation(snap, item, lang, uuid);
	const deadline = dayStart(item.answer.targetDate);
	const riskUuid = uuid(`risk:${key}`);
	const statement = w.gap(ANSWER_STATUS_LABELS[item.answer.status][lang]);
	const risk = {
		uuid: riskUuid,
		title: itemTitle(item, lang),
		description: answerDescription(item, lang),
		statement,
		props: answerProps(item),
		status: 'open',
		...(deadline ? { deadline } : {}),
		remediations: [
			{
				uuid: uuid(`remediation:${key}`),
				lifecycle: 'planned',
				title: w.plan,
				description: deadline ? `${w.due}: ${item.answer.targetDate}` : w.noDate,
				...(deadline
					? {
							tasks: [
								{
									uuid: uuid(`milestone:${key}`),
									type: 'milestone',
									title: `${w.due}: ${item.answer.targetDate}`,
									timing: { 'on-date': { date: deadline } }
								}
							]
						}
					: {})
			}
		],
		'related-observations': [{ 'observation-uuid': obs.uuid }]
	};
	const poamItem = {
		uuid: uuid(`poam-item:${key}`),
		title: itemTitle(item, lang),
		description: statement,
		props: answerProps(item),
		'related-observations': [{ 'observation-uuid': obs.uuid }],
		'related-risks': [{ 'risk-uuid': riskUuid }]
	};
	return { obs, risk, poamItem };
}

export function poam(snap: SelfCheckSnapshot, lang: Lang, generatedAt: string, uuid: UuidFor) {
	const entries = snap.items.filter(isGap).map((item) => gapEntries(snap, item, lang, uuid));
	if (entries.length === 0) return null;
	const org = snap.organisation;
	const ja = lang === 'ja';
	const name = `poam:${org.id}:${snap.assessment.id}:${generatedAt}`;
	return {
		'plan-of-action-and-milestones': {
			uuid: uuid(name),
			metadata: {
				title: singleLine(
					`${organisationNameIn(snap, lang)} ${ja ? `${fiscalYearLabel(snap.assessment.fiscalYear, lang)} 自己検証の改善計画` : `plan of action and milestones, ${fiscalYearLabel(snap.assessment.fiscalYear, lang)} self-check`}`
				),
				'last-modified': oscalDateTime(generatedAt),
				version: generatedAt.slice(0, 10),
				'oscal-version': OSCAL_VERSION,
				props: [
					prop('sector', org.sector),
					prop('operator-class', org.operatorClass),
					prop('fiscal-year', String(snap.assessment.fiscalYear)),
					prop('revision', String(snap.assessment.revision))
				],
				parties: [{ uuid: uuid(`party:${org.id}`), type: 'organization', name: singleLine(organisationNameIn(snap, lang)) }]
			},
			'system-id': { 'identifier-type': 'http://ietf.org/rfc/rfc4122', id: uuid(`system:${org.id}`) },
			observations: entries.map((e) => e.obs),
			risks: entries.map((e) => e.risk),
			'poam-items': entries.map((e) => e.poamItem)
		}
	};
}
