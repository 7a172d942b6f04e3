/** Snapshots of the plan-area reports for the unit tests (fictional operator). */
import { newPlanContent, type BcpContent } from '../../plans/content';
import type { ExerciseReportSnapshot } from './exercise-report';
import type { IncidentReportSnapshot } from './incident-snapshot';
import type { PlanReportSnapshot } from './plan-snapshot';

const ORG = {
	id: 'org000000000001',
	name: '【デモ】東都電力ネットワーク株式会社',
	nameEn: '[Demo] Tohto Power Grid',
	sector: 'electricity',
	fyStartMonth: 4
} as const;
const SERVICES = [
	{
		id: 'svc000000000001',
		name: '電力供給（送配電）',
		serviceLevel: '10万kW以上を10分以上止めない',
		maxOutageMinutes: 10,
		verificationExcluded: false
	},
	{ id: 'svc000000000002', name: '託送・需給調整', serviceLevel: '24時間以内に再開', maxOutageMinutes: 1440, verificationExcluded: true }
];
const DEPENDENCIES = [
	{
		key: 'dep:dep000000000001',
		label: { ja: '東都送電（架空） — 電力', en: 'Tohto Transmission (fictional) — Power' },
		alternative: '非常用発電機'
	}
];

function bcp(): BcpContent {
	const content = newPlanContent('bcp', { lang: 'ja', services: SERVICES, dependencies: DEPENDENCIES }) as BcpContent;
	content.bia[0] = { ...content.bia[0], mtpdMinutes: 60, rtoMinutes: 30, rpoMinutes: 0, minimumServiceLevel: '基幹系統の監視' };
	content.bia[1] = { ...content.bia[1], mtpdMinutes: 2880, rtoMinutes: 720, rpoMinutes: 60, minimumServiceLevel: '託送計画の受付' };
	content.sections.scope.body = '## 目的\n送配電を止めない。\n\n- 対象：送配電、託送';
	content.reviewBy = '2027-06-30';
	return content;
}

export const PLAN_REPORT_SNAPSHOT: PlanReportSnapshot = {
	schemaVersion: 1,
	organisation: ORG,
	plan: { id: 'pln000000000001', kind: 'bcp', title: '事業継続計画（送配電・託送）' },
	version: { id: 'ver000000000009', number: 9, status: 'signed', createdAt: '2026-10-01T01:00:00.000Z', authorName: '守谷 翔太' },
	approval: {
		signerName: '経営 一郎',
		signedAt: '2026-10-02T02:00:00.000Z',
		statement: '次回見直しで報告すること。',
		contentSha256: 'a'.repeat(64)
	},
	content: bcp(),
	services: SERVICES,
	dependencies: DEPENDENCIES,
	contacts: [
		{
			id: 'con000000000001',
			category: 'csirt',
			name: '守谷 翔太',
			affiliation: '情報セキュリティ室',
			role: 'CSIRT 責任者',
			phone: '03-0000-1101',
			phoneAlt: '090-0000-1101',
			email: 'csirt@tohto-grid.example',
			hours: '24時間',
			deputyName: '北条 美咲'
		}
	],
	exercised: {
		last: { title: '系統制御システムのランサムウェア感染を想定した机上演習', heldOn: '2026-09-15' },
		open: [
			{
				finding: '手動運転への切替の判断者が書かれていない',
				owner: '系統運用部',
				dueDate: '2026-12-15',
				status: 'in_progress',
				sections: ['bcp.strategies']
			}
		]
	},
	generatedAt: '2026-11-22T01:00:00.000Z'
};

export const EXERCISE_REPORT_SNAPSHOT: ExerciseReportSnapshot = {
	schemaVersion: 1,
	organisation: ORG,
	exercise: {
		id: 'exe000000000001',
		title: '系統制御システムのランサムウェア感染を想定した机上演習',
		kind: 'tabletop',
		heldOn: '2026-09-15',
		planKinds: ['bcp', 'contingency'],
		scenario: '金曜日の18時過ぎ、情報系でランサムウェアが動き出す。',
		objectives: '制御系を切り離す判断の速さを確かめる。',
		participants: 'CSIRT、系統運用部長',
		observations: '- 切り離しの判断は25分でできた。'
	},
	timeline: [
		{ at: '2026-09-15T09:05:00.000Z', kind: 'inject', actor: '進行役', body: 'SOC から通報。' },
		{ at: '2026-09-15T09:12:00.000Z', kind: 'response', actor: 'CSIRT 責任者', body: '保守用リモート接続を停止。' }
	],
	findings: [
		{
			finding: '連絡網に古い番号が残っていた。',
			action: '連絡先台帳を更新する。',
			owner: '情報セキュリティ室',
			dueDate: '2026-10-15',
			status: 'closed',
			closedAt: '2026-10-10T03:00:00.000Z',
			closureNote: '更新し疎通を確認した。',
			sections: ['contingency.csirt'],
			items: [{ ref: 'cross-sector/SH-02', title: '緊急時の連絡窓口（POC）の設定と疎通確認' }]
		}
	],
	generatedAt: '2026-11-22T01:00:00.000Z'
};

export const INCIDENT_REPORT_SNAPSHOT: IncidentReportSnapshot = {
	schemaVersion: 1,
	organisation: {
		id: 'org000000000001',
		name: '【デモ】東都電力ネットワーク株式会社',
		nameEn: '[Demo] Tohto Power Grid',
		sector: 'electricity',
		fyStartMonth: 4
	},
	incident: {
		id: 'inc000000000001',
		title: '配電自動化システムの遠隔監視の途絶',
		detectedAt: '2026-11-20T01:12:00.000Z',
		occurredAt: null,
		services: ['電力供給（送配電）'],
		systems: ['配電自動化システム'],
		serviceLevelBreached: false,
		verificationLevelBreached: false,
		breachNotes: ''
	},
	report: {
		id: 'rep000000000001',
		number: 2,
		status: 'draft',
		contactPerson: '守谷 翔太（情報セキュリティ室）',
		contactMeans: '系統運用センター直通 03-0000-0000',
		reporterUnit: '情報セキュリティ室',
		summary: '監視画面が更新されない。',
		impact: '',
		causeCase: 'unintentional.failure',
		situation: 'minor_failure',
		likelihood: 'hardly_possible',
		actionsTaken: '予備系に切替。',
		outlook: '',
		sharingScope: 'same_sector',
		sharingConditions: '',
		sentAt: null,
		sentVia: '',
		authorName: '守谷 翔太',
		createdAt: '2026-11-20T03:00:00.000Z'
	},
	previous: [{ number: 1, sentAt: '2026-11-20T02:00:00.000Z' }],
	generatedAt: '2026-11-20T03:05:00.000Z'
};
