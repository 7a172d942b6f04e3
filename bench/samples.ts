/**
 * Renders SYNTHETIC sample reports (ja/en × draft/signed) and PNG previews
 * of chosen pages, for looking at the output:
 *   npx tsx bench/samples.ts [outDir] [items]
 * Not part of the benchmark or the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticSnapshot } from '../src/lib/domain/reports/selfcheck/synthetic';
import { exportSelfCheckReport } from '../src/lib/server/reports/export-selfcheck';
import { pdfToPng } from '../src/lib/server/reports/pdf-tools';
import { shutdownPdfWorker } from '../src/lib/server/reports/render';

const outDir = process.argv[2] ?? '/tmp/mamori-samples';
const items = Number(process.argv[3] ?? 120);
mkdirSync(outDir, { recursive: true });

for (const language of ['ja', 'en'] as const) {
	for (const signed of [false, true]) {
		const snapshot = syntheticSnapshot({ items, sections: 10, signed });
		const out = await exportSelfCheckReport(snapshot, { language, reportId: 'MR-2026-K7Q2ZD4M' });
		const name = `${language}-${signed ? 'signed' : 'draft'}`;
		const file = path.join(outDir, `${name}.pdf`);
		writeFileSync(file, out.pdf);
		pdfToPng(file, path.join(outDir, name), 60);
		console.log(`${file}: ${out.stats.pages} pages, ${out.pdf.length} bytes, SHA-256 ${out.record.pdfSha256}`);
	}
}
await shutdownPdfWorker();
