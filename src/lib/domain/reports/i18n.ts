/**
 * The report engine's own strings (cover, contents, running header/footer,
 * watermark, signature and verification blocks), in Japanese and English.
 * Both catalogues are typed as `EngineStrings`, so a key missing in either
 * language is a compile error. Report types keep their own catalogues.
 */
import type { ReportLanguage, ReportStatus } from './model';

export interface EngineStrings {
	contents: string;
	page: (current: number, total: number) => string;
	generatedAt: string;
	reportId: string;
	snapshotSha256: string;
	pdfSha256Note: string;
	status: string;
	statusName: Record<ReportStatus, string>;
	organisation: string;
	sector: string;
	fiscalYear: string;
	period: string;
	/** The diagonal watermark on every page of a draft (bilingual on purpose). */
	draftWatermark: string;
	draftNotice: string;
	signedNotice: string;
	confidential: string;
	producedBy: string;
	signatureTitle: string;
	signedBy: string;
	signedAt: string;
	signerRole: string;
	signedContentSha256: string;
	notSigned: string;
	notSignedNotice: string;
	verificationTitle: string;
	verificationIntro: string;
	verificationSteps: string[];
	notApplicable: string;
	none: string;
	chartScale: string;
}

const ja: EngineStrings = {
	contents: '目次',
	page: (current, total) => `${current} / ${total} ページ`,
	generatedAt: '作成日時',
	reportId: '報告書ID',
	snapshotSha256: 'スナップショット SHA-256',
	pdfSha256Note: 'PDF ファイル自体の SHA-256 は出力時に mamori に記録されます（ファイルに自分自身のハッシュ値は書き込めないため）。',
	status: 'ステータス',
	statusName: { draft: '下書き（未署名）', signed: '署名済み' },
	organisation: '組織',
	sector: '分野',
	fiscalYear: '年度',
	period: '対象期間',
	draftWatermark: 'DRAFT / 下書き',
	draftNotice: 'この報告書は下書きです。経営層の署名前であり、内容は変更される可能性があります。',
	signedNotice: 'この報告書は署名済みの自己検証結果に基づいて作成されています。',
	confidential: '取扱注意：組織内部および監査人限り',
	producedBy: 'mamori（守り）で作成',
	signatureTitle: '署名',
	signedBy: '署名者',
	signedAt: '署名日時',
	signerRole: '役職',
	signedContentSha256: '署名対象データの SHA-256',
	notSigned: '未署名',
	notSignedNotice: 'この自己検証はまだ署名されていません。署名後に出力した報告書のみが確定版です。',
	verificationTitle: '検証情報',
	verificationIntro: 'この PDF が mamori で作成され、その後改変されていないことは、次の手順で確認できます。',
	verificationSteps: [
		'mamori の「報告書の検証」画面にこの PDF ファイルをアップロードします。',
		'mamori はファイル内の報告書IDを読み取り、出力時に記録したファイルの SHA-256 と照合します。1 バイトでも異なれば「改ざんの疑い」と表示されます。',
		'あわせて、現在のデータから計算したスナップショットの SHA-256 を上記の値と比較し、報告書の作成後にデータが変更されたかどうかを表示します。'
	],
	notApplicable: '—',
	none: '該当なし',
	chartScale: '0〜100%'
};

const en: EngineStrings = {
	contents: 'Contents',
	page: (current, total) => `Page ${current} of ${total}`,
	generatedAt: 'Generated',
	reportId: 'Report ID',
	snapshotSha256: 'Snapshot SHA-256',
	pdfSha256Note:
		'The SHA-256 of this PDF file itself is recorded in mamori when the file is exported (a file cannot contain its own hash).',
	status: 'Status',
	statusName: { draft: 'Draft (not signed)', signed: 'Signed' },
	organisation: 'Organisation',
	sector: 'Sector',
	fiscalYear: 'Fiscal year',
	period: 'Period',
	draftWatermark: 'DRAFT / 下書き',
	draftNotice: 'This report is a draft: it has not been signed by management and its content may still change.',
	signedNotice: 'This report is based on the signed self-check.',
	confidential: 'Confidential: for the organisation and its auditors only',
	producedBy: 'Produced with mamori',
	signatureTitle: 'Signature',
	signedBy: 'Signed by',
	signedAt: 'Signed at',
	signerRole: 'Role',
	signedContentSha256: 'SHA-256 of the signed content',
	notSigned: 'Not signed',
	notSignedNotice: 'This self-check has not been signed yet. Only a report exported after signing is final.',
	verificationTitle: 'Verification',
	verificationIntro: 'To check that this PDF was produced by mamori and has not been altered since:',
	verificationSteps: [
		'Upload this PDF file on the "Verify a report" page in mamori.',
		'mamori reads the report ID from the file and compares the file with the SHA-256 recorded when it was exported. If a single byte differs, the file is reported as possibly tampered with.',
		'mamori also recomputes the snapshot SHA-256 from the current data and compares it with the value above, showing whether the data changed after the report was produced.'
	],
	notApplicable: '—',
	none: 'None',
	chartScale: '0–100%'
};

export const ENGINE_STRINGS: Record<ReportLanguage, EngineStrings> = { ja, en };

export function engineStrings(language: ReportLanguage): EngineStrings {
	return ENGINE_STRINGS[language];
}
