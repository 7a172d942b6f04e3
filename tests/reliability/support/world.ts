// Organisations, people and a draft self-check for the reliability suite,
// created through PocketBase's API as a deployment would have them: each
// organisation has a security team, an executive and an auditor.
import PocketBase from 'pocketbase';
import type { Mamori } from './app';

export const PASSWORD = 'reliability-password-123';

export interface Person {
	id: string;
	email: string;
	pb: PocketBase;
}

export interface Org {
	id: string;
	security: Person[];
	executive: Person;
	auditor: Person;
	checklist: string;
	assessment: string;
	items: string[];
}

/** A checklist of `count` items (all 要検討事項), valid for every sector and operator class. */
export function checklistContent(id: string, count: number) {
	const item = (n: number) => ({
		id: `RL-${String(n + 1).padStart(3, '0')}`,
		classification: 'consider',
		title: { ja: `信頼性確認の項目${n + 1}`, en: `Reliability item ${n + 1}` },
		guidance: { ja: '手順書と記録で確認します。', en: 'Check the procedure and its records.' },
		evidence_examples: { ja: ['記録'], en: ['Records'] },
		threats: ['intentional'],
		stage: 'treatment'
	});
	return {
		id,
		version: '1',
		title: { ja: '信頼性試験用チェックリスト', en: 'Reliability test checklist' },
		issuer: { ja: '試験', en: 'Test' },
		published: '2026-04-01',
		applies_to: { sectors: 'all', operator_classes: ['leading', 'other'] },
		sections: [{ id: 'RL', title: { ja: '信頼性', en: 'Reliability' }, items: Array.from({ length: count }, (_, n) => item(n)) }]
	};
}

let counter = 0;

async function person(app: Mamori, superuser: PocketBase, label: string): Promise<Person> {
	const email = `${label}-${Date.now().toString(36)}${(counter++).toString(36)}@mamori.test`;
	const record = await superuser
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: label, verified: true, language: 'ja' });
	const pb = new PocketBase(app.pbUrl);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	return { id: record.id, email, pb };
}

/** One organisation with `securityCount` security-team members and a draft self-check of `items` items. */
export async function createOrg(app: Mamori, options: { securityCount?: number; items?: number; name?: string } = {}): Promise<Org> {
	const superuser = await app.superuser();
	const security: Person[] = [];
	for (let i = 0; i < (options.securityCount ?? 1); i++) security.push(await person(app, superuser, `security${i}`));
	const executive = await person(app, superuser, 'executive');
	const auditor = await person(app, superuser, 'auditor');
	const org = await superuser.collection('organisations').create({
		name: options.name ?? `【試験】信頼性確認 ${counter}`,
		sector: 'electricity',
		operator_class: 'leading',
		fy_start_month: 4,
		admins: [security[0].id],
		security_team: security.map((p) => p.id),
		executives: [executive.id],
		auditors: [auditor.id]
	});
	const content = checklistContent(`reliability-${counter++}`, options.items ?? 20);
	const checklist = await superuser.collection('checklists').create({
		organisation: org.id,
		checklist_id: content.id,
		version: content.version,
		title: content.title,
		content,
		source: 'library'
	});
	const { id: assessment } = await security[0].pb.send<{ id: string }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: org.id, fiscal_year: 2026, checklists: [checklist.id] }
	});
	return {
		id: org.id,
		security,
		executive,
		auditor,
		checklist: checklist.id,
		assessment,
		items: content.sections[0].items.map((i) => i.id)
	};
}

/** Answers every item, submits the self-check and has the executive sign it (a sign-off with its content hash). */
export async function signSelfCheck(org: Org): Promise<string> {
	const security = org.security[0].pb;
	for (const [n, item] of org.items.entries()) {
		await security.collection('answers').create({
			organisation: org.id,
			assessment: org.assessment,
			checklist: org.checklist,
			item_id: item,
			status: n % 3 === 0 ? 'partial' : 'implemented',
			notes: `${item}: 規程と運用記録で確認した。`,
			...(n % 3 === 0 ? { owner: '情報システム部', target_date: '2027-03-31' } : {})
		});
	}
	await security.collection('assessments').update(org.assessment, { status: 'submitted' });
	const signoff = await org.executive.pb.collection('signoffs').create({
		organisation: org.id,
		subject_collection: 'assessments',
		subject_id: org.assessment,
		statement: '内容を確認し、承認します。'
	});
	return signoff.id;
}

/** The person's client, pointed at another server (a restored or restarted one) and logged in again. */
export async function reconnect(person: Person, pbUrl: string): Promise<PocketBase> {
	person.pb.baseURL = pbUrl;
	await person.pb.collection('users').authWithPassword(person.email, PASSWORD);
	return person.pb;
}
