import { defineMessages } from '../define';

/** The annual self-check: assessments, answering, review and sign-off, checklists and import. */
export const selfcheck = defineMessages(
	{
		title: '自己点検', lead: '安全基準等の要検討事項と参考事項に、年度ごとに回答します。提出後は監査人がレビューし、経営層が承認・署名すると内容が固定されます。',
		status: { draft: '作成中', submitted: '提出済み（レビュー中）', signed: '署名済み' },
		revision: (n: number) => `第${n}版`,
		list: {
			title: '年度別の自己点検', empty: 'まだ自己点検はありません。', emptyNotSecurity: '自己点検を開始できるのはセキュリティ担当です。開始されると、ここに年度ごとに表示されます。',
			superseded: '新しい版があります', fiscalYear: '年度', statusCol: '状態', progress: '進捗', updated: '更新日',
			checklistsLink: 'チェックリスト（ライブラリ・取り込み）'
		},
		score: {
			consider: '要検討事項', reference: '参考事項', overall: '全体',
			points: (p: string, possible: number) => `${p} / ${possible} 点`,
			help: '実施・代替策 = 1 点、一部実施 = 0.5 点、未実施・未回答 = 0 点。対象外は分母から除きます。自己評価のための目安で、事業者間の比較には使いません。',
			answered: (a: number, t: number) => `${t} 項目中 ${a} 項目に回答`,
			breakdown: 'スコアの内訳とグラフ', coverageTitle: '節別の達成率（要検討事項・参考事項）', coverageDesc: '節ごとに、要検討事項と参考事項それぞれの得点率を横棒で示します。',
			yoyTitle: (prev: string) => `前年度（${prev}）との比較`,
			yoyDesc: '節ごとに、前年度と今年度の得点率（両年度にある項目のみ）を並べて示します。', previous: '前年度', current: '今年度', na: '該当なし',
			delta: (d: string) => `前年度比 ${d} ポイント`,
			changed: (n: number) => `前年度から回答が変わった項目: ${n} 件`,
			newItems: (n: number) => `今年度に新しく加わった項目: ${n} 件`
		},
		start: {
			title: (fy: string) => `${fy}の自己点検を開始`,
			year: '年度', checklists: '回答するチェックリスト', applicableHint: '組織の分野と事業者区分に該当するライブラリのチェックリストを選択済みです。ほかのチェックリストも追加できます。',
			applicable: '該当', otherLibrary: 'ほかの分野・区分のチェックリスト', imported: '取り込んだチェックリスト',
			items: (n: number) => `${n} 項目`,
			carry: (fy: string) => `${fy}の回答を引き継ぐ`,
			carryHelp: '同じチェックリストIDと項目IDの回答をコピーし、「前年度から引継ぎ」の印を付けます。確認するまで印は残ります。', previous: '前年度の自己点検（比較・引継ぎ元）', noPrevious: 'なし',
			submit: '開始する', chooseChecklist: 'チェックリストを1つ以上選んでください。',
			yearExists: (fy: string) => `${fy}の自己点検はすでにあります。`,
			carried: (n: number) => `前年度から ${n} 件の回答を引き継ぎました。「前年度から引継ぎ」の項目を確認してください。`
		},
		page: {
			heading: (fy: string) => `${fy} 自己点検`,
			checklists: 'チェックリスト', progress: '回答の進捗', readOnlyRole: '閲覧のみです。回答を入力できるのはセキュリティ担当です。',
			readOnlyStatus: { submitted: '提出済みのため、回答は編集できません。差し戻されると再び編集できます。', signed: '署名済みのため、内容は固定されています。' },
			newerRevision: (rev: string) => `この版より新しい ${rev} があります。`,
			returned: (reason: string) => `差し戻されました（理由: ${reason}）。修正して再提出してください。`,
			reopenedFrom: (rev: string, reason: string) => `${rev} を再開した版です。理由: ${reason}`,
			previousLink: (fy: string) => `前年度の自己点検（${fy}）`,
			open: (rev: string) => `${rev}を開く`,
			separator: '、'
		},
		filter: {
			search: '検索', searchPlaceholder: '項目ID・タイトル・解説（/）',
			section: '節', classification: '区分', status: '回答', owner: '担当者', all: 'すべて', noOwner: '（未設定）',
			carried: '引継ぎ未確認のみ', commented: 'レビューコメントありのみ', apply: '絞り込む', clear: '条件をクリア',
			shown: (n: number, total: number) => `${total} 項目中 ${n} 項目を表示`,
			none: '条件に合う項目はありません。', more: '続きを表示', earlier: '前の項目を表示'
		},
		keys: {
			title: 'キーボード操作', show: 'キーボード操作（?）', move: 'j / k または ↓ / ↑: 次・前の項目へ',
			status: '1〜6: 回答（1 実施, 2 代替策, 3 一部実施, 4 未実施, 5 対象外, 6 未回答）', open: 'Enter: メモ・理由を開く', leave: 'Esc: 入力欄から項目に戻る',
			search: '/: 検索欄へ', help: '?: この説明を表示・非表示'
		},
		item: {
			evidence: '証跡の例', answer: '回答', details: 'メモ・理由・担当', justification: '理由', justificationHelp: '代替策・対象外では必須です。',
			notes: 'メモ（Markdown）', notesShort: 'メモ', owner: '担当者', targetDate: '対応予定日', save: '保存', saving: '保存中…', saved: '保存しました', failed: '保存できませんでした',
			retry: 'もう一度保存', carried: '前年度から引継ぎ — 確認してください', carriedReadOnly: '前年度から引継ぎ（未確認）', confirm: '確認した',
			lastSaved: (who: string, when: string) => `${who}（${when}）`,
			ownerSummary: (owner: string, date: string) => `担当: ${owner || '未設定'}${date ? ` · 対応予定日: ${date}` : ''}`
		},
		conflict: {
			title: '他の人が先にこの回答を保存しました。あなたの入力は上書きしていません。',
			theirs: (who: string, when: string) => `保存されている回答（${who}、${when}）`,
			mine: 'あなたの入力', useTheirs: '保存されている回答を使う', keepMine: 'あなたの入力で上書き保存する', someone: '別の担当者'
		},
		answer: { notEditable: 'この回答は保存できません。自己点検が提出・署名済みになったか、権限がありません。ページを再読み込みしてください。' },
		comments: {
			title: 'レビューコメント', empty: 'まだレビューコメントはありません。',
			count: (n: number) => `コメント ${n} 件`,
			add: 'コメントする', label: 'コメント', post: '投稿する', general: '全体へのコメント', generalLabel: '自己点検全体へのコメント',
			onItem: (id: string) => `項目 ${id}`,
			onlySubmitted: '監査人は、提出済みの自己点検にコメントできます。'
		},
		workflow: {
			title: '手続き', draftHelp: 'セキュリティ担当が回答し、提出します。', submit: 'レビューに提出する', submitConfirm: '提出すると、差し戻されるまで回答は編集できません。提出しますか？',
			submittedAt: (when: string) => `${when} に提出されました。`,
			submittedHelp: '監査人がレビューし、経営層が承認・署名するか、理由を付けて差し戻します。', returnToDraft: '差し戻す', returnReason: '差し戻す理由',
			sign: '承認・署名する', statement: '署名に添える所見（任意）', signConfirm: '回答内容を確認し、この自己点検を承認します。署名後は誰も変更できません。',
			signedBy: (who: string, when: string) => `${who} が ${when} に承認・署名しました。`,
			sha: '署名した内容の SHA-256', locked: '署名済みの自己点検は固定され、誰も変更できません。修正が必要な場合は、理由を付けて新しい版として再開します。',
			reopen: '新しい版として再開する', reopenReason: '再開する理由', reasonRequired: '理由を入力してください。', failed: 'この操作はできませんでした。ページを再読み込みして状態を確認してください。'
		},
		checklists: {
			title: 'チェックリスト', lead: 'ライブラリのチェックリストと、組織で取り込んだチェックリストです。自己点検では、開始時に使う版がこの組織に固定（コピー）され、後から変わることはありません。',
			library: 'ライブラリ', pinned: 'この組織に固定された版', id: 'ID', name: '名称', version: '版', items: '項目数', sectors: '対象分野', allSectors: '全分野',
			source: { library: 'ライブラリ', import: '取り込み' },
			view: '項目を見る', notForOrg: 'この組織には適用されない項目', back: 'チェックリスト一覧へ', issuer: '発行', published: '公開日', noPinned: 'まだ固定された版はありません。',
			importTitle: 'チェックリストを取り込む',
			importLead: 'CSV・XLSX（列は checklists/IMPORT.md）または OSCAL カタログ（JSON）から取り込みます。問題が1つでもあれば、何も保存せずに問題を行番号とともに示します。',
			importSecurityOnly: 'チェックリストを取り込めるのはセキュリティ担当です。', file: 'ファイル（.csv / .xlsx / .json）', checklistId: 'チェックリストID（英小文字とハイフン）',
			titleJa: '名称（日本語）', titleEn: '名称（英語）', issuerJa: '発行者（日本語）', issuerEn: '発行者（英語）', versionHelp: 'OSCAL では省略するとカタログの版を使います。',
			appliesTo: '対象', sectorsHelp: '選ばなければ全分野が対象です。', operatorClasses: '事業者区分', oscal: 'OSCAL の取り込み方', rule: '区分の付け方',
			rules: { 'all-consider': 'すべて要検討事項', 'all-reference': 'すべて参考事項', 'enhancements-reference': '管理策は要検討事項、拡張は参考事項' },
			proseLang: 'カタログの本文の言語', threats: '脅威の分類（全項目に付与）', stage: '段階（全項目に付与）', submit: '取り込む',
			problems: (n: number) => `${n} 件の問題があります。何も保存していません。`,
			row: '行', field: '列・項目', message: '内容',
			imported: (title: string, n: number) => `「${title}」（${n} 項目）を取り込みました。`,
			duplicate: '同じIDと版のチェックリストがすでにあります。版を変えて取り込んでください。', noFile: 'ファイルを選んでください。',
			badFormat: '拡張子が .csv、.xlsx、.json のファイルを選んでください。'
		}
	},
	{
		title: 'Self-check',
		lead: 'Answer the items to consider and the reference items of the safety standards once each fiscal year. After submission an auditor reviews it; once an executive approves and signs, it is fixed.',
		status: { draft: 'Draft', submitted: 'Submitted (in review)', signed: 'Signed' },
		revision: (n: number) => `Rev. ${n}`,
		list: {
			title: 'Self-checks by fiscal year', empty: 'There is no self-check yet.',
			emptyNotSecurity: 'Only the security team can start a self-check. Once started, it is listed here by fiscal year.',
			superseded: 'A newer revision exists',
			fiscalYear: 'Fiscal year', statusCol: 'Status', progress: 'Progress', updated: 'Updated',
			checklistsLink: 'Checklists (library and imports)'
		},
		score: {
			consider: 'Items to consider', reference: 'Reference items', overall: 'Overall',
			points: (p: string, possible: number) => `${p} of ${possible} points`,
			help: 'Implemented or alternative = 1 point, partly implemented = 0.5, not implemented or unanswered = 0. Not applicable items are left out. A self-evaluation aid, not for comparing operators.',
			answered: (a: number, t: number) => `${a} of ${t} items answered`,
			breakdown: 'Score breakdown and charts', coverageTitle: 'Score by section (items to consider and reference items)',
			coverageDesc: 'For each section, horizontal bars show the score of the items to consider and of the reference items.',
			yoyTitle: (prev: string) => `Compared with the previous year (${prev})`,
			yoyDesc: 'For each section, paired bars show last year’s and this year’s score over the items present in both years.',
			previous: 'Previous year', current: 'This year', na: 'n/a',
			delta: (d: string) => `${d} pp vs previous year`,
			changed: (n: number) => `Items whose answer changed since the previous year: ${n}`,
			newItems: (n: number) => `Items new this year: ${n}`
		},
		start: {
			title: (fy: string) => `Start the ${fy} self-check`,
			year: 'Fiscal year', checklists: 'Checklists to answer',
			applicableHint: 'The library checklists that apply to your sector and operator class are selected. You can add others.',
			applicable: 'Applies', otherLibrary: 'Checklists for other sectors or classes', imported: 'Imported checklists',
			items: (n: number) => `${n} items`,
			carry: (fy: string) => `Carry forward the answers of ${fy}`,
			carryHelp: 'Answers with the same checklist id and item id are copied and marked “carried over” until someone confirms them.',
			previous: 'Previous self-check (for comparison and carry-forward)', noPrevious: 'None', submit: 'Start',
			chooseChecklist: 'Choose at least one checklist.',
			yearExists: (fy: string) => `There is already a self-check for ${fy}.`,
			carried: (n: number) => `${n} answers were carried over from the previous year. Please confirm the items marked “carried over”.`
		},
		page: {
			heading: (fy: string) => `${fy} self-check`,
			checklists: 'Checklists', progress: 'Progress', readOnlyRole: 'Read only. Answers are entered by the security team.',
			readOnlyStatus: { submitted: 'Submitted: answers cannot be edited unless it is returned to draft.', signed: 'Signed: the content is fixed.' },
			newerRevision: (rev: string) => `A newer revision exists: ${rev}.`,
			returned: (reason: string) => `Returned to draft for changes: ${reason}`,
			reopenedFrom: (rev: string, reason: string) => `Reopened from ${rev}. Reason: ${reason}`,
			previousLink: (fy: string) => `Previous year’s self-check (${fy})`,
			open: (rev: string) => `Open ${rev}`,
			separator: ', '
		},
		filter: {
			search: 'Search', searchPlaceholder: 'Item id, title or guidance ( / )',
			section: 'Section', classification: 'Classification', status: 'Answer', owner: 'Owner', all: 'All', noOwner: '(none)',
			carried: 'Unconfirmed carried-over only', commented: 'With review comments only', apply: 'Apply', clear: 'Clear filters',
			shown: (n: number, total: number) => `Showing ${n} of ${total} items`,
			none: 'No item matches these filters.', more: 'Show more items', earlier: 'Show earlier items'
		},
		keys: {
			title: 'Keyboard', show: 'Keyboard shortcuts (?)', move: 'j / k or ↓ / ↑: next / previous item',
			status: '1–6: answer (1 implemented, 2 alternative, 3 partly, 4 not implemented, 5 not applicable, 6 unanswered)',
			open: 'Enter: open notes and justification', leave: 'Esc: back from a field to its item', search: '/: jump to search',
			help: '?: show or hide this help'
		},
		item: {
			evidence: 'Evidence examples', answer: 'Answer', details: 'Notes, justification, owner', justification: 'Justification',
			justificationHelp: 'Required for an alternative measure and for not applicable.', notes: 'Notes (Markdown)', notesShort: 'Notes', owner: 'Owner',
			targetDate: 'Target date', save: 'Save', saving: 'Saving…', saved: 'Saved', failed: 'Not saved', retry: 'Save again',
			carried: 'Carried over — confirm', carriedReadOnly: 'Carried over (not yet confirmed)', confirm: 'Confirm',
			lastSaved: (who: string, when: string) => `${who} (${when})`,
			ownerSummary: (owner: string, date: string) => `Owner: ${owner || 'not set'}${date ? ` · target date: ${date}` : ''}`
		},
		conflict: {
			title: 'Someone else saved this answer first. Your input has not overwritten it.',
			theirs: (who: string, when: string) => `Saved answer (${who}, ${when})`,
			mine: 'Your input', useTheirs: 'Use the saved answer', keepMine: 'Save my input over it', someone: 'another team member'
		},
		answer: { notEditable: 'This answer cannot be saved: the self-check has been submitted or signed, or you lack permission. Reload the page.' },
		comments: {
			title: 'Review comments', empty: 'No review comments yet.',
			count: (n: number) => `${n} comment${n === 1 ? '' : 's'}`,
			add: 'Comment', label: 'Comment', post: 'Post', general: 'General comment', generalLabel: 'Comment on the whole self-check',
			onItem: (id: string) => `Item ${id}`,
			onlySubmitted: 'Auditors can comment once the self-check is submitted.'
		},
		workflow: {
			title: 'Workflow', draftHelp: 'The security team answers and submits it.', submit: 'Submit for review',
			submitConfirm: 'Once submitted, answers cannot be edited unless it is returned to draft. Submit now?',
			submittedAt: (when: string) => `Submitted on ${when}.`,
			submittedHelp: 'An auditor reviews it; an executive approves and signs it, or returns it to draft with a reason.',
			returnToDraft: 'Return to draft', returnReason: 'Reason for returning it',
			sign: 'Approve and sign', statement: 'Statement with the signature (optional)',
			signConfirm: 'I have reviewed the answers and approve this self-check. After signing, nobody can change it.',
			signedBy: (who: string, when: string) => `Approved and signed by ${who} on ${when}.`,
			sha: 'SHA-256 of the signed content',
			locked: 'A signed self-check is fixed; nobody can change it. If something must be corrected, reopen it as a new revision with a reason.',
			reopen: 'Reopen as a new revision', reopenReason: 'Reason for reopening', reasonRequired: 'Give a reason.',
			failed: 'This could not be done. Reload the page and check the status.'
		},
		checklists: {
			title: 'Checklists',
			lead: 'The library checklists and the checklists your organisation imported. When a self-check starts, the version it uses is pinned (copied) to the organisation and never changes afterwards.',
			library: 'Library', pinned: 'Versions pinned to this organisation',
			id: 'ID', name: 'Name', version: 'Version', items: 'Items', sectors: 'Sectors', allSectors: 'All sectors',
			source: { library: 'Library', import: 'Import' },
			view: 'View items', notForOrg: 'Does not apply to this organisation', back: 'Back to checklists', issuer: 'Issuer', published: 'Published',
			noPinned: 'No version pinned yet.', importTitle: 'Import a checklist',
			importLead: 'From CSV or XLSX (columns in checklists/IMPORT.md) or an OSCAL catalog (JSON). If there is any problem, nothing is saved and every problem is listed with its row.',
			importSecurityOnly: 'Only the security team can import checklists.', file: 'File (.csv / .xlsx / .json)',
			checklistId: 'Checklist id (lower-case letters and hyphens)',
			titleJa: 'Name (Japanese)', titleEn: 'Name (English)', issuerJa: 'Issuer (Japanese)', issuerEn: 'Issuer (English)',
			versionHelp: 'For OSCAL, the catalog’s version is used when left empty.',
			appliesTo: 'Applies to', sectorsHelp: 'None chosen = all sectors.', operatorClasses: 'Operator classes',
			oscal: 'How to read an OSCAL catalog', rule: 'Classification',
			rules: { 'all-consider': 'All items to consider', 'all-reference': 'All reference items', 'enhancements-reference': 'Controls to consider, enhancements as reference' },
			proseLang: 'Language of the catalog text', threats: 'Threat categories (for every item)', stage: 'Stage (for every item)',
			submit: 'Import',
			problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found. Nothing was saved.`,
			row: 'Row', field: 'Column / field', message: 'Problem',
			imported: (title: string, n: number) => `Imported “${title}” (${n} items).`,
			duplicate: 'A checklist with this id and version exists already. Import it with another version.', noFile: 'Choose a file.',
			badFormat: 'Choose a .csv, .xlsx or .json file.'
		}
	}
);
