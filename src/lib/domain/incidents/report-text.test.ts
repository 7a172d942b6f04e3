import { describe, expect, it } from 'vitest';
import { INCIDENT_REPORT_SNAPSHOT as SNAPSHOT } from '../reports/plans/fixtures';
import { parseIncidentReportSnapshot } from '../reports/plans/incident-snapshot';
import { reportPlainText, reportTitle } from './report-text';

describe('report plain text', () => {
	it('titles first reports and updates', () => {
		expect(reportTitle(1, 'ja')).toBe('情報連絡 第1報（初報）');
		expect(reportTitle(3, 'en')).toBe('Information report no. 3 (update)');
	});

	it('puts the mandatory contact first and says what is still unknown', () => {
		const text = reportPlainText(parseIncidentReportSnapshot(SNAPSHOT), 'ja');
		expect(text.split('\n')[0]).toBe('情報連絡 第2報（続報）');
		expect(text).toContain('■ 連絡先（必須）\n連絡担当者：守谷 翔太（情報セキュリティ室）\n連絡手段：系統運用センター直通 03-0000-0000');
		expect(text).toContain('連絡先の所管省庁：経済産業省');
		expect(text).toContain('発生日時：不明（調査中）');
		expect(text).toContain('影響：\n不明（調査中）');
		expect(text).toContain('連絡の区分（別添3）：②非意図的要因 ア）重要インフラサービス障害が発生した');
		expect(text).toContain('前回までの報告：情報連絡 第1報（初報）（2026年11月20日 11:00 JST）');
		expect(text).toContain('未送信（下書き）');
		expect(text.endsWith('\n')).toBe(true);
	});

	it('writes English with the English name', () => {
		const text = reportPlainText(SNAPSHOT, 'en');
		expect(text).toContain('Reporter: [Demo] Tohto Power Grid (Electric power)');
		expect(text).toContain('Sharing scope: Operators of the same sector (through the CEPTOAR)');
	});

	it('refuses a snapshot without the mandatory contact', () => {
		expect(() => parseIncidentReportSnapshot({ ...SNAPSHOT, report: { ...SNAPSHOT.report, contactMeans: '' } })).toThrow();
	});
});
