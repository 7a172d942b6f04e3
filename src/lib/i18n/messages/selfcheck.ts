import { defineMessages } from '../define';
import { selfcheckPage } from './selfcheck-page';
import { selfcheckWorkflow } from './selfcheck-workflow';

/** The annual self-check: assessments, answering, review and sign-off, checklists and import. */
export const selfcheck = defineMessages(
	{
		...selfcheckPage.ja,
		start: selfcheckWorkflow.ja.start,
		lead: '安全基準等の要検討事項と参考事項に、年度ごとに回答します。提出後は監査人がレビューし、経営層が承認・署名すると内容が固定されます。',
		list: {
			title: '年度別の自己検証',
			empty: 'まだ自己検証はありません。',
			emptyNotSecurity: '自己検証を開始できるのはセキュリティ担当です。開始されると、ここに年度ごとに表示されます。',
			superseded: '新しい版があります',
			fiscalYear: '年度',
			statusCol: '状態',
			progress: '進捗',
			updated: '更新日',
			checklistsLink: 'チェックリスト（ライブラリ・取り込み）'
		},
		answer: {
			notDraft: (signed: boolean) =>
				`この自己検証はすでに${signed ? '署名' : '提出'}されたため、回答は保存できません。ページを再読み込みしてください。${signed ? '修正が必要なら、理由を付けて新しい版として再開します。' : '修正が必要なら、差し戻しを依頼してください。'}`,
			noRole: '回答を保存できるのはこの組織のセキュリティ担当です。必要であれば、組織管理者に役割の追加を依頼してください。'
		},
		checklists: {
			title: 'チェックリスト',
			lead: 'ライブラリのチェックリストと、組織で取り込んだチェックリストです。自己検証では、開始時に使う版がこの組織に固定（コピー）され、後から変わることはありません。',
			library: 'ライブラリ',
			pinned: 'この組織に固定された版',
			id: 'ID',
			name: '名称',
			version: '版',
			items: '項目数',
			sectors: '対象分野',
			allSectors: '全分野',
			source: { library: 'ライブラリ', import: '取り込み' },
			view: '項目を見る',
			notForOrg: 'この組織には適用されない項目',
			back: 'チェックリスト一覧へ',
			issuer: '発行',
			published: '公開日',
			noPinned: 'まだ固定された版はありません。',
			importTitle: 'チェックリストを取り込む',
			importLead:
				'CSV・XLSX（列は checklists/IMPORT.md）または OSCAL カタログ（JSON）から取り込みます。問題が1つでもあれば、何も保存せずに問題を行番号とともに示します。',
			importSecurityOnly: 'チェックリストを取り込めるのはセキュリティ担当です。',
			file: 'ファイル（.csv / .xlsx / .json）',
			fileHelp: (mb: number) =>
				`${mb} MB まで。CSV は UTF-8・UTF-16・Shift_JIS のどれでも読めます（文字コードは自動で判定します）。見出し行は日本語の列名でもかまいません。`,
			tooLarge: (max: number, mb: number) => `ファイルが大きすぎます（${mb.toFixed(1)} MB）。取り込めるのは ${max} MB までです。`,
			importing: '取り込み中です。大きなカタログでは数十秒かかることがあります…',
			notesTitle: '取り込みの際に行ったこと',
			usedBy: '使用状況',
			uses: (n: number) => (n === 0 ? 'どの自己検証でも使われていません' : `${n} 件の自己検証で使用中`),
			deleteLead: 'このチェックリストはどの自己検証でも使われていないため、削除できます。削除の記録は監査証跡に残ります。',
			delete: 'この取り込みを削除',
			deleteConfirm: (title: string) => `「${title}」を削除します。よろしいですか？`,
			deleteUsed: '自己検証で使われているチェックリストは削除できません（回答と署名の根拠として残します）。',
			deleted: '取り込んだチェックリストを削除しました。',
			checklistId: 'チェックリストID（英小文字とハイフン）',
			titleJa: '名称（日本語）',
			titleEn: '名称（英語）',
			issuerJa: '発行者（日本語）',
			issuerEn: '発行者（英語）',
			versionHelp: 'OSCAL では省略するとカタログの版を使います。',
			appliesTo: '対象',
			sectorsHelp: '選ばなければ全分野が対象です。',
			operatorClasses: '事業者区分',
			oscal: 'OSCAL の取り込み方',
			rule: '区分の付け方',
			rules: {
				'all-consider': 'すべて要検討事項',
				'all-reference': 'すべて参考事項',
				'enhancements-reference': '管理策は要検討事項、拡張は参考事項'
			},
			proseLang: 'カタログの本文の言語',
			threats: '脅威の分類（全項目に付与）',
			stage: '段階（全項目に付与）',
			submit: '取り込む',
			problems: (n: number) => `${n} 件の問題があります。何も保存していません。`,
			row: '行',
			field: '列・項目',
			message: '内容',
			imported: (title: string, n: number) => `「${title}」（${n} 項目）を取り込みました。`,
			duplicate: '同じIDと版のチェックリストがすでにあります。版を変えて取り込んでください。',
			noFile: 'ファイルを選んでください。',
			badFormat: '拡張子が .csv、.xlsx、.json のファイルを選んでください。',
			tooDeep: (max: number, line: number) =>
				`ファイルの入れ子が深すぎます（${line}行目で${max}段を超えています）。OSCAL カタログは通常20段以内です。正しいファイルか確認してください。`,
			unreadable: (id: string) =>
				`このファイルは読み取れませんでした。ファイルの形式と中身を確認してください。続く場合は管理者にエラーID ${id} を伝えてください。`
		}
	},
	{
		...selfcheckPage.en,
		start: selfcheckWorkflow.en.start,
		lead: 'Answer the items to consider and the reference items of the safety standards once each fiscal year. After submission an auditor reviews it; once an executive approves and signs, it is fixed.',
		list: {
			title: 'Self-checks by fiscal year',
			empty: 'There is no self-check yet.',
			emptyNotSecurity: 'Only the security team can start a self-check. Once started, it is listed here by fiscal year.',
			superseded: 'A newer revision exists',
			fiscalYear: 'Fiscal year',
			statusCol: 'Status',
			progress: 'Progress',
			updated: 'Updated',
			checklistsLink: 'Checklists (library and imports)'
		},
		answer: {
			notDraft: (signed: boolean) =>
				`This self-check has been ${signed ? 'signed' : 'submitted'}, so answers can no longer be saved. Reload the page. ${signed ? 'If it needs changes, reopen it as a new revision with a reason.' : 'If it needs changes, ask for it to be returned to draft.'}`,
			noRole:
				'Only the security team of this organisation can save answers. If you need to, ask an organisation admin to give you that role.'
		},
		checklists: {
			title: 'Checklists',
			lead: 'The library checklists and the checklists your organisation imported. When a self-check starts, the version it uses is pinned (copied) to the organisation and never changes afterwards.',
			library: 'Library',
			pinned: 'Versions pinned to this organisation',
			id: 'ID',
			name: 'Name',
			version: 'Version',
			items: 'Items',
			sectors: 'Sectors',
			allSectors: 'All sectors',
			source: { library: 'Library', import: 'Import' },
			view: 'View items',
			notForOrg: 'Does not apply to this organisation',
			back: 'Back to checklists',
			issuer: 'Issuer',
			published: 'Published',
			noPinned: 'No version pinned yet.',
			importTitle: 'Import a checklist',
			importLead:
				'From CSV or XLSX (columns in checklists/IMPORT.md) or an OSCAL catalog (JSON). If there is any problem, nothing is saved and every problem is listed with its row.',
			importSecurityOnly: 'Only the security team can import checklists.',
			file: 'File (.csv / .xlsx / .json)',
			fileHelp: (mb: number) =>
				`Up to ${mb} MB. CSV may be UTF-8, UTF-16 or Shift_JIS (the encoding is detected). Header names may be the Japanese ones.`,
			tooLarge: (max: number, mb: number) => `The file is too large (${mb.toFixed(1)} MB): imports take files up to ${max} MB.`,
			importing: 'Importing… a large catalog can take some tens of seconds.',
			notesTitle: 'What the import did',
			usedBy: 'In use',
			uses: (n: number) => (n === 0 ? 'Not used by any self-check' : `Used by ${n} self-check${n === 1 ? '' : 's'}`),
			deleteLead: 'No self-check uses this checklist, so it can be deleted. The deletion is recorded in the audit trail.',
			delete: 'Delete this import',
			deleteConfirm: (title: string) => `Delete “${title}”?`,
			deleteUsed: 'A checklist a self-check uses cannot be deleted (it stays as the basis of the answers and the signature).',
			deleted: 'The imported checklist was deleted.',
			checklistId: 'Checklist id (lower-case letters and hyphens)',
			titleJa: 'Name (Japanese)',
			titleEn: 'Name (English)',
			issuerJa: 'Issuer (Japanese)',
			issuerEn: 'Issuer (English)',
			versionHelp: 'For OSCAL, the catalog’s version is used when left empty.',
			appliesTo: 'Applies to',
			sectorsHelp: 'None chosen = all sectors.',
			operatorClasses: 'Operator classes',
			oscal: 'How to read an OSCAL catalog',
			rule: 'Classification',
			rules: {
				'all-consider': 'All items to consider',
				'all-reference': 'All reference items',
				'enhancements-reference': 'Controls to consider, enhancements as reference'
			},
			proseLang: 'Language of the catalog text',
			threats: 'Threat categories (for every item)',
			stage: 'Stage (for every item)',
			submit: 'Import',
			problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found. Nothing was saved.`,
			row: 'Row',
			field: 'Column / field',
			message: 'Problem',
			imported: (title: string, n: number) => `Imported “${title}” (${n} items).`,
			duplicate: 'A checklist with this id and version exists already. Import it with another version.',
			noFile: 'Choose a file.',
			badFormat: 'Choose a .csv, .xlsx or .json file.',
			tooDeep: (max: number, line: number) =>
				`The file nests too deeply (more than ${max} levels at line ${line}); an OSCAL catalog normally needs fewer than 20. Check that it is the right file.`,
			unreadable: (id: string) =>
				`This file could not be read. Check its format and content; if it keeps happening, give your administrator the error id ${id}.`
		}
	}
);
