/**
 * Demo content for the plans area, run once by `npm start` right after it
 * creates the demo organisation: a contact register, an approved BCP whose
 * BIA flags one RTO, an approved contingency plan due for review soon, a
 * tabletop exercise with two findings, a closed incident with its first
 * report and an update, and an information-sharing log. Every step goes
 * through the same API as the app, with the demo user of the right role.
 *
 *   tsx scripts/demo-plans.ts <pocketbase url> <organisation id>
 */
import PocketBase from 'pocketbase';
import { newPlanContent, type BcpContent, type ContingencyContent, type PlanContent } from '../src/lib/domain/plans/content';
import { CAUSE_CASES } from '../src/lib/domain/incidents/causes';
import type { PlanKind } from '../src/lib/domain/plans/templates';
import { profileDependencies, profileServices } from '../src/lib/server/plans/context';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '../src/lib/server/records';
import { DEMO_PASSWORD } from './lib/demo.js';
import { BCP_BIA, BCP_DEPENDENCIES, BCP_SECTIONS } from './lib/demo-plans-bcp';
import { CONTACTS, CONTINGENCY_SECTIONS, ESCALATION, TRIAGE } from './lib/demo-plans-contingency';
import { dayFrom, demoExercise, demoIncident, demoSharingLog, riskFinder } from './lib/demo-plans-records';

async function as(url: string, email: string): Promise<PocketBase> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

interface Saver {
	save(content: PlanContent, section: string, note: string): Promise<string>;
}

async function planSaver(pb: PocketBase, org: string, kind: PlanKind, title: string): Promise<Saver> {
	const plan = await pb.collection('plans').create({ organisation: org, kind, title });
	let base = 0;
	return {
		async save(content, section, note) {
			const version = await pb
				.collection('plan_versions')
				.create({ organisation: org, plan: plan.id, title, content, section, change_note: note, status: 'draft', base_number: base });
			base = version.number;
			return version.id;
		}
	};
}

async function approve(security: PocketBase, executive: PocketBase, org: string, versionId: string, statement: string) {
	await security.collection('plan_versions').update(versionId, { status: 'submitted' });
	await executive
		.collection('signoffs')
		.create({ organisation: org, subject_collection: 'plan_versions', subject_id: versionId, statement });
}

