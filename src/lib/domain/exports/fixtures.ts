/** One sheet type with a column of every cell type, for the exports tests. */
import { defineSheet } from './sheet';

export const testSheet = defineSheet({
	name: { ja: '回答', en: 'Answers' },
	columns: [
		{ key: 'item', header: { ja: '項目', en: 'Item' }, type: 'text' },
		{ key: 'note', header: { ja: '備考', en: 'Note' }, type: 'text' },
		{ key: 'score', header: { ja: '点数', en: 'Score' }, type: 'number' },
		{ key: 'due', header: { ja: '対応予定日', en: 'Target date' }, type: 'date' },
		{ key: 'at', header: { ja: '日時', en: 'When' }, type: 'datetime' },
		{ key: 'done', header: { ja: '確認済み', en: 'Confirmed' }, type: 'boolean', width: 10 }
	]
});
