import { defineMessages } from '../define';

/** The spreadsheet download form (a part of exports, in its own module so the pages that show only the form do not ship every export message). */
export const exportSheet = defineMessages(
	{
		sheet: {
			legend: '表計算ファイルで書き出す',
			format: '形式',
			xlsx: 'Excel（.xlsx）',
			csv: 'CSV（UTF-8、BOM付き）',
			headers: '見出し',
			ja: '日本語',
			en: '英語',
			download: 'ダウンロード',
			answersHint: '回答・理由・担当者・対応予定日・証跡・レビューコメントを項目ごとに1行で書き出します。CSVには回答の表だけが入ります。',
			auditHint: (count: number) => `いま表示している条件の${count}件をすべて書き出します（ページ分けなし）。`,
			formulaNote: "「=」「+」「-」「@」などで始まる文字列は、数式として実行されないよう先頭にアポストロフィ（'）を付けています。"
		}
	},
	{
		sheet: {
			legend: 'Download as a spreadsheet',
			format: 'Format',
			xlsx: 'Excel (.xlsx)',
			csv: 'CSV (UTF-8 with BOM)',
			headers: 'Headers',
			ja: 'Japanese',
			en: 'English',
			download: 'Download',
			answersHint:
				'One row per item: answer, justification, owner, target date, evidence and review comments. A CSV holds the answers table only.',
			auditHint: (count: number) => `Downloads all ${count} entries matching the current filters (not just this page).`,
			formulaNote: "Text starting with =, +, -, @ and the like gets a leading apostrophe (') so that it is never run as a formula."
		}
	}
);
