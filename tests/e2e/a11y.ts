// Shared accessibility check for the end-to-end tests: every page's test calls
// `await expectAccessible(page)` once the page shows what it is for. It runs
// axe-core (WCAG 2.x A and AA rules, best practices) on the whole page and
// fails on any serious or critical violation, naming the rule, the element
// and how to fix it. Contrast (4.5:1 for text) is one of those rules.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AccessibleOptions {
	/** CSS selectors to leave out (only for third-party content; never for our own markup). */
	exclude?: string[];
}

/** Describes one violation in a line a developer can act on. */
function describe(violation: {
	id: string;
	impact?: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}): string {
	const nodes = violation.nodes
		.slice(0, 5)
		.map((node) => `    ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`)
		.join('\n');
	return `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
}

/** Fails the test when axe finds a serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, options: AccessibleOptions = {}): Promise<void> {
	// Items off screen use content-visibility: auto, which axe cannot measure
	// colours through; render everything for the check.
	const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	let builder = new AxeBuilder({ page }).withTags(TAGS);
	for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
	const results = await builder.analyze();
	await style.evaluate((node) => (node as Element).remove());
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map(describe).join('\n\n'), `axe found serious or critical violations on ${page.url()}`).toBe('');
}
