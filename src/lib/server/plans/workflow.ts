/**
 * The workflow actions of a plan version, with the user's own token:
 * submit, return to draft with a reason, approve (an executive's sign-off
 * through `signoffs`), and the review date (saved as a new version).
 * PocketBase rules and pb_hooks decide who may do what.
 */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import type { PlanKind } from '$lib/domain/plans/templates';
import { PLAN_VERSIONS, SIGNOFFS } from '$lib/domain/schema';
import type { Messages } from '$lib/i18n';
import { rejected } from '$lib/server/forms';
import { findPlan, loadVersionByNumber, saveVersion } from './versions';

const text = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();
const idPattern = /^[a-z0-9]{15}$/;

function failed(form: string, m: Messages, error: unknown, values: Record<string, string> = {}) {
	return rejected(error, m, values, form);
}

export async function submitVersion(pb: PocketBase, form: FormData, m: Messages) {
	const id = text(form, 'version');
	if (!idPattern.test(id)) return fail(400, { form: 'submit', values: {}, errors: { _form: m.plans.workflow.failed } });
	try {
		await pb.collection('plan_versions').update(id, { status: 'submitted' });
	} catch (error) {
		return failed('submit', m, error);
	}
	return { form: 'submit', done: true };
}

export async function returnVersion(pb: PocketBase, form: FormData, m: Messages) {
	const id = text(form, 'version');
	const reason = text(form, 'reason');
	if (!reason) return fail(400, { form: 'return', values: { reason }, errors: { reason: m.plans.workflow.reasonRequired } });
	if (reason.length > PLAN_VERSIONS.return_reason.max)
		return fail(400, { form: 'return', values: { reason }, errors: { reason: m.errors.tooLong(PLAN_VERSIONS.return_reason.max) } });
	try {
		await pb.collection('plan_versions').update(id, { status: 'draft', return_reason: reason });
	} catch (error) {
		return failed('return', m, error, { reason });
	}
	return { form: 'return', done: true };
}

export async function approveVersion(pb: PocketBase, organisation: string, form: FormData, m: Messages) {
	const id = text(form, 'version');
	const statement = text(form, 'statement');
	if (form.get('confirm') !== 'on') return fail(400, { form: 'approve', values: { statement }, errors: { confirm: m.errors.required } });
	if (statement.length > SIGNOFFS.statement.max)
		return fail(400, { form: 'approve', values: { statement }, errors: { statement: m.errors.tooLong(SIGNOFFS.statement.max) } });
	try {
		await pb.collection('signoffs').create({ organisation, subject_collection: 'plan_versions', subject_id: id, statement });
	} catch (error) {
		return failed('approve', m, error, { statement });
	}
	return { form: 'approve', done: true };
}

export async function saveReviewDate(pb: PocketBase, organisation: string, kind: PlanKind, form: FormData, m: Messages) {
	const raw = text(form, 'review_by');
	const base = Number(text(form, 'base_number'));
	const values = { review_by: raw };
	if (raw && !z.iso.date().safeParse(raw).success) return fail(400, { form: 'review', values, errors: { review_by: m.errors.date } });
	const plan = await findPlan(pb, organisation, kind);
	const current = plan ? await loadVersionByNumber(pb, plan.id, base) : null;
	if (!plan || !current || !current.parsed.ok) return fail(400, { form: 'review', values, errors: { _form: m.plans.workflow.failed } });
	const content = { ...current.parsed.content, reviewBy: raw || null };
	const saved = await saveVersion(pb, { org: organisation, plan, base, content, section: '', note: '' });
	if (!saved.ok) {
		if (saved.conflict !== null) return fail(409, { form: 'review', values, errors: { _form: m.plans.conflict(saved.conflict) } });
		return rejected(saved.error, m, values, 'review', (rejection, errors) => {
			if (rejection.fields.status) errors._form = m.plans.workflow.awaiting;
		});
	}
	return { form: 'review', done: true, number: saved.number };
}
