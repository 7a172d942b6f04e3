import { defineMessages } from '../define';

/** How the risk report and the acceptance sheets appear on the Reports page. */
export const riskReports = defineMessages(
	{
		subject: (fy: string) => `${fy} · 作成時点のリスク台帳`,
		sheetSubject: (risk: string, until: string) => `${risk} · ${until}まで有効`
	},
	{
		subject: (fy: string) => `${fy} · the risk register as of now`,
		sheetSubject: (risk: string, until: string) => `${risk} · valid through ${until}`
	}
);
