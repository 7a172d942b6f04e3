// The XSS corpus, part three: the fields written by a step of a workflow
// rather than by a create (xss-fields.ts marks them 'workflow'). Each is
// written the way the real person writes it: a checklist imported through
// the import form; a self-check on it answered, a 参考事項 not adopted,
// submitted, commented on and reviewed by the organisation's auditor
// (evidence review, request, finding and its history), returned, signed and
// reopened; criteria and a plan version returned with a reason; a risk
// acceptance rejected and another revoked. Resolves with the pages to open.
import { expect, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { defaultCriteria } from '../../src/lib/domain/risks/criteria-defaults';
import { contingencyContent } from '../integration/support/plans';

export interface WorkflowContext {
	su: PocketBase;
	pb: PocketBase;
	org: string;
	risk: string;
	acceptance: string;
	evidence: { link: string; file: string };
	payloads: string[];
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A two-item checklist CSV (a 要検討事項 and a 参考事項) whose titles and texts are payloads. */
function checklistCsv(p: string[]): string {
	const header =
		'section_id,section_title_ja,section_title_en,item_id,classification,title_ja,title_en,guidance_ja,guidance_en,evidence_ja,evidence_en,threats,stage,sectors,operator_classes,source_seed,source_section';
	const row = (id: string, cls: string, i: number) =>
		[
			'XSS',
			csvCell(`節 ${p[0]}`),
			csvCell(`Section ${p[1]}`),
			id,
			cls,
			csvCell(`項目 ${p[i]}`),
			csvCell(`Item ${p[i + 1]}`),
			csvCell(`${p[3]}\n${p[4]}`),
			csvCell(p[5]),
			csvCell(`${p[6]} | 記録`),
			csvCell(`${p[2]} | Records`),
			'intentional',
			'governance',
			'',
			'',
			'',
			''
		].join(',');
	return [header, row('XSS-01', '要検討事項', 1), row('XSS-02', '参考事項', 2)].join('\n') + '\n';
}

/** The checklist imported through the import form; resolves with its record. */
async function importChecklist(page: Page, ctx: WorkflowContext): Promise<string> {
	const p = ctx.payloads;
	await page.goto(`/orgs/${ctx.org}/selfcheck/checklists`);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await page.getByTestId('import-file').setInputFiles({ name: `${p[1]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(checklistCsv(p)) });
	await page.getByTestId('import-id').fill('xss-import');
	await page.getByTestId('import-version').fill('1');
	await page.getByTestId('import-title-ja').fill(`取込 ${p[0]}`);
	await page.getByTestId('import-title-en').fill(`Import ${p[2]}`);
	await page.getByTestId('import-submit').click();
	await expect(page.getByTestId('import-ok')).toBeVisible();
	const [record] = await ctx.pb
		.collection('checklists')
		.getFullList({ filter: ctx.pb.filter('organisation = {:o} && checklist_id = "xss-import"', { o: ctx.org }) });
	expect(JSON.stringify(record.content)).toContain('onerror');
	return record.id;
}

export async function seedWorkflows(page: Page, ctx: WorkflowContext, auditor: PocketBase): Promise<string[]> {
	const { pb, org } = ctx;
	const limits = new Map<string, number>();
	for (const c of await ctx.su.collections.getFullList())
		for (const f of c.fields as { name: string; max?: number }[]) if (f.max) limits.set(`${c.name}.${f.name}`, f.max);
	const all = ctx.payloads.join(' ');
	const fit = (field: string) => all.slice(0, limits.get(field) || all.length);

	// a self-check on the imported checklist: answered, the 参考事項 not adopted, submitted
	const checklist = await importChecklist(page, ctx);
	const { id: assessment } = await pb.send<{ id: string }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: org, fiscal_year: 2027, checklists: [checklist] }
	});
	const base = { organisation: org, assessment, checklist };
	await pb.collection('answers').create({ ...base, item_id: 'XSS-01', status: 'implemented' });
	await pb
		.collection('reference_adoptions')
		.create({ ...base, item_id: 'XSS-02', adopted: false, reason: fit('reference_adoptions.reason') });
	await pb.collection('assessments').update(assessment, { status: 'submitted' });

	// the organisation's auditor reviews it: a comment, an evidence review, a request, a finding
	await auditor.collection('review_comments').create({ ...base, item_id: 'XSS-01', body: fit('review_comments.body') });
	await auditor
		.collection('evidence_reviews')
		.create({ organisation: org, evidence: ctx.evidence.file, verdict: 'needs_more', comment: fit('evidence_reviews.comment') });
	const target = { organisation: org, target_type: 'selfcheck_item', target_id: assessment, target_part: `${checklist}:XSS-01` };
	const request = await auditor
		.collection('evidence_requests')
		.create({ ...target, title: fit('evidence_requests.title'), body: fit('evidence_requests.body') });
	await pb
		.collection('evidence_requests')
		.update(request.id, { status: 'fulfilled', evidence: ctx.evidence.link, resolution: fit('evidence_requests.resolution') });
	const finding = await auditor.collection('findings').create({
		...target,
		severity: 'medium',
		title: fit('findings.title'),
		description: fit('findings.description'),
		recommendation: fit('findings.recommendation')
	});
	await pb.collection('findings').update(finding.id, { status: 'responded', response: fit('findings.response') });
	await auditor.collection('findings').update(finding.id, { status: 'closed', note: fit('finding_events.body') });

	// returned with a reason, submitted again, signed by the executive, reopened with a reason
	await pb.collection('assessments').update(assessment, { status: 'draft', return_reason: fit('assessments.return_reason') });
	await pb.collection('assessments').update(assessment, { status: 'submitted' });
	await pb
		.collection('signoffs')
		.create({ organisation: org, subject_collection: 'assessments', subject_id: assessment, statement: '承認します。' });
	const { id: reopened } = await pb.send<{ id: string }>(`/api/mamori/assessments/${assessment}/reopen`, {
		method: 'POST',
		body: { reason: fit('assessments.reopen_reason') }
	});

	// new risk criteria whose labels are payloads, returned by the executive with a reason
	const label = JSON.stringify(ctx.payloads[1]).slice(1, -1);
	const content = JSON.parse(JSON.stringify(defaultCriteria()).replace(/"ほとんど起こらない"/g, `"${label}"`));
	const criteria = await pb.collection('risk_criteria').create({ organisation: org, status: 'draft', content });
	await pb.collection('risk_criteria').update(criteria.id, { status: 'submitted' });
	await pb.collection('risk_criteria').update(criteria.id, { status: 'draft', return_reason: fit('risk_criteria.return_reason') });

	// a contingency-plan version with payloads in its title, sections and change note, returned with a reason
	const plan = await pb.collection('plans').create({ organisation: org, kind: 'contingency', title: 'コンティンジェンシープラン' });
	const version = await pb.collection('plan_versions').create({
		organisation: org,
		plan: plan.id,
		title: fit('plan_versions.title'),
		content: contingencyContent(all),
		change_note: fit('plan_versions.change_note'),
		status: 'draft',
		base_number: 0
	});
	await pb.collection('plan_versions').update(version.id, { status: 'submitted' });
	await pb.collection('plan_versions').update(version.id, { status: 'draft', return_reason: fit('plan_versions.return_reason') });

	// the requested acceptance rejected with a comment; a second one approved, then revoked with a reason
	await pb
		.collection('risk_acceptances')
		.update(ctx.acceptance, { status: 'rejected', decision_comment: fit('risk_acceptances.decision_comment') });
	const second = await pb.collection('risk_acceptances').create({
		organisation: org,
		risk: ctx.risk,
		status: 'requested',
		justification: '予備回線で代替する。',
		expires_at: new Date(Date.now() + 60 * 86_400_000).toISOString().replace('T', ' ')
	});
	const preview = await pb.send<{ sha256: string }>(`/api/mamori/risk-acceptances/${second.id}/preview`, { method: 'GET' });
	await pb.collection('signoffs').create({
		organisation: org,
		subject_collection: 'risk_acceptances',
		subject_id: second.id,
		statement: '承認',
		expected_sha256: preview.sha256
	});
	await pb.collection('risk_acceptances').update(second.id, { status: 'revoked', revoked_reason: fit('risk_acceptances.revoked_reason') });

	const o = `/orgs/${org}`;
	return [
		`${o}/selfcheck/checklists`,
		`${o}/selfcheck/checklists/pinned/${checklist}`,
		`${o}/selfcheck`,
		`${o}/selfcheck/${assessment}`,
		`${o}/selfcheck/${reopened}`,
		`${o}/evidence`,
		`${o}/evidence/${ctx.evidence.file}`,
		`${o}/evidence/${ctx.evidence.link}`,
		`${o}/evidence/audit`,
		`${o}/evidence/findings/${finding.id}`,
		`${o}/risks/criteria`,
		`${o}/risks/criteria/${criteria.id}`,
		`${o}/risks/acceptances`,
		`${o}/risks/acceptances/${ctx.acceptance}`,
		`${o}/risks/acceptances/${second.id}`,
		`${o}/plans`,
		`${o}/plans/contingency`,
		`${o}/plans/contingency/versions`,
		`${o}/audit`
	];
}
