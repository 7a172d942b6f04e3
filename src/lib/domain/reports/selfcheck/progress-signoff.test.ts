// The summary tells apart answers carried over and never confirmed, and the
// approval page carries the executive's statement (issue 7).
import { describe, expect, it } from 'vitest';
import { plainText, type Block, type ReportModel } from '../model';
import { buildSelfCheckReport } from './build';
import { parseSelfCheckSnapshot, type SelfCheckSnapshot } from './snapshot';
import { syntheticSnapshot } from './synthetic';

const OPTIONS = { reportId: 'MR-2026-PROGRESS', snapshotSha256: 'e'.repeat(64) };

const blocks = (model: ReportModel, id: string): Block[] => model.sections.find((s) => s.id === id)?.blocks ?? [];
const text = (model: ReportModel, id: string): string =>
	blocks(model, id)
		.map((b) => ('text' in b && b.text !== undefined ? plainText(b.text) : JSON.stringify(b)))
		.join('\n');

/** Every item answered and counted (reference items adopted); `carried` of them carried over and not confirmed. */
function answeredSnapshot(carried: number, signed = true): SelfCheckSnapshot {
	const snap = syntheticSnapshot({ items: 40, sections: 4, signed });
	return {
		...snap,
		items: snap.items.map((item, i) => ({
			...item,
			adoption: item.adoption ? { ...item.adoption, adopted: true } : item.adoption,
			answer: {
				...item.answer,
				status: item.answer.status === 'unanswered' ? 'implemented' : item.answer.status,
				carriedOver: i < carried
			}
		}))
	};
}

describe('the summary’s progress', () => {
	it('does not say every item is answered while carried-over answers are unconfirmed', () => {
		const model = buildSelfCheckReport(answeredSnapshot(12), OPTIONS);
		const summary = text(model, 'summary');
		expect(summary).not.toContain('すべての項目に回答済みです');
		expect(summary).toContain('全40項目のうち28項目に今年度回答済み（70.0%）、12項目は前年度から引き継いだまま今年度未確認');
		expect(summary).toContain('前年度から引き継いだまま今年度確認されていない回答が12件あります');
		const en = text(buildSelfCheckReport(answeredSnapshot(1), { ...OPTIONS, language: 'en' }), 'summary');
		expect(en).toContain('1 answer was carried over from last year and not confirmed this year');
		expect(en).not.toContain('All items are answered.');
	});

	it('says every item is answered only when none is unanswered or unconfirmed', () => {
		const summary = text(buildSelfCheckReport(answeredSnapshot(0), OPTIONS), 'summary');
		expect(summary).toContain('すべての項目に回答済みです');
		expect(summary).toContain('全40項目のうち40項目に回答済み');
	});
});

describe('the approval and signature page', () => {
	it('shows the statement the executive gave with the signature', () => {
		const snap = answeredSnapshot(0);
		const statement = '自己検証の結果を確認しました。\n一部実施の項目は来年度の予算で対応します。';
		const withStatement = parseSelfCheckSnapshot({ ...snap, signoff: { ...snap.signoff, statement } });
		const signoff = blocks(buildSelfCheckReport(withStatement, OPTIONS), 'signoff');
		expect(signoff).toContainEqual({ kind: 'heading', level: 3, text: '経営層の所見', keepWithNext: true });
		expect(signoff).toContainEqual({ kind: 'paragraph', text: statement });
		const en = blocks(buildSelfCheckReport(withStatement, { ...OPTIONS, language: 'en' }), 'signoff');
		expect(en).toContainEqual({ kind: 'heading', level: 3, text: 'Statement by the executive', keepWithNext: true });
	});

	it('has no statement heading when none was given', () => {
		expect(JSON.stringify(blocks(buildSelfCheckReport(answeredSnapshot(0), OPTIONS), 'signoff'))).not.toContain('経営層の所見');
	});
});
