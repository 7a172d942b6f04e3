// The key that signs registered reports (HMAC), shared by PocketBase and the
// web server. `npm start` keeps it in the data directory (mode 600) unless
// MAMORI_REPORT_KEY is set; the report CLI reads it from the same place
// before it starts a PocketBase of its own. Plain ESM JavaScript.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPORT_KEY_FILE = '.mamori-report-key';

/** The key from MAMORI_REPORT_KEY or the data directory, or null when neither has one. */
export function readReportKey(dataDir, env = process.env) {
	if (env.MAMORI_REPORT_KEY && env.MAMORI_REPORT_KEY.trim() !== '') return env.MAMORI_REPORT_KEY.trim();
	const file = join(dataDir, REPORT_KEY_FILE);
	if (!existsSync(file)) return null;
	const key = readFileSync(file, 'utf8').trim();
	return key === '' ? null : key;
}

/** The key, made and stored in the data directory on first start. */
export function ensureReportKey(dataDir, env = process.env) {
	const existing = readReportKey(dataDir, env);
	if (existing) return existing;
	mkdirSync(dataDir, { recursive: true });
	const key = randomBytes(32).toString('hex');
	writeFileSync(join(dataDir, REPORT_KEY_FILE), key, { mode: 0o600 });
	return key;
}
