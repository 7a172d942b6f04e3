export const REPORT_KEY_FILE: string;
export function readReportKey(dataDir: string, env?: Record<string, string | undefined>): string | null;
export function ensureReportKey(dataDir: string, env?: Record<string, string | undefined>): string;
