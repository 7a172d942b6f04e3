import { describe, expect, it } from 'vitest';
import { libraryChecklistInput } from './fixtures/library-checklist';
import { lintLibrary, titleSimilarity, type LintInput } from './lint';
import { checklistSchema, type Checklist } from './schema';

type Mutable = Record<string, unknown>;
const parse = (input: unknown): Checklist => checklistSchema.parse(input);
const lib = (...lists: [string, Checklist][]): LintInput[] => lists.map(([file, checklist]) => ({ file, checklist }));

function supplement(id: string, sector: string, titles: string[]) {
	const base = libraryChecklistInput(id);
	const template = base.sections[1].items[0];
	return parse({
		...base,
		applies_to: { sectors: [sector], operator_classes: ['leading', 'other'] },
		sections: [
			{
				id: `${id.toUpperCase()}-S`,
				title: { ja: '節', en: 'Section' },
				items: titles.map((ja, i) => ({
					...template,
					id: `${id.slice(0, 3).toUpperCase()}-${i + 1}`,
					classification: 'sector',
					title: { ja, en: ja }
				}))
			}
		]
	});
}

const messages = (inputs: LintInput[]) => lintLibrary(inputs).map((i) => `${i.itemId} ${i.field}: ${i.message}`);

describe('library lint', () => {
	it('passes the clean test library', () => {
		expect(lintLibrary(lib(['cross.yaml', parse(libraryChecklistInput('cross-sector'))]))).toEqual([]);
	});

	it('wants a source on every item, a statement as title and です・ます guidance', () => {
		const input = libraryChecklistInput('cross-sector');
		const item = input.sections[1].items[0] as Mutable;
		delete item.source;
		item.title = { ja: 'BCPの復旧目標', en: 'Recovery targets' };
		item.guidance = { ja: 'サービスレベルと整合させる。', en: 'x' };
		expect(messages(lib(['cross.yaml', parse(input)]))).toEqual([
			expect.stringContaining('BCP-01 source: every item names where its facts come from'),
			expect.stringContaining('BCP-01 title.ja: write the title as a statement'),
			expect.stringContaining('BCP-01 guidance.ja: write the guidance in です・ます')
		]);
	});

	it('refuses an item id used twice in the library, e.g. GOV-01 in the cross-sector and the government supplement', () => {
		const cross = parse(libraryChecklistInput('cross-sector'));
		const government = supplement('sector-government', 'government', ['行政サービスを支える情報システムを洗い出している']);
		const clash = parse({
			...government,
			sections: [{ ...government.sections[0], items: [{ ...government.sections[0].items[0], id: 'GOV-01' }] }]
		});
		expect(messages(lib(['cross.yaml', cross], ['gov.yaml', clash]))).toContainEqual(
			expect.stringContaining('GOV-01 id: item id GOV-01 is also used in cross-sector')
		);
	});

	it('catches near-duplicate titles within a self-check and the same measure in several supplements', () => {
		const cross = libraryChecklistInput('cross-sector');
		(cross.sections[1].items[0] as Mutable).title = { ja: '制御系ネットワークの異常検知', en: 'x' };
		const elec = supplement('sector-electricity', 'electricity', ['制御系ネットワークの通信を監視し、異常を検知できる']);
		const gas = supplement('sector-gas', 'gas', ['制御系ネットワークと情報系・外部ネットワークの接続点を管理している']);
		const chem = supplement('sector-chemical', 'chemical', ['制御系ネットワークと情報系・外部ネットワークの接続点を管理している']);
		const found = messages(lib(['cross.yaml', parse(cross)], ['elec.yaml', elec], ['gas.yaml', gas], ['chem.yaml', chem]));
		expect(found).toContainEqual(expect.stringMatching(/^SEC-1 title.ja: nearly the same title as BCP-01 in cross-sector/));
		expect(found).toContainEqual(
			expect.stringMatching(/^SEC-1 title.ja: the same measure as SEC-1 in sector-gas .*belongs in the cross-sector checklist/)
		);
	});

	it('rates titles by their meaningful characters', () => {
		expect(titleSimilarity('重要システムを特定している', '重要システムの特定')).toBe(1);
		expect(titleSimilarity('CSIRT を設置している', '多要素認証を使っている')).toBeLessThan(0.2);
	});

	it('keeps sector items in supplements, leading flags consistent and exercise stages consistent', () => {
		const cross = libraryChecklistInput('cross-sector');
		(cross.sections[0].items[0] as Mutable).classification = 'sector';
		(cross.sections[1].items[0] as Mutable).title = { ja: '侵入テストを行っている', en: 'x' };
		const found = messages(lib(['cross.yaml', parse(cross)]));
		expect(found).toContainEqual(
			expect.stringContaining('GOV-01 classification: a cross-sector checklist holds consider and reference items')
		);
		expect(found).toContainEqual(expect.stringContaining('BCP-01 stage: penetration tests are part of the voluntary audit'));
	});
});
