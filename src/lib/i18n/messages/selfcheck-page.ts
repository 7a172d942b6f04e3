import { defineMessages } from '../define';
import { selfcheckCarried } from './selfcheck-carried';
import { selfcheckProgress } from './selfcheck-progress';
import { selfcheckWorkflow } from './selfcheck-workflow';
import { selfcheckKeys } from './selfcheck-keys';

/**
 * The part of the self-check messages the answering page and the self-check
 * list show (the browser gets only this part with the answering page:
 * i18n/scopes/selfcheck.svelte.ts); selfcheck.ts adds the rest.
 */
export const selfcheckPage = defineMessages(
	{
		title: '自己検証',
		status: { draft: '作成中', submitted: '提出済み（レビュー中）', signed: '署名済み' },
		revision: (n: number) => `第${n}版`,
		score: {
			consider: '要検討事項',
			reference: '参考事項（採用分）',
			sector: '分野固有事項',
			leading: '先導的取組',
			overall: '全体',
			points: (p: string, possible: number) => `${p} / ${possible} 点`,
			help: '実施・代替策 = 1 点、一部実施 = 0.5 点、未実施・未回答 = 0 点。対象外は分母から除きます。区分ごとに別々に集計し、参考事項は採用したものだけを数えます。自己評価のための目安で、事業者間の比較には使いません。',
			answered: (a: number, t: number) => `${t} 項目中 ${a} 項目に回答`,
			breakdown: 'スコアの内訳とグラフ',
			coverageTitle: '項目群別・区分別の達成率',
			coverageDesc: '項目群ごとに、区分（要検討事項・採用した参考事項・分野固有事項・先導的取組）それぞれの得点率を横棒で示します。',
			yoyTitle: (prev: string) => `前年度（${prev}）との比較`,
			yoyDesc: '項目群ごとに、前年度と今年度の得点率（両年度にある項目のみ）を並べて示します。',
			previous: '前年度',
			current: '今年度',
			na: '該当なし',
			delta: (d: string) => `前年度比 ${d} ポイント`,
			changed: (n: number) => `前年度から回答が変わった項目: ${n} 件`,
			newItems: (n: number) => `今年度に新しく加わった項目: ${n} 件`
		},
		start: { carried: selfcheckCarried.ja.carried },
		unconfirmed: selfcheckProgress.ja.unconfirmed,
		page: {
			heading: (fy: string) => `${fy} 自己検証`,
			checklists: 'チェックリスト',
			progress: '回答の進捗',
			readOnlyRole: '閲覧のみです。回答を入力できるのはセキュリティ担当です。',
			readOnlyStatus: {
				submitted: '提出済みのため、回答は編集できません。差し戻されると再び編集できます。',
				signed: '署名済みのため、内容は固定されています。'
			},
			newerRevision: (rev: string) => `この版より新しい ${rev} があります。`,
			returned: (reason: string) => `差し戻されました（理由: ${reason}）。修正して再提出してください。`,
			reopenedFrom: (rev: string, reason: string) => `${rev} を再開した版です。理由: ${reason}`,
			previousLink: (fy: string) => `前年度の自己検証（${fy}）`,
			open: (rev: string) => `${rev}を開く`,
			separator: '、'
		},
		filter: {
			search: '検索',
			searchPlaceholder: '項目ID・タイトル・解説（/）',
			section: '項目群',
			classification: '区分',
			status: '回答',
			owner: '担当者',
			all: 'すべて',
			noOwner: '（未設定）',
			carried: '引継ぎ未確認のみ',
			commented: 'レビューコメントありのみ',
			apply: '絞り込む',
			clear: '条件をクリア',
			shown: (n: number, total: number) => `${total} 項目中 ${n} 項目が該当`,
			none: '条件に合う項目はありません。',
			more: '次の項目へ',
			earlier: '前の項目へ',
			range: (from: number, to: number, n: number) => `${n} 項目中 ${from}〜${to} 項目目`
		},
		keys: selfcheckKeys.ja.keys,
		item: {
			evidence: '証跡の例',
			answer: '回答',
			details: 'メモ・理由・担当',
			justification: '理由',
			justificationHelp: '代替策・対象外では必須です。',
			notes: 'メモ（Markdown）',
			notesShort: 'メモ',
			owner: '担当者',
			targetDate: '対応予定日',
			save: '保存',
			saving: '保存中…',
			saved: '保存しました',
			failed: '保存できませんでした',
			retry: 'もう一度保存',
			carried: '前年度から引継ぎ — 確認してください',
			carriedReadOnly: '前年度から引継ぎ（未確認）',
			confirm: '確認した',
			lastSaved: (who: string, when: string) => `${who}（${when}）`,
			ownerSummary: (owner: string, date: string) => `担当: ${owner || '未設定'}${date ? ` · 対応予定日: ${date}` : ''}`,
			keptDate: (date: string) => `対応予定日 ${date} は残してあります（一部実施・未実施に戻すと再び表示されます）。`
		},
		conflict: {
			title: '他の人が先にこの回答を保存しました。あなたの入力は上書きしていません。',
			theirs: (who: string, when: string) => `保存されている回答（${who}、${when}）`,
			mine: 'あなたの入力',
			useTheirs: '保存されている回答を使う',
			keepMine: 'あなたの入力で上書き保存する',
			someone: '別の担当者'
		},
		comments: {
			title: 'レビューコメント',
			empty: 'まだレビューコメントはありません。',
			count: (n: number) => `コメント ${n} 件`,
			add: 'コメントする',
			label: 'コメント',
			post: '投稿する',
			general: '全体へのコメント',
			generalLabel: '自己検証全体へのコメント',
			onItem: (id: string) => `項目 ${id}`,
			onlySubmitted: '監査人は、提出済みの自己検証にコメントできます。'
		},
		workflow: selfcheckWorkflow.ja.workflow
	},
	{
		title: 'Self-check',
		status: { draft: 'Draft', submitted: 'Submitted (in review)', signed: 'Signed' },
		revision: (n: number) => `Rev. ${n}`,
		score: {
			consider: 'Items to consider',
			reference: 'Reference items (adopted)',
			sector: 'Sector items',
			leading: 'Leading-operator measures',
			overall: 'Overall',
			points: (p: string, possible: number) => `${p} of ${possible} points`,
			help: 'Implemented or alternative = 1 point, partly implemented = 0.5, not implemented or unanswered = 0. Not applicable items are left out. Each class is scored on its own, and only adopted reference items count. A self-evaluation aid, not for comparing operators.',
			answered: (a: number, t: number) => `${a} of ${t} items answered`,
			breakdown: 'Score breakdown and charts',
			coverageTitle: 'Score by section and class',
			coverageDesc:
				'For each section, horizontal bars show the score of each class: items to consider, adopted reference items, sector items and leading-operator measures.',
			yoyTitle: (prev: string) => `Compared with the previous year (${prev})`,
			yoyDesc: 'For each section, paired bars show last year’s and this year’s score over the items present in both years.',
			previous: 'Previous year',
			current: 'This year',
			na: 'n/a',
			delta: (d: string) => `${d} pp vs previous year`,
			changed: (n: number) => `Items whose answer changed since the previous year: ${n}`,
			newItems: (n: number) => `Items new this year: ${n}`
		},
		start: { carried: selfcheckCarried.en.carried },
		unconfirmed: selfcheckProgress.en.unconfirmed,
		page: {
			heading: (fy: string) => `${fy} self-check`,
			checklists: 'Checklists',
			progress: 'Progress',
			readOnlyRole: 'Read only. Answers are entered by the security team.',
			readOnlyStatus: {
				submitted: 'Submitted: answers cannot be edited unless it is returned to draft.',
				signed: 'Signed: the content is fixed.'
			},
			newerRevision: (rev: string) => `A newer revision exists: ${rev}.`,
			returned: (reason: string) => `Returned to draft for changes: ${reason}`,
			reopenedFrom: (rev: string, reason: string) => `Reopened from ${rev}. Reason: ${reason}`,
			previousLink: (fy: string) => `Previous year’s self-check (${fy})`,
			open: (rev: string) => `Open ${rev}`,
			separator: ', '
		},
		filter: {
			search: 'Search',
			searchPlaceholder: 'Item id, title or guidance ( / )',
			section: 'Section',
			classification: 'Classification',
			status: 'Answer',
			owner: 'Owner',
			all: 'All',
			noOwner: '(none)',
			carried: 'Unconfirmed carried-over only',
			commented: 'With review comments only',
			apply: 'Apply',
			clear: 'Clear filters',
			shown: (n: number, total: number) => `${n} of ${total} items match`,
			none: 'No item matches these filters.',
			more: 'Next items',
			earlier: 'Previous items',
			range: (from: number, to: number, n: number) => `Items ${from}–${to} of ${n}`
		},
		keys: selfcheckKeys.en.keys,
		item: {
			evidence: 'Evidence examples',
			answer: 'Answer',
			details: 'Notes, justification, owner',
			justification: 'Justification',
			justificationHelp: 'Required for an alternative measure and for not applicable.',
			notes: 'Notes (Markdown)',
			notesShort: 'Notes',
			owner: 'Owner',
			targetDate: 'Target date',
			save: 'Save',
			saving: 'Saving…',
			saved: 'Saved',
			failed: 'Not saved',
			retry: 'Save again',
			carried: 'Carried over — confirm',
			carriedReadOnly: 'Carried over (not yet confirmed)',
			confirm: 'Confirm',
			lastSaved: (who: string, when: string) => `${who} (${when})`,
			ownerSummary: (owner: string, date: string) => `Owner: ${owner || 'not set'}${date ? ` · target date: ${date}` : ''}`,
			keptDate: (date: string) => `The target date ${date} is kept (shown again if the answer goes back to partly or not implemented).`
		},
		conflict: {
			title: 'Someone else saved this answer first. Your input has not overwritten it.',
			theirs: (who: string, when: string) => `Saved answer (${who}, ${when})`,
			mine: 'Your input',
			useTheirs: 'Use the saved answer',
			keepMine: 'Save my input over it',
			someone: 'another team member'
		},
		comments: {
			title: 'Review comments',
			empty: 'No review comments yet.',
			count: (n: number) => `${n} comment${n === 1 ? '' : 's'}`,
			add: 'Comment',
			label: 'Comment',
			post: 'Post',
			general: 'General comment',
			generalLabel: 'Comment on the whole self-check',
			onItem: (id: string) => `Item ${id}`,
			onlySubmitted: 'Auditors can comment once the self-check is submitted.'
		},
		workflow: selfcheckWorkflow.en.workflow
	}
);
