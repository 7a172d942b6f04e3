/**
 * An organisation's self-checks as one OSCAL 1.1.2 assessment-results
 * document: one result per self-check (its fiscal year, revision, status and
 * signed-content SHA-256 as props), per item an observation with the answer
 * and a finding (observations.ts). The assessment plan OSCAL requires
 * (`import-ap`) is a back-matter resource naming the pinned checklists.
 * Pure: the same snapshots and UUID function give the same document.
 */
import { fiscalYearLabel, fiscalYearRange } from '../../fiscal-year';
import { SELFCHECK_STRINGS } from '../../reports/selfcheck/i18n';
import { organisationNameIn, type SelfCheckSnapshot } from '../../reports/selfcheck/snapshot';
import { OSCAL_VERSION, oscalDateTime, oscalDayStart, prop, singleLine, type UuidFor } from './common';
import { finding, observation, type Lang } from './observations';

function result(snap: SelfCheckSnapshot, lang: Lang, uuid: UuidFor) {
	const s = SELFCHECK_STRINGS[lang];
	const { fiscalYear, revision, status, checklists } = snap.assessment;
	const range = fiscalYearRange(fiscalYear, snap.organisation.fyStartMonth);
	const ids = [...new Set(snap.items.map((i) => i.itemId))];
	const findings = snap.items.flatMap((item) => finding(snap, item, lang, uuid) ?? []);
	const title = singleLine(`${fiscalYearLabel(fiscalYear, lang)} ${s.title} (${s.profile.revision} ${revision})`);
	const description = [
		`${s.profile.status}: ${s.assessmentStatus[status]}`,
		`${s.profile.checklists}: ${checklists.map((c) => s.checklistName(c.title[lang], c.version)).join(', ')}`
	].join('\n\n');
	return {
		uuid: uuid(`result:${snap.assessment.id}`),
		title,
		description,
		start: oscalDayStart(range.start),
		...(snap.signoff ? { end: oscalDateTime(snap.signoff.signedAt) } : {}),
		props: [
			prop('fiscal-year', String(fiscalYear)),
			prop('revision', String(revision)),
			prop('status', status),
			...(snap.signoff ? [prop('signed-content-sha256', snap.signoff.contentSha256)] : [])
		],
		'reviewed-controls': {
			description: `${s.profile.checklists}: ${checklists.map((c) => `${c.id} ${c.version}`).join(', ')}`,
			'control-selections': ids.length ? [{ 'include-controls': ids.map((id) => ({ 'control-id': id })) }] : [{ 'include-all': {} }]
		},
		...(snap.items.length ? { observations: snap.items.map((item) => observation(snap, item, lang, uuid)) } : {}),
		...(findings.length ? { findings } : {})
	};
}

/** `snapshots`: the self-checks of one organisation (at least one), oldest first. */
export function assessmentResults(snapshots: readonly SelfCheckSnapshot[], lang: Lang, generatedAt: string, uuid: UuidFor) {
	const [first] = snapshots;
	if (!first) throw new Error('assessment results need at least one self-check');
	if (snapshots.some((s) => s.organisation.id !== first.organisation.id))
		throw new Error('all self-checks must belong to one organisation');
	const org = first.organisation;
	const name = `assessment-results:${org.id}:${snapshots.map((s) => s.assessment.id).join(',')}:${generatedAt}`;
	const plan = uuid(`${name}:plan`);
	const checklists = [...new Map(snapshots.flatMap((s) => s.assessment.checklists).map((c) => [`${c.id}@${c.version}`, c])).values()];
	const ja = lang === 'ja';
	return {
		'assessment-results': {
			uuid: uuid(name),
			metadata: {
				title: singleLine(`${organisationNameIn(first, lang)} ${ja ? '自己検証の結果' : 'self-check results'}`),
				'last-modified': oscalDateTime(generatedAt),
				version: generatedAt.slice(0, 10),
				'oscal-version': OSCAL_VERSION,
				props: [prop('sector', org.sector), prop('operator-class', org.operatorClass)],
				parties: [{ uuid: uuid(`party:${org.id}`), type: 'organization', name: singleLine(organisationNameIn(first, lang)) }]
			},
			'import-ap': { href: `#${plan}` },
			results: snapshots.map((snap) => result(snap, lang, uuid)),
			'back-matter': {
				resources: [
					{
						uuid: plan,
						title: ja ? '自己検証の計画（固定したチェックリスト）' : 'Self-check plan (pinned checklists)',
						description: checklists.map((c) => `- ${c.id} ${c.version}: ${c.title[lang]}`).join('\n'),
						props: [prop('plan', 'mamori-self-check')]
					}
				]
			}
		}
	};
}