async function main() {
	const [url, org] = process.argv.slice(2);
	if (!url || !org) throw new Error('usage: tsx scripts/demo-plans.ts <pocketbase url> <organisation id>');
	const security = await as(url, 'security@demo.example');
	const executive = await as(url, 'executive@demo.example');
	const filter = security.filter('organisation = {:org}', { org });
	const services = await security.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name' });
	const systems = await security.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name' });
	const dependencies = await security.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'category,name' });

	// Contact register
	const contact: Record<string, string> = {};
	for (const c of CONTACTS) {
		const { key, deputyOf, ...fields } = c;
		contact[key] = (await security.collection('contacts').create({ ...fields, organisation: org, sort: CONTACTS.indexOf(c) })).id;
		if (deputyOf) await security.collection('contacts').update(contact[deputyOf], { deputy: contact[key] });
	}

	// BCP: from the template, section by section, then approved
	const input = { lang: 'ja' as const, services: profileServices(services), dependencies: profileDependencies(dependencies, systems) };
	const bcpSaver = await planSaver(security, org, 'bcp', '事業継続計画（送配電・託送）');
	const bcp = newPlanContent('bcp', input) as BcpContent;
	await bcpSaver.save(bcp, '', '');
	bcp.sections.scope.body = BCP_SECTIONS.scope;
	await bcpSaver.save(bcp, 'scope', '対象サービス・想定事態・発動基準を記載');
	bcp.bia = bcp.bia.map((row) => {
		const v = BCP_BIA[row.serviceName];
		return v ? { ...row, mtpdMinutes: v.mtpd, rtoMinutes: v.rto, rpoMinutes: v.rpo, minimumServiceLevel: v.minimum, notes: v.notes } : row;
	});
	bcp.sections.bia.body = BCP_SECTIONS.bia;
	await bcpSaver.save(bcp, 'bia', 'サービスごとの MTPD・RTO・RPO を設定');
	bcp.dependencies = bcp.dependencies.map((d) => {
		const f = BCP_DEPENDENCIES.find((x) => d.label.startsWith(x.name));
		return f ? { ...d, fallback: f.fallback ?? d.fallback, toleranceMinutes: f.tolerance, owner: f.owner } : d;
	});
	bcp.sections.dependencies.body = BCP_SECTIONS.dependencies;
	await bcpSaver.save(bcp, 'dependencies', '依存先ごとの代替手段を記載');
	for (const key of ['strategies', 'roles', 'communication', 'resources'] as const) {
		bcp.sections[key].body = BCP_SECTIONS[key];
		await bcpSaver.save(bcp, key, '');
	}
	bcp.reviewBy = dayFrom(300);
	const bcpFinal = await bcpSaver.save(bcp, '', '');
	await approve(security, executive, org, bcpFinal, '手動切替に30分かかる点は、改修計画とあわせて次回見直しで報告すること。');

	// Contingency plan: filled, approved, due for review soon
	const cpSaver = await planSaver(security, org, 'contingency', 'コンティンジェンシープラン（サイバー攻撃・システム障害）');
	const cp = newPlanContent('contingency', input) as ContingencyContent;
	await cpSaver.save(cp, '', '');
	cp.sections.csirt.body = CONTINGENCY_SECTIONS.csirt;
	cp.csirt = {
		leadContactId: contact.lead,
		deputyContactId: contact.deputy,
		members: '情報セキュリティ室4名、系統運用部・通信ネットワーク部・システム部の兼務者各1名',
		escalation: ESCALATION.map((e) => ({ trigger: e.trigger, notify: e.notify, contactId: contact[e.contact], withinMinutes: e.within }))
	};
	await cpSaver.save(cp, 'csirt', 'CSIRT 体制とエスカレーション基準');
	cp.sections.detection.body = CONTINGENCY_SECTIONS.detection;
	cp.triage = cp.triage.map((t) => ({
		...t,
		firstResponse: TRIAGE[t.situation].first,
		decides: TRIAGE[t.situation].decides,
		reportWithinMinutes: TRIAGE[t.situation].within
	}));
	await cpSaver.save(cp, 'detection', '分類ごとの初動を記載');
	cp.sections.reporting.body = CONTINGENCY_SECTIONS.reporting;
	cp.reporting = {
		reporterContactId: contact.lead,
		contactMeans: '給電指令所直通 03-0000-2200（停電時は衛星携帯 080-0000-2299）',
		ministryContactId: contact.ministry,
		ceptoarContactId: contact.ceptoar,
		casesCovered: [...CAUSE_CASES],
		defaultScope: 'same_sector',
		anonymisation: '制御系の構成（機器の型番・IP アドレス）は共有しない。'
	};
	await cpSaver.save(cp, 'reporting', '報告経路と連絡先を設定');
	for (const key of ['containment', 'recovery', 'review'] as const) {
		cp.sections[key].body = CONTINGENCY_SECTIONS[key];
		await cpSaver.save(cp, key, '');
	}
	cp.reviewBy = dayFrom(21);
	const cpFinal = await cpSaver.save(cp, '', '');
	await approve(security, executive, org, cpFinal, '');

	const risk = await riskFinder(security, org);
	const exercise = await demoExercise(security, org, risk);
	const incident = await demoIncident(security, org, services, systems, risk);
	await demoSharingLog(security, org, incident);
	console.log(
		`[mamori] demo plans: approved BCP and contingency plan, ${CONTACTS.length} contacts, exercise ${exercise}, incident ${incident}`
	);
}

main().catch((error) => {
	console.error(`[mamori] the demo plans could not be created: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
