import { describe, expect, it } from 'vitest';
import { aggregate } from '$lib/domain/exports/statistics/aggregate';
import type { StatisticsFile } from '$lib/domain/exports/statistics/format';
import { messagesFor } from '$lib/i18n';
import { readStatisticsForm } from './statistics';

const m = messagesFor('ja').exports.statistics.errors;

function operator(fiscalYear = 2026): StatisticsFile {
	return {
		format: 'mamori-sector-statistics',
		version: 1,
		sector: 'electricity',
		operatorClass: 'other',
		fiscalYear,
		checklists: [{ id: 'cross-sector', version: '2026.1' }],
		sections: [{ checklistId: 'cross-sector', sectionId: 'GOV', title: { ja: '組織統治', en: 'Governance' }, ratio: 0.5 }],
		items: [{ checklistId: 'cross-sector', itemId: 'GOV-01', sectionId: 'GOV', classification: 'consider', bucket: 'implemented' }]
	};
}

function form(files: [string, unknown][], own?: [string, unknown]): FormData {
	const data = new FormData();
	for (const [name, value] of files) data.append('files', new File([typeof value === 'string' ? value : JSON.stringify(value)], name));
	if (own) data.append('own', new File([JSON.stringify(own[1])], own[0]));
	return data;
}

describe('reading uploaded statistics files', () => {
	it('aggregates statistics files, and takes a single distribution file as it is', async () => {
		const three = await readStatisticsForm(
			form(
				[
					['a.json', operator()],
					['b.json', operator()],
					['c.json', operator()]
				],
				['mine.json', operator()]
			),
			m
		);
		expect(three.ok && three.distribution.operators).toBe(3);
		expect(three.ok && three.own).toEqual(operator());
		const distribution = aggregate([operator(), operator(), operator()]);
		const again = await readStatisticsForm(form([['d.json', distribution]]), m);
		expect(again).toEqual({ ok: true, distribution, own: null, aggregated: false });
	});

	it('names the file and the field of every problem, and refuses mixed or mismatched files', async () => {
		const bad = await readStatisticsForm(
			form([
				['a.json', operator()],
				['x.json', '{not json'],
				['y.json', { ...operator(), sector: 'moon' }]
			]),
			m
		);
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.problems[0]).toBe(m.notJson('x.json'));
		expect(bad.problems[1]).toMatch(/^「y\.json」の sector: /);
		const mixed = await readStatisticsForm(
			form([
				['a.json', operator()],
				['d.json', aggregate([operator()])]
			]),
			m
		);
		expect(mixed).toEqual({ ok: false, problems: [m.mixed] });
		const years = await readStatisticsForm(
			form([
				['a.json', operator()],
				['b.json', operator(2025)]
			]),
			m
		);
		expect(years).toEqual({ ok: false, problems: [m.mismatch('b.json', 'fiscalYear', '2025', '2026')] });
		const ownDistribution = await readStatisticsForm(form([['a.json', operator()]], ['d.json', aggregate([operator()])]), m);
		expect(ownDistribution).toEqual({ ok: false, problems: [m.ownNotStatistics] });
		expect(await readStatisticsForm(new FormData(), m)).toEqual({ ok: false, problems: [m.noFiles] });
	});
});
