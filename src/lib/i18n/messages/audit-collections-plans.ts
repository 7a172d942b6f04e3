/**
 * The audit trail's descriptions of plans, contacts and exercises, and of
 * the timelines and improvement actions exercises and incidents share (see
 * audit-collections.ts). Select values come from src/lib/domain/plans.
 */
import {
	formatInstantJst,
	formatValue,
	type AuditContext,
	type CollectionDescription,
	type RecordValues
} from '$lib/domain/audit/describe';
import { ACTION_STATUS_NAMES } from '$lib/domain/plans/actions';
import { CONTACT_CATEGORY_NAMES } from '$lib/domain/plans/contacts';
import { EXERCISE_KIND_NAMES, TIMELINE_KIND_NAMES } from '$lib/domain/plans/exercises';
import { PLAN_KIND_NAMES, PLAN_SECTION_REFS, PLAN_TEMPLATES, sectionRefName, type PlanKind } from '$lib/domain/plans/templates';
import type { Localized } from '$lib/domain/sectors';
import { both, choice, date, datetime, excerpt, inParens, l, relation, str, text, users } from './audit-fields';
import { plans } from './plans';
import { plansExercises } from './plans-exercises';

/** As the plan pages show them. */
const VERSION_STATUS = both((lang) => plans[lang].status);
const SOURCE_NAMES = both((lang) => plansExercises[lang].sources);

/** improvement_actions.plan_sections: "事業継続計画（BCP） — 目的と適用範囲". */
const SECTION_REF_NAMES = Object.fromEntries(
	PLAN_SECTION_REFS.map((ref) => [ref, l(sectionRefName(ref, 'ja'), sectionRefName(ref, 'en'))])
) as Record<string, Localized>;

/** plan_versions.section: the key of the section the version changed (unique across both plan kinds). */
const SECTION_NAMES = Object.fromEntries(
	(Object.keys(PLAN_TEMPLATES) as PlanKind[]).flatMap((kind) => PLAN_TEMPLATES[kind].map((s) => [s.key, s.title]))
) as Record<string, Localized>;

const PLAN_KINDS = choice('種類', 'Kind', PLAN_KIND_NAMES);
const HELD_ON = date('実施日', 'Held on');

/** What a timeline entry or an improvement action belongs to: its exercise or incident. */
const parentOf = (r: RecordValues, ctx: AuditContext): string | null =>
	str(r.exercise) ? ctx.recordLabel('exercises', str(r.exercise)) : str(r.incident) ? ctx.recordLabel('incidents', str(r.incident)) : null;

/** "第3版" / "version 3". */
const versionNumber = (n: unknown, lang: 'ja' | 'en') => (typeof n === 'number' ? (lang === 'ja' ? `第${n}版` : `version ${n}`) : '');

