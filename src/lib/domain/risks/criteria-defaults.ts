/**
 * The default risk criteria mamori proposes: 5×5 with four risk levels, the
 * consequence scale written against the severity levels 0–4 of seed 002
 * (service continuity, safety and installations, trust), and defaults for
 * the other sizes (3 to 6) and level counts (2 to 5). Pure data + resizing.
 */
import type { Localized } from '../sectors';
import { defaultGrid, type CriteriaContent, type ImpactLevel, type LikelihoodLevel, type RiskBand } from './criteria';

const L = (ja: string, en: string): Localized => ({ ja, en });

const LIKELIHOOD: Record<'rare' | 'unlikely' | 'possible' | 'likely' | 'frequent' | 'certain', LikelihoodLevel> = {
	rare: {
		label: L('ほとんど起こらない', 'Rare'),
		description: L(
			'10年に1回も起こらないと見込まれる。国内外に前例がほとんどない。',
			'Expected less than once in ten years; hardly any precedent anywhere.'
		)
	},
	unlikely: {
		label: L('起こりにくい', 'Unlikely'),
		description: L(
			'5〜10年に1回程度。国内外に前例はあるが、当社では経験がない。',
			'About once in five to ten years; it has happened elsewhere, not to us.'
		)
	},
	possible: {
		label: L('起こりうる', 'Possible'),
		description: L(
			'1〜5年に1回程度。同業他社や他分野で実際に起きている。',
			'About once in one to five years; peers or other sectors have had it.'
		)
	},
	likely: {
		label: L('起こりやすい', 'Likely'),
		description: L(
			'年に1回程度。当社でも兆候やヒヤリハットが記録されている。',
			'About once a year; we have recorded warning signs or near misses.'
		)
	},
	frequent: {
		label: L('頻繁に起こる', 'Frequent'),
		description: L(
			'年に数回以上。攻撃の試行や故障が継続的に観測されている。',
			'Several times a year or more; attempts or failures are seen all the time.'
		)
	},
	certain: {
		label: L('ほぼ確実に起こる', 'Almost certain'),
		description: L('月に1回以上、または現に発生している。', 'Monthly or more often, or happening now.')
	}
};

const LIKELIHOOD_BY_SIZE: Record<number, (keyof typeof LIKELIHOOD)[]> = {
	3: ['unlikely', 'possible', 'likely'],
	4: ['rare', 'unlikely', 'possible', 'likely'],
	5: ['rare', 'unlikely', 'possible', 'likely', 'frequent'],
	6: ['rare', 'unlikely', 'possible', 'likely', 'frequent', 'certain']
};

/** One consequence level per severity level 0–4 (深刻度: なし・低・中・高・危機), plus a level beyond the crisis for 6-level scales. */
const IMPACT: ImpactLevel[] = [
	{
		label: L('軽微', 'Negligible'),
		severity: 0,
		continuity: L(
			'サービスへの影響はない。社内業務の一時的な不便にとどまる。',
			'No effect on the service; a passing inconvenience inside the company.'
		),
		safety: L('人・設備・環境への影響はない。', 'No effect on people, installations or the environment.'),
		trust: L('社外に影響はなく、説明も要らない。', 'Nothing visible outside; no explanation needed.')
	},
	{
		label: L('小', 'Minor'),
		severity: 1,
		continuity: L(
			'一部の機能が短時間低下するが、代替手段でサービスを継続できる。',
			'Some functions degrade briefly; alternatives keep the service going.'
		),
		safety: L('設備に軽微な不具合が出るが、人への影響はない。', 'Minor faults in installations; nobody is affected.'),
		trust: L('限られた関係者への説明で足りる。', 'Explaining it to a few parties is enough.')
	},
	{
		label: L('中', 'Moderate'),
		severity: 2,
		continuity: L(
			'一部の需要家・利用者に影響が出るが、サービスレベルの範囲内で復旧できる。',
			'Some customers or users are affected; recovery stays within the service level.'
		),
		safety: L(
			'軽傷者や設備損傷のおそれがある。環境への影響は限られる。',
			'Risk of minor injury or damage to installations; limited environmental effect.'
		),
		trust: L(
			'問い合わせや地域の報道があり、所管省庁への説明が必要になりうる。',
			'Enquiries and local news; the supervising ministry may ask for an explanation.'
		)
	},
	{
		label: L('大', 'Major'),
		severity: 3,
		continuity: L('サービスレベル（検証レベル）を逸脱する障害が起きる。', 'A failure beyond the service level (the verification level).'),
		safety: L('負傷者や住民の避難、環境への影響が生じる。', 'Injuries, evacuation of residents, or environmental damage.'),
		trust: L(
			'全国的な報道と所管省庁への報告が必要になり、需要家・取引先の信頼が下がる。',
			'National news and a report to the ministry; customers and partners lose confidence.'
		)
	},
	{
		label: L('甚大', 'Severe'),
		severity: 4,
		continuity: L(
			'広域・長時間のサービス停止、または他の重要インフラ分野へ波及する。',
			'A wide or long stop of the service, or spillover into other critical sectors.'
		),
		safety: L('死傷者や重大な環境被害が生じる。', 'Deaths, serious injuries or severe environmental damage.'),
		trust: L('社会的な信頼を失い、経営責任が問われる。', 'Public trust is lost; the management is held to account.')
	},
	{
		label: L('壊滅的', 'Catastrophic'),
		severity: 4,
		continuity: L(
			'複数の分野にまたがる長期の機能停止で、国民生活・社会経済活動に重大な影響が及ぶ。',
			'A long stop across several sectors, seriously affecting daily life and the economy.'
		),
		safety: L('多数の死傷者が生じる。', 'Many deaths and injuries.'),
		trust: L('事業の存続が危ぶまれる。', 'The survival of the business is at stake.')
	}
];

