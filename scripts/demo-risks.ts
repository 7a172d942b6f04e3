/**
 * Demo content for risk management, run once by `npm start` after the demo
 * organisation and its profile exist: two approved versions of the risk
 * criteria, about 25 risks (scripts/demo-risks-data.ts) analysed and
 * treated, with actions, reviews and three acceptances — two current (one
 * expiring within 30 days) and one expired. Every step goes through the API
 * with the demo user of the right role; only what a person cannot do today
 * (a review dated in the past, an acceptance whose expiry has already
 * passed) is written by the setup superuser, which the hooks allow for setup.
 *
 *   MAMORI_SETUP_TOKEN=<superuser token> tsx scripts/demo-risks.ts <pocketbase url> <organisation id>
 */
import PocketBase from 'pocketbase';
import { candidateKey, proposeCandidates } from '../src/lib/domain/risks/candidates';
import { defaultCriteria } from '../src/lib/domain/risks/criteria-defaults';
import type { Dependency } from '../src/lib/domain/risks/dependencies';
import { expiryInstant, jstDate } from '../src/lib/domain/risks/dates';
import { DEMO_PASSWORD } from './lib/demo.js';
import { DEMO_ACCEPTANCES, DEMO_RISKS, type DemoRisk, type Rating } from './demo-risks-data';

interface Named {
	id: string;
	name: string;
}

async function as(url: string, email: string): Promise<PocketBase> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

/** The setup superuser, from the token `npm start` hands over in the environment (never on the command line). */
function setupSuperuser(url: string): PocketBase {
	const token = process.env.MAMORI_SETUP_TOKEN;
	if (!token) throw new Error('MAMORI_SETUP_TOKEN is not set (npm start provides it)');
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	pb.authStore.save(token, null);
	return pb;
}

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => jstDate(new Date(Date.now() + days * DAY));

async function approve(executive: PocketBase, org: string, collection: string, id: string, statement: string, expected?: string) {
	await executive.collection('signoffs').create({
		organisation: org,
		subject_collection: collection,
		subject_id: id,
		statement,
		...(expected ? { expected_sha256: expected } : {})
	});
}

async function criteria(security: PocketBase, executive: PocketBase, org: string): Promise<[string, string]> {
	const first = await security.collection('risk_criteria').create({
		organisation: org,
		status: 'draft',
		content: defaultCriteria(),
		note: '初版。行動計画の深刻度評価基準（5段階）に合わせた5×5の基準。'
	});
	await security.collection('risk_criteria').update(first.id, { status: 'submitted' });
	await approve(executive, org, 'risk_criteria', first.id, '初版として承認する。');
	const content = defaultCriteria();
	content.impact[3].continuity = {
		ja: 'サービスレベルを逸脱する供給支障（10万kW以上・10分以上。電気関係報告規則の報告対象）が起きる。',
		en: 'A supply outage beyond the service level (100,000 kW or more for 10 minutes or more; reportable under the Electricity reporting rule).'
	};
	content.bands[1].reviewMonths = 4;
	const second = await security.collection('risk_criteria').create({
		organisation: org,
		status: 'draft',
		content,
		note: '影響度4に電気関係報告規則の報告基準を明記し、レベル「中」のレビュー周期を6か月から4か月に短縮した。'
	});
	await security.collection('risk_criteria').update(second.id, { status: 'submitted' });
	await approve(executive, org, 'risk_criteria', second.id, '報告基準との整合を確認した。');
	return [first.id, second.id];
}

function pick(list: Named[], prefixes: string[] | undefined, what: string): string[] {
	return (prefixes ?? []).map((prefix) => {
		const found = list.find((x) => x.name.startsWith(prefix) || x.name.includes(prefix));
		if (!found) throw new Error(`demo ${what} "${prefix}" is missing`);
		return found.id;
	});
}

/** The candidates (threat × system × dependency) a demo risk covers. */
function candidateKeysOf(risk: DemoRisk, systems: Named[], dependencies: Named[], known: Set<string>): string[] {
	const threat = risk.threat === 'major_disaster' ? 'earthquake' : risk.threat;
	const deps = pick(dependencies, risk.dependencies, 'dependency');
	return pick(systems, risk.systems, 'system').flatMap((system) =>
		[candidateKey(threat, system), ...deps.map((d) => candidateKey(threat, system, d))].filter((key) => known.has(key))
	);
}

const ratings = (stage: string, r: Rating | undefined) => ({ [`${stage}_likelihood`]: r ? r[0] : 0, [`${stage}_impact`]: r ? r[1] : 0 });

