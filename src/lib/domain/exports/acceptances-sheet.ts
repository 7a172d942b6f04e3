/**
 * The risk acceptances as a spreadsheet, from the risk report's snapshot
 * (status as of the export: a lapsed approval reads as expired). Pure. The
 * treatment actions' sheet is ../risks/actions-sheet.ts, the improvement
 * actions' ../plans/actions-sheet.ts.
 */
import type { RiskSnapshot } from '../reports/risk/snapshot';
import { validThrough } from '../risks/dates';
import { ACCEPTANCE_STATUS_NAMES } from '../risks/labels';
import type { Localized } from '../sectors';
import { defineSheet, type SheetLanguage, type SheetRow } from './sheet';

const L = (ja: string, en: string): Localized => ({ ja, en });

export const acceptancesSheet = defineSheet({
	name: L('リスク受容', 'Risk acceptances'),
	columns: [
		{ key: 'ref', header: L('リスク番号', 'Risk no.'), type: 'text', width: 10 },
		{ key: 'risk', header: L('リスク', 'Risk'), type: 'text', width: 36 },
		{ key: 'status', header: L('状態', 'Status'), type: 'text', width: 12 },
		{ key: 'justification', header: L('受容の理由', 'Justification'), type: 'text', width: 50 },
		{ key: 'requestedBy', header: L('申請者', 'Requested by'), type: 'text', width: 16 },
		{ key: 'requestedAt', header: L('申請日時（日本時間）', 'Requested (Japan time)'), type: 'datetime' },
		{ key: 'approvedBy', header: L('承認者', 'Approved by'), type: 'text', width: 16 },
		{ key: 'approvedAt', header: L('承認日時（日本時間）', 'Approved (Japan time)'), type: 'datetime' },
		{ key: 'validThrough', header: L('有効期限', 'Valid through'), type: 'date', width: 12 },
		{ key: 'note', header: L('却下・取消の記録', 'Rejection or revocation'), type: 'text', width: 40 },
		{ key: 'sha256', header: L('署名した内容の SHA-256', 'Signed content SHA-256'), type: 'text', width: 20 }
	]
});

type Row<S extends { columns: readonly { key: string }[] }> = SheetRow<S['columns'][number]['key']>;

export function acceptanceRows(snap: RiskSnapshot, lang: SheetLanguage): Row<typeof acceptancesSheet>[] {
	const risks = new Map(snap.risks.map((r) => [r.id, r]));
	return snap.acceptances.map((a) => {
		const note = a.revocation
			? `${lang === 'ja' ? '取消' : 'Revoked'}: ${a.revocation.by} — ${a.revocation.reason}`
			: a.status === 'rejected' && a.decision
				? `${lang === 'ja' ? '却下' : 'Rejected'}: ${a.decision.by} — ${a.decision.comment}`
				: '';
		return {
			ref: risks.get(a.risk)?.ref ?? '',
			risk: risks.get(a.risk)?.title ?? '',
			status: ACCEPTANCE_STATUS_NAMES[a.status][lang],
			justification: a.justification,
			requestedBy: a.requestedBy,
			requestedAt: a.requestedAt,
			approvedBy: a.approval?.signerName ?? '',
			approvedAt: a.approval?.signedAt ?? null,
			validThrough: validThrough(a.expiresAt),
			note,
			sha256: a.approval?.contentSha256 ?? ''
		};
	});
}
