// The demo organisation: a fictional Japanese electric-power operator with one
// user per role, plus a second fictional organisation (a water utility) so
// that switching organisations can be tried. Everything here is clearly
// labelled デモ / demo. Profile content is created with the demo security
// user's own token, so the audit trail shows a real actor.
import PocketBase from 'pocketbase';

export const DEMO_PASSWORD = 'mamori-demo-2026';
export const DEMO_ACCOUNTS = [
	{ role: 'admin', email: 'admin@demo.example', name: '管理 花子' },
	{ role: 'security', email: 'security@demo.example', name: '守谷 翔太' },
	{ role: 'executive', email: 'executive@demo.example', name: '経営 一郎' },
	{ role: 'auditor', email: 'auditor@demo.example', name: '監査 真理' }
];
export const DEMO_ORG_NAME = '【デモ】東都電力ネットワーク株式会社';
const DEMO_WATER_NAME = '【デモ】港北水道企業団';

async function client(url) {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
}

async function ensureUser(su, account) {
	try {
		return await su.collection('users').getFirstListItem(su.filter('email = {:e}', { e: account.email }));
	} catch {
		return su.collection('users').create({
			email: account.email,
			password: DEMO_PASSWORD,
			passwordConfirm: DEMO_PASSWORD,
			name: account.name,
			verified: true,
			emailVisibility: true,
			language: 'ja'
		});
	}
}

async function seedProfile(url, orgId) {
	const pb = await client(url);
	await pb.collection('users').authWithPassword('security@demo.example', DEMO_PASSWORD);
	const power = await pb.collection('critical_services').create({
		organisation: orgId,
		name: '電力供給（送配電）',
		description: '管内の需要家への送電・配電。',
		service_level: '10万kW以上の供給支障を10分以上継続させない（電気関係報告規則第3条を参考）',
		max_outage_hours: 0.17,
		owner: '系統運用部長',
		sl_quantity: 100000,
		sl_unit: 'kw',
		sl_duration_minutes: 10
	});
	const wheeling = await pb.collection('critical_services').create({
		organisation: orgId,
		name: '託送・需給調整',
		description: '小売電気事業者との託送契約に基づく需給調整と精算。',
		service_level: '託送計画の受付と需給調整を24時間以内に再開する',
		max_outage_hours: 24,
		owner: '託送業務部長',
		sl_duration_minutes: 1440,
		sl_vl_excluded: true
	});
	await pb.collection('important_systems').create({
		organisation: orgId,
		name: '系統制御システム（EMS/SCADA）',
		description: '基幹系統の監視・制御。制御系ネットワークは情報系と分離。',
		services: [power.id],
		owner: '系統運用部'
	});
	await pb.collection('important_systems').create({
		organisation: orgId,
		name: '配電自動化システム',
		description: '配電線の遠隔監視と事故区間の自動切り離し。',
		services: [power.id],
		owner: '配電部'
	});
	await pb.collection('important_systems').create({
		organisation: orgId,
		name: '託送業務システム',
		description: '託送契約、計画受付、インバランス精算。クラウド上で運用。',
		services: [wheeling.id],
		owner: '託送業務部'
	});
}

/**
 * Creates the demo organisations and accounts unless they exist.
 * `extraSteps` run once, right after the demo organisation is created (later
 * features add their demo content through them).
 * Resolves to { created, orgId }.
 */
export async function ensureDemo(url, superuser, extraSteps = []) {
	const su = await client(url);
	await su.collection('_superusers').authWithPassword(superuser.email, superuser.password);
	const existing = await su.collection('organisations').getList(1, 1, { filter: su.filter('name = {:n}', { n: DEMO_ORG_NAME }) });
	if (existing.items.length > 0) return { created: false, orgId: existing.items[0].id };

	const users = {};
	for (const account of DEMO_ACCOUNTS) users[account.role] = await ensureUser(su, account);
	const org = await su.collection('organisations').create({
		name: DEMO_ORG_NAME,
		name_en: '[Demo] Tohto Power Grid Co., Ltd.',
		sector: 'electricity',
		operator_class: 'leading',
		fy_start_month: 4,
		admins: [users.admin.id],
		security_team: [users.security.id],
		executives: [users.executive.id],
		auditors: [users.auditor.id]
	});
	await su.collection('organisations').create({
		name: DEMO_WATER_NAME,
		name_en: '[Demo] Kohoku Water Supply Authority',
		sector: 'water',
		operator_class: 'other',
		fy_start_month: 4,
		admins: [users.admin.id],
		security_team: [users.security.id]
	});
	await seedProfile(url, org.id);
	for (const step of extraSteps) await step({ url, orgId: org.id, superuser: su, users });
	return { created: true, orgId: org.id };
}
