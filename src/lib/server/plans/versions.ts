/**
 * Reading and writing plan versions with the user's own token. Every save
 * creates a new version on top of the newest one (`base_number`); the hooks
 * number it, refuse a stale base with 409 and lock approved versions.
 */
import type PocketBase from 'pocketbase';
import { newPlanContent, parsePlanContent, type PlanContent, type ParsedContent } from '$lib/domain/plans/content';
import { PLAN_KIND_NAMES, type PlanKind } from '$lib/domain/plans/templates';
import type { Lang } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import type { PlanSources } from './context';
import { VERSION_SUMMARY_FIELDS, type PlanRecord, type PlanVersionRecord, type PlanVersionSummary, type SignoffRecord } from './records';

export interface LoadedVersion {
	record: PlanVersionRecord;
	parsed: ParsedContent;
}

export interface PlanState {
	plan: PlanRecord | null;
	history: PlanVersionSummary[];
	latest: LoadedVersion | null;
	/** The newest approved version (may be the latest). */
	approved: LoadedVersion | null;
	approval: SignoffRecord | null;
}

export async function findPlan(pb: PocketBase, org: string, kind: PlanKind): Promise<PlanRecord | null> {
	const list = await pb
		.collection('plans')
		.getList<PlanRecord>(1, 1, { filter: pb.filter('organisation = {:org} && kind = {:kind}', { org, kind }) });
	return list.items[0] ?? null;
}

async function loadVersion(pb: PocketBase, id: string): Promise<LoadedVersion> {
	const record = await pb.collection('plan_versions').getOne<PlanVersionRecord>(id);
	return { record, parsed: parsePlanContent(record.content) };
}

export async function loadVersionByNumber(pb: PocketBase, plan: string, number: number): Promise<LoadedVersion | null> {
	const list = await pb
		.collection('plan_versions')
		.getList<PlanVersionRecord>(1, 1, { filter: pb.filter('plan = {:plan} && number = {:number}', { plan, number }) });
	const record = list.items[0];
	return record ? { record, parsed: parsePlanContent(record.content) } : null;
}

export async function loadPlanState(pb: PocketBase, org: string, kind: PlanKind): Promise<PlanState> {
	const plan = await findPlan(pb, org, kind);
	if (!plan) return { plan: null, history: [], latest: null, approved: null, approval: null };
	const history = await pb.collection('plan_versions').getFullList<PlanVersionSummary>({
		filter: pb.filter('plan = {:plan}', { plan: plan.id }),
		sort: '-number',
		fields: VERSION_SUMMARY_FIELDS
	});
	const latest = history[0] ? await loadVersion(pb, history[0].id) : null;
	const signed = history.find((v) => v.status === 'signed');
	const approved = signed ? (signed.id === latest?.record.id ? latest : await loadVersion(pb, signed.id)) : null;
	let approval: SignoffRecord | null = null;
	if (signed) {
		const found = await pb.collection('signoffs').getList<SignoffRecord>(1, 1, {
			filter: pb.filter('organisation = {:org} && subject_collection = "plan_versions" && subject_id = {:id}', { org, id: signed.id })
		});
		approval = found.items[0] ?? null;
	}
	return { plan, history, latest, approved, approval };
}

/** A refused save carries PocketBase's answer; the caller explains it (rejectionOf in forms.ts). */
export type SaveResult = { ok: true; number: number } | { ok: false; conflict: number | null; error: unknown };

export async function saveVersion(
	pb: PocketBase,
	input: { org: string; plan: PlanRecord; base: number; content: PlanContent; section: string; note: string }
): Promise<SaveResult> {
	try {
		const record = await pb.collection('plan_versions').create<PlanVersionRecord>({
			organisation: input.org,
			plan: input.plan.id,
			title: input.plan.title,
			content: input.content,
			section: input.section,
			change_note: input.note,
			status: 'draft',
			base_number: input.base
		});
		return { ok: true, number: record.number };
	} catch (error) {
		const status = statusOf(error);
		if (status === null) throw error;
		if (status === 409) {
			const newest = await pb
				.collection('plan_versions')
				.getList<PlanVersionSummary>(1, 1, { filter: pb.filter('plan = {:p}', { p: input.plan.id }), sort: '-number', fields: 'number' });
			return { ok: false, conflict: newest.items[0]?.number ?? null, error: null };
		}
		return { ok: false, conflict: null, error };
	}
}

/** Creates the plan and its first version from the template. */
export async function startPlan(pb: PocketBase, org: string, kind: PlanKind, lang: Lang, sources: PlanSources): Promise<SaveResult> {
	let plan = await findPlan(pb, org, kind);
	if (!plan) {
		try {
			plan = await pb.collection('plans').create<PlanRecord>({ organisation: org, kind, title: PLAN_KIND_NAMES[kind][lang] });
		} catch (error) {
			if (statusOf(error) === null) throw error;
			return { ok: false, conflict: null, error };
		}
	}
	const content = newPlanContent(kind, { lang, services: sources.context.services, dependencies: sources.context.dependencies });
	return saveVersion(pb, { org, plan, base: 0, content, section: '', note: '' });
}
