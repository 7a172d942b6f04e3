/** Word banks for the SYNTHETIC snapshot generator (synthetic.ts). Fictitious text only. */
import type { Localized } from '../../sectors';

export const AREAS: { code: string; title: Localized }[] = [
	{ code: 'GOV', title: { ja: '組織統治と経営層の関与', en: 'Governance and executive involvement' } },
	{ code: 'RSK', title: { ja: 'リスクアセスメント', en: 'Risk assessment' } },
	{ code: 'AST', title: { ja: '重要システムと資産の管理', en: 'Important systems and asset management' } },
	{ code: 'ACC', title: { ja: 'アクセス制御と認証', en: 'Access control and authentication' } },
	{ code: 'NET', title: { ja: 'ネットワークの防御', en: 'Network defence' } },
	{ code: 'MON', title: { ja: '監視と検知', en: 'Monitoring and detection' } },
	{ code: 'INC', title: { ja: 'インシデント対応と情報連絡', en: 'Incident response and reporting' } },
	{ code: 'BCP', title: { ja: '事業継続計画（BCP）', en: 'Business continuity (BCP)' } },
	{ code: 'SUP', title: { ja: 'サプライチェーンと委託先管理', en: 'Supply chain and outsourcing' } },
	{ code: 'AUD', title: { ja: '監査と改善', en: 'Audit and improvement' } },
	{ code: 'EDU', title: { ja: '教育・訓練', en: 'Training and exercises' } },
	{ code: 'PHY', title: { ja: '物理的・環境的対策', en: 'Physical and environmental measures' } }
];

export const OBJECTS: Localized[] = [
	{ ja: '制御システム', en: 'the control systems' },
	{ ja: '運転監視システム', en: 'the operation monitoring systems' },
	{ ja: '重要システムのバックアップ', en: 'important-system backups' },
	{ ja: '特権アカウント', en: 'privileged accounts' },
	{ ja: '外部接続点', en: 'external connection points' },
	{ ja: 'リモート保守回線', en: 'remote maintenance lines' },
	{ ja: '委託先の作業端末', en: "contractors' work terminals" },
	{ ja: 'セキュリティログ', en: 'security logs' },
	{ ja: '事業継続計画', en: 'the business continuity plan' },
	{ ja: 'コンティンジェンシープラン', en: 'the contingency plan' },
	{ ja: 'CSIRT の体制', en: 'the CSIRT' },
	{ ja: '情報連絡の手順', en: 'the reporting procedure' },
	{ ja: '可搬記憶媒体', en: 'removable media' },
	{ ja: 'ソフトウェアの脆弱性情報', en: 'software vulnerability information' },
	{ ja: '非常用電源設備', en: 'emergency power equipment' },
	{ ja: 'データセンターの入退室', en: 'data-centre access' }
];

export const TOPICS: Localized[] = [
	{ ja: '管理責任者の明確化', en: 'Assigning accountability' },
	{ ja: '定期的な見直し', en: 'Periodic review' },
	{ ja: '手順の文書化', en: 'Documented procedures' },
	{ ja: '年次訓練の実施', en: 'Annual exercises' },
	{ ja: '変更管理', en: 'Change management' },
	{ ja: '有効性の評価', en: 'Evaluating effectiveness' },
	{ ja: '経営層への報告', en: 'Reporting to management' },
	{ ja: '記録の保管', en: 'Keeping records' }
];

export const SENTENCES: string[] = [
	'情報システム部が年度初めに対象範囲を見直し、経営会議で承認を得ている。',
	'前年度の監査で指摘された事項は、第2四半期までに是正を完了した。',
	'重要システムの構成図と資産台帳を突合し、差異がないことを確認した。',
	'復旧手順は机上演習で検証し、所要時間が目標復旧時間内に収まることを確かめた。',
	'委託先とは契約で報告義務を定め、四半期ごとに実施状況の報告を受けている。',
	'検知した事象はCSIRTが一次判断し、所管省庁への情報連絡の要否を判定している。',
	'手順書は改訂履歴とともに文書管理システムで管理されている。',
	'一部の拠点では旧方式が残っており、次年度の設備更新にあわせて移行する計画である。',
	'ログは改ざん防止のため別系統のサーバに転送し、13か月間保管している。',
	'訓練の結果は報告書にまとめ、改善事項を次回の計画に反映している。',
	'停電時の切替手順について、保守事業者と合同で年1回の確認を行っている。',
	'多要素認証の導入は管理系ネットワークまで完了し、制御系は設計中である。',
	'サービスレベルの目標値は事業継続計画の目標復旧時間と整合させている。',
	'他分野の障害からの波及を想定し、通信事業者との連絡体制を確認した。'
];

export const OWNERS: string[] = [
	'情報システム部 佐藤',
	'制御システム課 鈴木',
	'リスク管理室 高橋',
	'総務部 田中',
	'設備保全部 伊藤',
	'CSIRT 渡辺'
];

export const EVIDENCE: string[] = [
	'情報セキュリティ基本方針（2026年改訂）.pdf',
	'リスクアセスメント結果報告書.xlsx',
	'重要システム資産台帳.xlsx',
	'復旧訓練実施報告書.pdf',
	'委託先管理規程.pdf',
	'経営会議議事録（抜粋）.pdf',
	'ログ保管設定のスクリーンショット.png'
];

export const PEOPLE: { name: string; role: string }[] = [
	{ name: '中村 浩二', role: 'auditor' },
	{ name: '小林 美咲', role: 'security' },
	{ name: '山本 恵子', role: 'executive' },
	{ name: '加藤 大輔', role: 'auditor' }
];
