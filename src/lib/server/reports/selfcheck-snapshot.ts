/**
 * Reads the self-check report snapshot from PocketBase ONCE, with the
 * signed-in user's own token (or the CLI's user), and validates it against
 * the snapshot schema. Everything the report shows comes from here.
 */
import type PocketBase from 'pocketbase';
import { walkSections } from '$lib/domain/checklists/flatten';
import { rolesOf } from '$lib/domain/roles';
import { parseSelfCheckSnapshot, type SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import { isCounted, splitByAdoption } from '$lib/domain/selfcheck/adoption';
import { assessmentItems, type Applicant } from '$lib/domain/selfcheck/view/items';
import { readAdoption } from '$lib/server/selfcheck/adoption-read';
import type { OrganisationRecord } from '$lib/server/records';
import { readPinned, type PinnedChecklist } from '$lib/server/selfcheck/pinned';
import { relyingRisks } from '$lib/server/risks/relying';
import { now } from '$lib/server/clock';
import { reportEvidence } from '$lib/server/evidence/report-evidence';
import { readMappedFrom } from '$lib/domain/checklists/crosswalk/mapped-from';
import type { AnswerRecord, AssessmentRecord, ReviewCommentRecord, SignoffRecord } from '$lib/server/selfcheck/records';

const iso = (pbDate: string): string => new Date(pbDate.includes('T') ? pbDate : pbDate.replace(' ', 'T')).toISOString();
const dateOnly = (pbDate: string): string | null => (pbDate ? pbDate.slice(0, 10) : null);

/** The crosswalk sources of an answer, for the report (left out when the answer was not mapped). */
function mappedFromOf(value: unknown) {
	const sources = readMappedFrom(value);
	if (sources.length === 0) return {};
	return { mappedFrom: sources.map((m) => ({ checklistId: m.checklist_id, version: m.version, itemId: m.item_id, status: m.status })) };
}

function answersOf(pb: PocketBase, assessment: string): Promise<AnswerRecord[]> {
	return pb.collection('answers').getFullList<AnswerRecord>({ filter: pb.filter('assessment = {:a}', { a: assessment }), batch: 1000 });
}

/** Items asked in an assessment, with the innermost section of each, in checklist order. */
function asked(pinned: readonly PinnedChecklist[], org: Applicant) {
	return pinned.flatMap(({ head, checklist }) =>
		assessmentItems(head.id, checklist, org).map((item) => ({ ...item, innermost: item.flat.section.id, version: checklist.version }))
	);
}

async function previousYear(pb: PocketBase, id: string, org: Applicant): Promise<SelfCheckSnapshot['previous']> {
	if (!id) return null;
	const previous = await pb.collection('assessments').getOne<AssessmentRecord>(id);
	const [pinned, answers, adoption] = await Promise.all([
		readPinned(pb, previous.checklists),
		answersOf(pb, previous.id),
		readAdoption(pb, previous)
	]);
	const status = new Map(answers.map((a) => [`${a.checklist}:${a.item_id}`, a.status]));
	return {
		fiscalYear: previous.fiscal_year,
		items: splitByAdoption(asked(pinned, org), adoption).counted.map((i) => ({
			checklistId: i.checklistId,
			itemId: i.itemId,
			sectionId: i.innermost,
			classification: i.classification,
			status: status.get(i.key) ?? 'unanswered'
		}))
	};
}

export async function loadSelfCheckSnapshot(pb: PocketBase, assessmentId: string): Promise<SelfCheckSnapshot> {
	const assessment = await pb.collection('assessments').getOne<AssessmentRecord>(assessmentId);
	const org = await pb.collection('organisations').getOne<OrganisationRecord>(assessment.organisation);
	const applicant: Applicant = { sector: org.sector, operatorClass: org.operator_class };
	const [pinned, answers, comments, signoffs, previous, relying, adoption] = await Promise.all([
		readPinned(pb, assessment.checklists),
		answersOf(pb, assessment.id),
		pb
			.collection('review_comments')
			.getFullList<ReviewCommentRecord>({ filter: pb.filter('assessment = {:a}', { a: assessment.id }), sort: 'created,id' }),
		pb.collection('signoffs').getFullList<SignoffRecord>({
			filter: pb.filter('subject_collection = "assessments" && subject_id = {:a}', { a: assessment.id })
		}),
		previousYear(pb, assessment.previous, applicant),
		relyingRisks(pb, org.id),
		readAdoption(pb, assessment)
	]);
	const byKey = new Map(answers.map((a) => [`${a.checklist}:${a.item_id}`, a]));
	const items = asked(pinned, applicant);
	const at = await now();
	const evidence = await reportEvidence(
		pb,
		assessment.id,
		new Map(items.map((i) => [i.key, { checklistId: i.checklistId, itemId: i.itemId }])),
		at
	);
	const usedSections = new Set(items.flatMap((i) => i.flat.sectionPath.map((s) => `${i.checklistId}/${s.id}`)));
	const signoff = assessment.status === 'signed' ? signoffs[0] : undefined;

	return parseSelfCheckSnapshot({
		schemaVersion: 2,
		organisation: {
			id: org.id,
			name: org.name,
			nameEn: org.name_en,
			sector: org.sector,
			operatorClass: org.operator_class,
			fyStartMonth: org.fy_start_month
		},
		assessment: {
			id: assessment.id,
			fiscalYear: assessment.fiscal_year,
			revision: assessment.revision,
			status: assessment.status,
			referenceAdoption: adoption.mode,
			checklists: pinned.map(({ checklist }) => ({ id: checklist.id, version: checklist.version, title: checklist.title }))
		},
		sections: pinned.flatMap(({ checklist }) =>
			walkSections(checklist)
				.filter(({ section }) => usedSections.has(`${checklist.id}/${section.id}`))
				.map(({ section, path }) => ({ checklistId: checklist.id, sectionId: section.id, title: section.title, depth: path.length - 1 }))
		),
		items: items.map((i) => {
			const answer = byKey.get(i.key);
			const decision = adoption.decisions.get(i.key);
			return {
				checklistId: i.checklistId,
				checklistVersion: i.version,
				itemId: i.itemId,
				sectionId: i.innermost,
				classification: i.classification,
				leading: i.flat.item.leading === true,
				adoption:
					i.classification === 'reference'
						? { adopted: isCounted(i, adoption), reason: decision?.reason ?? '', carriedOver: decision?.carriedOver ?? false }
						: null,
				title: i.title,
				answer: {
					status: answer?.status ?? 'unanswered',
					justification: answer?.justification ?? '',
					notes: answer?.notes ?? '',
					owner: answer?.owner ?? '',
					targetDate: dateOnly(answer?.target_date ?? ''),
					carriedOver: answer?.carried_over ?? false,
					...mappedFromOf(answer?.mapped_from),
					evidence: evidence.byItem.get(i.key) ?? []
				}
			};
		}),
		comments: comments.map((c) => ({
			itemId: c.item_id || null,
			authorName: c.author_name || '—',
			role: rolesOf(org, c.author)[0] ?? '',
			body: c.body,
			createdAt: iso(c.created)
		})),
		signoff: signoff
			? {
					signerName: signoff.signer_name,
					signedAt: iso(signoff.created),
					contentSha256: signoff.content_sha256,
					// only when given, so a signature without one keeps the snapshot (and its hash) it always had
					...(signoff.statement?.trim() ? { statement: signoff.statement } : {})
				}
			: null,
		// only when there are any, so a report made before findings were reported keeps its snapshot hash
		...(evidence.findings.length ? { findings: evidence.findings } : {}),
		relyingRisks: Object.fromEntries(
			items.flatMap((i) => {
				const risks = relying[`${i.checklistId}:${i.itemId}`];
				return risks ? [[`${i.checklistId}:${i.itemId}`, risks.map((r) => ({ ref: r.ref, title: r.title }))]] : [];
			})
		),
		previous,
		generatedAt: at.toISOString()
	});
}
