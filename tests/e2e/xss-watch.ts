// What counts as a script that ran (or tried to) for the XSS corpus specs:
// a dialog, a page error, a console error, or a CSP violation (reported to
// the console by an init script).
import type { Page } from '@playwright/test';

export async function watchForScripts(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console at ${page.url()}: ${m.text().slice(0, 200)}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	return problems;
}
