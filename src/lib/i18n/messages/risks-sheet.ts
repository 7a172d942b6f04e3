import { defineMessages } from '../define';

/** Exporting the risk register to XLSX/CSV and importing it back. */
export const riskSheet = defineMessages(
	{
		link: '書き出し・取り込み',
		exportTitle: '書き出し',
		exportLead:
			'リスク台帳を XLSX または CSV（UTF-8・BOM 付き）で書き出します。見出しは日本語（英語版も選べます）。数式として解釈される文字で始まるセルは無害化されます。',
		importTitle: 'リスク台帳の取り込み',
		importLead:
			'書き出した形式の XLSX または CSV を取り込みます。番号のある行はそのリスクを更新し、番号が空欄の行は新しいリスクになります。1行でも問題があれば何も保存せず、行と列ごとに問題を示します。「参照用」の列は取り込みません。',
		file: 'ファイル（XLSX または CSV、5 MB まで）',
		fileHelp:
			'サービス・システム・依存先は組織プロファイルの名称と同じ名前で、「、」区切りで書きます。評価は承認済みリスク基準の版の尺度で入れます。',
		importButton: '取り込む',
		imported: (file: string, created: number, updated: number) => `${file} を取り込みました（新規 ${created}件、更新 ${updated}件）。`,
		nothingImported: (n: number) => `問題が${n}件あるため、何も取り込んでいません。直してからもう一度取り込んでください。`,
		row: '行',
		column: '列',
		problem: '問題'
	},
	{
		link: 'Export and import',
		exportTitle: 'Export',
		exportLead:
			'The risk register as XLSX or CSV (UTF-8 with BOM), with Japanese headers (or English). Cells that a spreadsheet would read as a formula are neutralised.',
		importTitle: 'Import the risk register',
		importLead:
			'Import an XLSX or CSV in the exported layout. A row with a number updates that risk; a row without one adds a new risk. If any row has a problem nothing is saved, and each problem is shown with its row and column. Columns marked “for reference” are not imported.',
		file: 'File (XLSX or CSV, at most 5 MB)',
		fileHelp:
			'Services, systems and dependencies by their names in the profile, separated by 、 or commas. Ratings on the scales of an approved criteria version.',
		importButton: 'Import',
		imported: (file: string, created: number, updated: number) => `Imported ${file} (${created} new, ${updated} updated).`,
		nothingImported: (n: number) => `Nothing was imported: ${n} problem(s). Fix them and import again.`,
		row: 'Row',
		column: 'Column',
		problem: 'Problem'
	}
);
