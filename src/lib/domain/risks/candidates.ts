/**
 * Candidate risks (リスク特定の候補): the threat catalogue crossed with the
 * organisation's important systems and their dependencies, e.g. "loss of
 * power at 変電所監視制御システム" from a power dependency. The user confirms,
 * merges into an existing risk, or discards each; a decided candidate is not
 * proposed again (its key is kept on the risk or on the dismissal). Pure.
 */
import type { Localized } from '../sectors';
import type { Dependency } from './dependencies';
import { THREATS, type RiskCategory, type Threat } from './threat-catalogue';

export interface CandidateInput {
	services: { id: string; name: string }[];
	systems: { id: string; name: string; services: string[]; owner: string }[];
	dependencies: Dependency[];
}

export interface Candidate {
	/** threat:system:dependency ('-' when none): stable while the records exist. */
	key: string;
	threat: string;
	category: RiskCategory;
	title: Localized;
	scenario: Localized;
	systems: string[];
	dependencies: string[];
	services: string[];
	owner: string;
}

export function candidateKey(threat: string, system: string, dependency = '-'): string {
	return `${threat}:${system}:${dependency}`;
}

type Texts = (s: string, d: string, svc: { ja: string; en: string }) => { title: Localized; scenario: Localized };

const TEXTS: Record<string, Texts> = {
	intrusion: (s, _d, v) => ({
		title: { ja: `${s}への不正侵入・ウイルス攻撃`, en: `Intrusion or malware at ${s}` },
		scenario: {
			ja: `外部から${s}に不正に侵入され、またはマルウェアに感染し、監視・操作ができなくなる。${v.ja}`,
			en: `An attacker gets into ${s}, or malware infects it, and it can no longer be monitored or operated. ${v.en}`
		}
	}),
	misoperation: (s, _d, v) => ({
		title: { ja: `${s}の操作・設定ミス`, en: `Operation or configuration mistake at ${s}` },
		scenario: {
			ja: `変更作業や日常運用での操作・設定の誤りにより、${s}が誤動作または停止する。${v.ja}`,
			en: `A mistake during a change or routine operation makes ${s} misbehave or stop. ${v.en}`
		}
	}),
	equipment: (s, _d, v) => ({
		title: { ja: `${s}の機器故障`, en: `Equipment failure at ${s}` },
		scenario: {
			ja: `サーバー・ネットワーク機器などの故障で${s}が停止し、切替にも失敗する。${v.ja}`,
			en: `A server or network device of ${s} fails and the switch-over fails too. ${v.en}`
		}
	}),
	earthquake: (s, _d, v) => ({
		title: { ja: `災害による${s}の設置施設の損壊`, en: `Disaster damage to the site of ${s}` },
		scenario: {
			ja: `地震・水害・落雷・火災で${s}を設置している施設が損壊し、長時間使えなくなる。${v.ja}`,
			en: `An earthquake, flood, lightning or fire damages the site of ${s}, which is out of use for a long time. ${v.en}`
		}
	}),
	power_loss: (s, d, v) => ({
		title: { ja: `${d}の電力供給途絶による${s}の停止`, en: `Loss of power from ${d} stops ${s}` },
		scenario: {
			ja: `${d}からの電力供給が途絶し、非常用電源でも賄えないまま${s}が停止する。${v.ja}`,
			en: `Power from ${d} is lost and backup power does not carry ${s}, which stops. ${v.en}`
		}
	}),
	telecom_loss: (s, d, v) => ({
		title: { ja: `${d}の通信途絶による${s}の停止`, en: `Loss of communications from ${d} stops ${s}` },
		scenario: {
			ja: `${d}の回線が途絶し、${s}と現場・拠点の間の通信ができなくなる。${v.ja}`,
			en: `The lines of ${d} fail and ${s} can no longer reach the field or other sites. ${v.en}`
		}
	}),
	water_loss: (s, d, v) => ({
		title: { ja: `${d}の水道供給途絶による${s}の停止`, en: `Loss of water from ${d} stops ${s}` },
		scenario: {
			ja: `${d}からの給水が途絶し、冷却などができなくなって${s}を止めざるを得なくなる。${v.ja}`,
			en: `Water from ${d} stops; cooling and the like fail and ${s} has to be shut down. ${v.en}`
		}
	}),
	fuel_loss: (s, d, v) => ({
		title: { ja: `${d}の燃料供給途絶による${s}の停止`, en: `Loss of fuel from ${d} stops ${s}` },
		scenario: {
			ja: `停電が長引く中で${d}からの燃料が届かず、非常用発電機が止まって${s}が停止する。${v.ja}`,
			en: `During a long blackout fuel from ${d} does not arrive; the generator stops and so does ${s}. ${v.en}`
		}
	}),
	supplier_compromise: (s, d, v) => ({
		title: { ja: `${d}を経由した${s}への侵害`, en: `Compromise of ${s} through ${d}` },
		scenario: {
			ja: `${d}の端末・保守回線・作業者が攻撃の足がかりにされ、${s}に不正にアクセスされる。${v.ja}`,
			en: `The devices, maintenance line or staff of ${d} are used as a foothold to get into ${s}. ${v.en}`
		}
	}),
	supplier_outage: (s, d, v) => ({
		title: { ja: `${d}のサービス停止による${s}の停止`, en: `An outage at ${d} stops ${s}` },
		scenario: {
			ja: `${d}の障害やリージョン全体の停止で、${s}が使えなくなる。${v.ja}`,
			en: `A failure at ${d}, or a whole region going down, takes ${s} out. ${v.en}`
		}
	})
};

function servicesLine(ids: string[], names: Map<string, string>): { ja: string; en: string } {
	const list = ids.map((id) => names.get(id)).filter((n): n is string => !!n);
	if (list.length === 0) return { ja: '', en: '' };
	return { ja: `${list.join('・')}の提供に支障が出る。`, en: `This disrupts ${list.join(', ')}.` };
}

function make(
	threat: Threat,
	system: CandidateInput['systems'][number],
	dependency: Dependency | null,
	names: Map<string, string>
): Candidate {
	const texts = TEXTS[threat.key];
	const services = [...new Set([...system.services, ...(dependency?.services ?? [])])].filter((id) => names.has(id));
	const { title, scenario } = texts(system.name, dependency?.name ?? '', servicesLine(services, names));
	return {
		key: candidateKey(threat.key, system.id, dependency?.id),
		threat: threat.key,
		category: threat.category,
		title,
		scenario: { ja: scenario.ja.trim(), en: scenario.en.trim() },
		systems: [system.id],
		dependencies: dependency ? [dependency.id] : [],
		services,
		owner: system.owner
	};
}

/** Every candidate for the organisation's systems and dependencies, system by system. */
export function proposeCandidates(input: CandidateInput): Candidate[] {
	const names = new Map(input.services.map((s) => [s.id, s.name]));
	const out: Candidate[] = [];
	for (const system of input.systems) {
		for (const threat of THREATS) {
			if (threat.perSystem && TEXTS[threat.key]) out.push(make(threat, system, null, names));
			if (!threat.perDependency || !TEXTS[threat.key]) continue;
			for (const dep of input.dependencies) {
				if (dep.direction === 'upstream' && dep.systems.includes(system.id) && threat.perDependency.includes(dep.category)) {
					out.push(make(threat, system, dep, names));
				}
			}
		}
	}
	return out;
}

/** Candidates nobody has decided on yet: not on any risk, not dismissed. */
export function openCandidates(all: Candidate[], decided: Iterable<string>): Candidate[] {
	const done = new Set(decided);
	return all.filter((c) => !done.has(c.key));
}