async function main() {
	const [url, org] = process.argv.slice(2);
	if (!url || !org) throw new Error('usage: MAMORI_SETUP_TOKEN=… tsx scripts/demo-risks.ts <pocketbase url> <organisation id>');
	const superuser = setupSuperuser(url);
	const [security, executive] = await Promise.all([as(url, 'security@demo.example'), as(url, 'executive@demo.example')]);
	const [v1, v2] = await criteria(security, executive, org);
	const filter = security.filter('organisation = {:org}', { org });
	const [services, systems, allDependencies, securityUser, planList] = await Promise.all([
		security.collection('critical_services').getFullList<Named>({ filter }),
		security.collection('important_systems').getFullList<Named & { services: string[]; owner: string }>({ filter }),
		security.collection('dependencies').getFullList<Dependency>({ filter }),
		security
			.collection('users')
			.getFirstListItem<{ id: string; name: string }>(security.filter('email = {:e}', { e: 'security@demo.example' })),
		security.collection('plans').getFullList<{ id: string; kind: string }>({ filter, fields: 'id,kind' })
	]);
	const plans = new Map(planList.map((p) => [p.kind, p.id]));
	const dependencies = allDependencies.filter((d) => d.direction === 'upstream');
	// the risks came from these candidates: they are not proposed again
	const candidates = new Set(proposeCandidates({ services, systems, dependencies: allDependencies }).map((c) => c.key));
	const created = new Map<string, string>();
	for (const risk of DEMO_RISKS as DemoRisk[]) {
		const record = await security.collection('risks').create({
			organisation: org,
			title: risk.title,
			category: risk.category,
			threat: risk.threat,
			scenario: risk.scenario,
			owner: risk.owner,
			status: 'open',
			systems: pick(systems, risk.systems, 'system'),
			dependencies: pick(dependencies, risk.dependencies, 'dependency'),
			services: pick(services, risk.services, 'service'),
			criteria: risk.firstVersion ? v1 : v2,
			...ratings('inherent', risk.inherent),
			...ratings('current', risk.current),
			...ratings('target', risk.target),
			controls: risk.controls,
			control_items: risk.items,
			treatment: risk.treatment,
			treatment_plan: risk.plan ?? '',
			candidate_keys: candidateKeysOf(risk, systems, dependencies, candidates)
		});
		created.set(risk.title, record.id);
		for (const action of risk.actions ?? []) {
			await security.collection('risk_actions').create({
				organisation: org,
				risk: record.id,
				title: action.title,
				owner: action.owner,
				due_date: `${daysFromNow(action.due)} 00:00:00.000Z`,
				status: action.status,
				completed_on: action.status === 'done' ? `${daysFromNow(action.due - 3)} 00:00:00.000Z` : '',
				checklist_items: action.items ?? [],
				plans: (action.plans ?? []).flatMap((kind) => plans.get(kind) ?? [])
			});
		}
		if (risk.earlier) {
			// last year the current risk was rated otherwise: review then, on those ratings, then today's
			await security.collection('risks').update(record.id, ratings('current', risk.earlier.current));
			await superuser.collection('risk_reviews').create({
				organisation: org,
				risk: record.id,
				outcome: 'changed',
				note: '年次のリスク評価で見直した。',
				reviewed_at: new Date(Date.now() - risk.earlier.daysAgo * DAY).toISOString(),
				reviewer: securityUser.id
			});
			await security.collection('risks').update(record.id, ratings('current', risk.current));
		}
		if (risk.reviewedDaysAgo !== undefined) {
			await superuser.collection('risk_reviews').create({
				organisation: org,
				risk: record.id,
				outcome: risk.reviewedDaysAgo > 60 ? 'unchanged' : 'changed',
				note: risk.reviewedDaysAgo > 60 ? '管理策に変化なし。' : '対策の進み具合を確認し、現在のリスクを見直した。',
				reviewed_at: new Date(Date.now() - risk.reviewedDaysAgo * DAY).toISOString(),
				reviewer: securityUser.id
			});
		}
	}
	for (const acceptance of DEMO_ACCEPTANCES) {
		const riskId = [...created.entries()].find(([title]) => title.startsWith(acceptance.risk))?.[1];
		if (!riskId) throw new Error(`demo acceptance for "${acceptance.risk}" has no risk`);
		const expires = expiryInstant(daysFromNow(acceptance.validThroughDays)).toISOString();
		// an acceptance already expired can only be set up by the superuser (a person may only ask for a future expiry)
		const client = acceptance.validThroughDays >= 0 ? security : superuser;
		const request = await client.collection('risk_acceptances').create({
			organisation: org,
			risk: riskId,
			status: 'requested',
			justification: acceptance.justification,
			expires_at: expires,
			requested_by: securityUser.id
		});
		const preview = await executive.send<{ sha256: string }>(`/api/mamori/risk-acceptances/${request.id}/preview`, { method: 'GET' });
		await approve(executive, org, 'risk_acceptances', request.id, acceptance.statement, preview.sha256);
	}
	// one request still waiting for the executive
	const waiting = [...created.entries()].find(([title]) => title.startsWith('港北水道企業団の断水'))?.[1];
	if (waiting) {
		await security.collection('risks').update(waiting, { treatment: 'accept' });
		await security.collection('risk_acceptances').create({
			organisation: org,
			risk: waiting,
			status: 'requested',
			justification:
				'予備空調機で36時間は運転を続けられ、給水車の優先配備も取り決めてある。増強工事は来年度の予算で行うため、それまでの保有を求める。',
			expires_at: expiryInstant(daysFromNow(180)).toISOString()
		});
	}
	// two candidates the security team judged not to apply
	const dismiss = [
		['misoperation', '変電所監視', '変電所の監視制御は設定変更を本店で一元管理しており、現地での設定作業がない。'],
		['equipment', 'スマートメーター', 'MDMSの機器はクラウドの冗長構成で、機器故障はクラウドの停止（R-023）で扱う。']
	] as const;
	for (const [threat, system, reason] of dismiss) {
		const [id] = pick(systems, [system], 'system');
		await security.collection('risk_dismissals').create({ organisation: org, candidate_key: candidateKey(threat, id), reason });
	}
	await superuser.send('/api/crons/mamori_risk_acceptance_expiry', { method: 'POST' });
	console.log(`[mamori] demo risks: ${created.size} risks, ${DEMO_ACCEPTANCES.length + (waiting ? 1 : 0)} acceptances`);
}

main().catch((error) => {
	console.error(`[mamori] demo risks failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
