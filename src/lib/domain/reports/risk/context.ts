/**
 * What every part of the risk report needs, computed once from the
 * snapshot: labels, the criteria versions, each risk evaluated with the
 * register's own domain functions (never recomputed here), decisions and
 * names. Pure.
 */
import { decisionOf, materialChanges, withChanges, type Decision } from '../../risks/acceptance';
import { say, textOn, type CriteriaContent } from '../../risks/criteria';
import { isOverdue } from '../../risks/forms';
import { evaluate, prioritise, type EvaluatedRisk } from '../../risks/register';
import { RISK_CATEGORY_NAMES, threatLabel } from '../../risks/threat-catalogue';
import { currentCriteria, type ApprovedVersion, type CriteriaVersion } from '../../risks/versions';
import type { Localized } from '../../sectors';
import { fiscalYearLabel } from '../format';
import { engineStrings, type EngineStrings } from '../i18n';
import type { ReportLanguage, TableCell } from '../model';
import { RISK_REPORT_STRINGS, type RiskReportStrings } from './i18n';
import type { RiskSnapshot, SnapshotRisk } from './snapshot';

export interface RiskRow extends EvaluatedRisk {
	source: SnapshotRisk;
	decision: Decision;
}

export interface RiskContext {
	snap: RiskSnapshot;
	lang: ReportLanguage;
	s: RiskReportStrings;
	e: EngineStrings;
	fyLabel: string;
	now: Date;
	versions: CriteriaVersion[];
	current: ApprovedVersion | null;
	rows: RiskRow[];
	byId: Map<string, RiskRow>;
	names: Map<string, string>;
	t: (text: Localized) => string;
	category: (risk: SnapshotRisk) => string;
	threat: (value: string) => string;
	levelCell: (content: CriteriaContent | null, level: number | null, rating: { likelihood: number; impact: number } | null) => TableCell;
	riskName: (id: string) => string;
}

export function buildRiskContext(snap: RiskSnapshot, lang: ReportLanguage): RiskContext {
	const s = RISK_REPORT_STRINGS[lang];
	const now = new Date(snap.generatedAt);
	const versions: CriteriaVersion[] = snap.criteria.map((c) => ({ id: c.id, version: c.version, status: 'signed', content: c.content }));
	const rows = prioritise(
		snap.risks.map((r) =>
			evaluate(
				{
					id: r.id,
					ref: r.ref,
					title: r.title,
					category: r.category,
					status: r.status,
					treatment: r.treatment,
					analysis: { criteria: r.criteria, inherent: r.inherent, current: r.current, target: r.target },
					created: r.created,
					reviewedAt: r.reviewedAt
				},
				versions,
				now
			)
		)
	).map((row): RiskRow => {
		const source = snap.risks.find((r) => r.id === row.id) as SnapshotRisk;
		const mine = snap.acceptances.filter((a) => a.risk === row.id);
		const own = mine.map((a) => ({ id: a.id, risk: a.risk, status: a.status, expiresAt: a.expiresAt, created: a.requestedAt }));
		const { decision, acceptance } = decisionOf(row, own, now);
		// a valid approval of a risk that got worse since asks for approval again, as in the register
		const frozen = decision === 'accepted' ? mine.find((a) => a.id === acceptance?.id)?.snapshot : null;
		const changes = frozen
			? materialChanges(frozen, {
					criteria: row.analysis.criteria,
					current: row.levels.current,
					target: row.levels.target,
					controls: new Map(source.controlItems.map((c) => [c.key, c.status]))
				})
			: [];
		return { ...row, source, decision: withChanges(decision, changes) };
	});
	const t = (text: Localized) => say(text, lang);
	const byId = new Map(rows.map((r) => [r.id, r]));
	return {
		snap,
		lang,
		s,
		e: engineStrings(lang),
		fyLabel: fiscalYearLabel(snap.fiscalYear, lang),
		now,
		versions,
		current: currentCriteria(versions),
		rows,
		byId,
		names: new Map([...snap.services, ...snap.systems, ...snap.dependencies].map((x) => [x.id, x.name])),
		t,
		category: (risk) => RISK_CATEGORY_NAMES[risk.category][lang],
		threat: (value) => threatLabel(value, lang),
		levelCell: (content, level, rating) => {
			if (!content || level === null || !rating) return { text: '—', align: 'center' };
			const band = content.bands[level];
			return {
				text: `${t(band.label)} (${rating.likelihood}×${rating.impact})`,
				fill: band.color,
				textColor: textOn(band.color),
				align: 'center'
			};
		},
		riskName: (id) => {
			const row = byId.get(id);
			return row ? `${row.ref} ${row.title}` : id;
		}
	};
}

export function overdueActions(ctx: RiskContext) {
	return ctx.snap.actions.filter((a) => isOverdue({ status: a.status, due_date: a.dueDate ?? '' }, ctx.now));
}
