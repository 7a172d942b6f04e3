/** Words of the self-check report's evidence and findings parts (same labels as the app's pages). */
import type { ReportLanguage } from '../model';
import type { SnapshotEvidence, SnapshotFinding } from './snapshot';

export interface EvidenceStrings {
	sectionEvidence: string;
	sectionFindings: string;
	evidenceIntro: string;
	manifestSha256: string;
	countKey: string;
	counts: (all: number, files: number) => string;
	expiredCount: string;
	notAccepted: string;
	evidenceHeader: [string, string, string, string, string];
	itemHeader: [string, string, string, string];
	noEvidence: string;
	link: string;
	noFile: string;
	revision: (n: number) => string;
	expired: (date: string) => string;
	expiresOn: (date: string) => string;
	noPeriod: string;
	review: Record<SnapshotEvidence['review'], string>;
	findingsIntro: string;
	findingsHeader: [string, string, string, string, string];
	noFindings: string;
	onEvidence: (title: string) => string;
	severity: Record<SnapshotFinding['severity'], string>;
	status: Record<SnapshotFinding['status'], string>;
	overdue: string;
	noDue: string;
	findingsOnItem: string;
}

const ja: EvidenceStrings = {
	sectionEvidence: '証跡と監査パッケージ',
	sectionFindings: '指摘事項',
	evidenceIntro:
		'各項目の回答に紐づく証跡の一覧です。ファイルの SHA-256 はアップロード時にサーバーが計算した値です。監査パッケージ（ZIP）のマニフェスト（manifest.json）の SHA-256 を下に記載しているため、この報告書によってパッケージ内のすべてのファイルを照合できます。有効期限は報告書の作成日時点で判定しています。',
	manifestSha256: 'マニフェストの SHA-256',
	countKey: '証跡の件数',
	counts: (all, files) => `証跡 ${all}件（うちファイル ${files}件）`,
	expiredCount: '期限切れの証跡',
	notAccepted: '追加が必要・不受理の証跡',
	evidenceHeader: ['証跡', '有効期間・期限', '版・SHA-256', '監査人の判定', '紐づく項目'],
	itemHeader: ['証跡', '有効期間・期限', '版・SHA-256', '判定'],
	noEvidence: 'この自己検証の回答に紐づく証跡はありません。',
	link: 'リンク',
	noFile: 'ファイルなし',
	revision: (n) => `第${n}版`,
	expired: (date) => `期限切れ（${date}）`,
	expiresOn: (date) => `期限 ${date}`,
	noPeriod: '期間の記載なし',
	review: { accepted: '受理', needs_more: '追加が必要', rejected: '不受理', pending: '未レビュー' },
	findingsIntro: '監査人が項目または証跡について登録した指摘事項と、報告書作成時点の状態です。',
	findingsHeader: ['件名', '対象', '深刻度', '状態', '期限'],
	noFindings: '指摘事項はありません。',
	onEvidence: (title) => `証跡「${title}」`,
	severity: { none: 'なし', low: '低', medium: '中', high: '高', crisis: '危機' },
	status: { open: '対応待ち', responded: '確認待ち', closed: '完了' },
	overdue: '期限超過',
	noDue: '期限なし',
	findingsOnItem: '指摘事項'
};

const en: EvidenceStrings = {
	sectionEvidence: 'Evidence and the audit package',
	sectionFindings: 'Findings',
	evidenceIntro:
		'The evidence linked to the answers. Each file’s SHA-256 was computed by the server when it was uploaded. The SHA-256 of the audit package’s manifest (manifest.json) is given below, so this report vouches for every file in the package. Expiry is judged on the day the report was made.',
	manifestSha256: 'Manifest SHA-256',
	countKey: 'Evidence',
	counts: (all, files) => `${all} pieces of evidence (${files} files)`,
	expiredCount: 'Expired evidence',
	notAccepted: 'Evidence needing more or rejected',
	evidenceHeader: ['Evidence', 'Period and expiry', 'Revision and SHA-256', 'Auditor’s verdict', 'Linked items'],
	itemHeader: ['Evidence', 'Period and expiry', 'Revision and SHA-256', 'Verdict'],
	noEvidence: 'No evidence is linked to this self-check’s answers.',
	link: 'Link',
	noFile: 'No file',
	revision: (n) => `Revision ${n}`,
	expired: (date) => `Expired (${date})`,
	expiresOn: (date) => `Expires ${date}`,
	noPeriod: 'No period given',
	review: { accepted: 'Accepted', needs_more: 'Needs more', rejected: 'Rejected', pending: 'Not reviewed' },
	findingsIntro: 'The findings an auditor raised on items or evidence, with their status when the report was made.',
	findingsHeader: ['Title', 'On', 'Severity', 'Status', 'Due date'],
	noFindings: 'There are no findings.',
	onEvidence: (title) => `Evidence “${title}”`,
	severity: { none: 'None', low: 'Low', medium: 'Medium', high: 'High', crisis: 'Crisis' },
	status: { open: 'Waiting for response', responded: 'Waiting for check', closed: 'Closed' },
	overdue: 'Overdue',
	noDue: 'No due date',
	findingsOnItem: 'Findings'
};

export const EVIDENCE_STRINGS: Record<ReportLanguage, EvidenceStrings> = { ja, en };