/** Which severity-level texts a scale of each size uses (index into IMPACT). */
const IMPACT_BY_SIZE: Record<number, number[]> = {
	3: [1, 3, 4],
	4: [1, 2, 3, 4],
	5: [0, 1, 2, 3, 4],
	6: [0, 1, 2, 3, 4, 5]
};

const BAND = {
	veryLow: { label: L('極めて低い', 'Very low'), color: '#e3f1e6', reviewMonths: 24 },
	low: { label: L('低', 'Low'), color: '#cfe8d5', reviewMonths: 12 },
	medium: { label: L('中', 'Medium'), color: '#fff0b3', reviewMonths: 6 },
	high: { label: L('高', 'High'), color: '#ffd2a6', reviewMonths: 3 },
	veryHigh: { label: L('極めて高い', 'Very high'), color: '#f5b1a9', reviewMonths: 1 },
	acceptable: { label: L('許容範囲内', 'Within tolerance'), color: '#cfe8d5', reviewMonths: 12 },
	act: { label: L('対応が必要', 'Treatment required'), color: '#f5b1a9', reviewMonths: 3 }
} satisfies Record<string, RiskBand>;

const BANDS_BY_COUNT: Record<number, { bands: RiskBand[]; tolerance: number }> = {
	2: { bands: [BAND.acceptable, BAND.act], tolerance: 0 },
	3: { bands: [BAND.low, BAND.medium, BAND.high], tolerance: 1 },
	4: { bands: [BAND.low, BAND.medium, BAND.high, BAND.veryHigh], tolerance: 1 },
	5: { bands: [BAND.veryLow, BAND.low, BAND.medium, BAND.high, BAND.veryHigh], tolerance: 2 }
};

const copy = <T>(value: T): T => structuredClone(value);

export function defaultLikelihood(size: number): LikelihoodLevel[] {
	return (LIKELIHOOD_BY_SIZE[size] ?? LIKELIHOOD_BY_SIZE[5]).map((key) => copy(LIKELIHOOD[key]));
}

export function defaultImpact(size: number): ImpactLevel[] {
	return (IMPACT_BY_SIZE[size] ?? IMPACT_BY_SIZE[5]).map((i) => copy(IMPACT[i]));
}

export function defaultBands(count: number): { bands: RiskBand[]; tolerance: number } {
	return copy(BANDS_BY_COUNT[count] ?? BANDS_BY_COUNT[4]);
}

/** The default criteria: 5×5 and four levels unless other sizes are asked for. */
export function defaultCriteria(nL = 5, nI = 5, nBands = 4): CriteriaContent {
	const { bands, tolerance } = defaultBands(nBands);
	return { likelihood: defaultLikelihood(nL), impact: defaultImpact(nI), bands, grid: defaultGrid(nL, nI, bands.length), tolerance };
}

/**
 * The same criteria with other scale sizes or another number of levels.
 * A scale that keeps its size keeps its texts; a resized one gets the default
 * texts of its new size; the grid is the default grid of the new sizes unless
 * nothing changed. Levels keep their texts when their number stays.
 */
export function resizeCriteria(c: CriteriaContent, nL: number, nI: number, nBands: number): CriteriaContent {
	const sameL = nL === c.likelihood.length;
	const sameI = nI === c.impact.length;
	const sameB = nBands === c.bands.length;
	const banding = sameB ? { bands: copy(c.bands), tolerance: c.tolerance } : defaultBands(nBands);
	return {
		likelihood: sameL ? copy(c.likelihood) : defaultLikelihood(nL),
		impact: sameI ? copy(c.impact) : defaultImpact(nI),
		bands: banding.bands,
		grid: sameL && sameI && sameB ? copy(c.grid) : defaultGrid(nL, nI, banding.bands.length),
		tolerance: banding.tolerance
	};
}