export const PLAN_AUDIT_COLLECTIONS: Record<string, CollectionDescription> = {
	plans: {
		name: l('計画', 'Plan'),
		fields: { kind: PLAN_KINDS, title: text('計画の名称', 'Title') },
		hidden: ['organisation'],
		label: (r, ctx) => str(r.title) || PLAN_KIND_NAMES[str(r.kind) as PlanKind]?.[ctx.lang] || null
	},
	plan_versions: {
		name: l('計画の版', 'Plan version'),
		fields: {
			plan: relation('計画', 'Plan', 'plans'),
			number: text('版', 'Version'),
			kind: PLAN_KINDS,
			title: text('計画の名称', 'Title'),
			section: choice('変更した節', 'Section changed', SECTION_NAMES),
			change_note: text('変更の概要', 'Change note'),
			status: choice('状態', 'Status', VERSION_STATUS),
			author: users('作成者', 'Author'),
			author_name: text('作成者（名前）', 'Author (name)'),
			return_reason: text('差し戻しの理由', 'Reason for returning'),
			submitted_at: datetime('提出日時', 'Submitted at'),
			signed_at: datetime('承認日時', 'Approved at'),
			content_sha256: text('承認した内容の SHA-256', 'Approved content SHA-256')
		},
		// the plan's full content (every section): shown on the plan's history page, identified here by its SHA-256
		hidden: ['organisation', 'content'],
		label: (r, ctx) => {
			const plan =
				str(r.title) ||
				(str(r.plan) ? ctx.recordLabel('plans', str(r.plan)) : null) ||
				PLAN_KIND_NAMES[str(r.kind) as PlanKind]?.[ctx.lang];
			return [plan, versionNumber(r.number, ctx.lang)].filter(Boolean).join(' ') || null;
		}
	},
	contacts: {
		name: l('連絡先', 'Contact'),
		fields: {
			category: choice('区分', 'Category', CONTACT_CATEGORY_NAMES),
			name: text('氏名・窓口名', 'Name or desk'),
			affiliation: text('所属・組織', 'Affiliation'),
			role: text('役割', 'Role'),
			phone: text('電話', 'Phone'),
			phone_alt: text('予備の電話', 'Alternative phone'),
			email: text('メール', 'E-mail'),
			hours: text('対応時間', 'Hours'),
			deputy: relation('代行者', 'Deputy', 'contacts'),
			notes: text('備考', 'Notes')
		},
		// the order on the contact sheet
		hidden: ['organisation', 'sort'],
		label: (r, ctx) => (str(r.name) ? inParens(str(r.name), str(r.affiliation), ctx.lang) : null)
	},
	exercises: {
		name: l('演習', 'Exercise'),
		fields: {
			title: text('演習名', 'Title'),
			kind: choice('種類', 'Kind', EXERCISE_KIND_NAMES),
			held_on: HELD_ON,
			plan_kinds: choice('対象の計画', 'Plans exercised', PLAN_KIND_NAMES),
			risk: relation('題材にしたリスク', 'Risk the scenario is based on', 'risks'),
			scenario: text('シナリオ', 'Scenario'),
			objectives: text('目的', 'Objectives'),
			participants: text('参加者', 'Participants'),
			observations: text('全体の所見', 'Overall observations')
		},
		hidden: ['organisation'],
		label: (r, ctx) =>
			str(r.title) ? inParens(str(r.title), str(r.held_on) ? formatValue(r.held_on, HELD_ON, ctx) : null, ctx.lang) : null
	},
	timeline_entries: {
		name: l('タイムライン', 'Timeline entry'),
		fields: {
			exercise: relation('演習', 'Exercise', 'exercises'),
			incident: relation('インシデント', 'Incident', 'incidents'),
			at: datetime('日時', 'At'),
			kind: choice('種別', 'Kind', TIMELINE_KIND_NAMES),
			body: text('内容', 'Entry'),
			actor: text('担当・発言者', 'Who')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const at = str(r.at) ? new Date(str(r.at).replace(' ', 'T')) : null;
			const when = at && !Number.isNaN(at.getTime()) ? formatInstantJst(at, ctx.lang) : '';
			const kind = TIMELINE_KIND_NAMES[str(r.kind) as keyof typeof TIMELINE_KIND_NAMES]?.[ctx.lang] ?? '';
			const entry = [when, kind, excerpt(r.body)].filter(Boolean).join(' ');
			return entry ? inParens(entry, parentOf(r, ctx), ctx.lang) : parentOf(r, ctx);
		}
	},
	improvement_actions: {
		name: l('改善措置', 'Improvement action'),
		fields: {
			source: choice('出典', 'Source', SOURCE_NAMES),
			exercise: relation('演習', 'Exercise', 'exercises'),
			incident: relation('インシデント', 'Incident', 'incidents'),
			finding: text('指摘事項・教訓', 'Finding or lesson'),
			action: text('改善措置', 'Action'),
			owner: text('担当', 'Owner'),
			due_date: date('期限', 'Due date'),
			status: choice('状態', 'Status', ACTION_STATUS_NAMES),
			closed_at: datetime('完了日時', 'Closed at'),
			closure_note: text('完了の記録', 'Closure note'),
			plan_sections: choice('関連する計画の節', 'Plan sections', SECTION_REF_NAMES),
			risks: relation('関連するリスク', 'Related risks', 'risks'),
			checklist_items: text('関連するチェックリスト項目', 'Checklist items')
		},
		hidden: ['organisation'],
		label: (r, ctx) => {
			const what = excerpt(r.action) || excerpt(r.finding);
			return what ? inParens(what, parentOf(r, ctx), ctx.lang) : parentOf(r, ctx);
		}
	}
};
