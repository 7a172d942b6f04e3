import { describe, expect, it } from 'vitest';
import { validChecklistInput } from '$lib/domain/checklists/fixtures/valid-checklist';
import { checklistSchema } from '$lib/domain/checklists/schema';
import { answerView, storedAnswerView } from './answers';
import { checklistDetail } from './detail';
import { renderMarkdown } from './markdown';
import { itemViews, plainItems, type PinnedChecklist } from './pinned';
import type { AnswerRecord, PinnedChecklistHead } from './records';

const checklist = checklistSchema.parse(validChecklistInput());
const pinned: PinnedChecklist = {
	head: {
		id: 'pin000000000001',
		collectionId: 'c',
		collectionName: 'checklists',
		organisation: 'org',
		checklist_id: checklist.id,
		version: checklist.version,
		title: checklist.title,
		content_sha256: '',
		source: 'library',
		created: ''
	} satisfies PinnedChecklistHead,
	checklist
};

describe('renderMarkdown', () => {
	it('never renders raw HTML from a checklist', () => {
		const html = renderMarkdown('**bold**\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
		expect(html).toContain('<strong>bold</strong>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});

	it('opens links safely and refuses javascript: links', () => {
		expect(renderMarkdown('[a](https://example.com)')).toContain('rel="noopener noreferrer"');
		expect(renderMarkdown('[a](javascript:alert(1))')).not.toContain('href="javascript:');
	});
});

describe('item views', () => {
	const org = { sector: 'electricity', operatorClass: 'other' } as const;

	it('renders the guidance in the page language and names nested sections', () => {
		const { items, sections } = itemViews([pinned], org, 'en');
		expect(items.map((i) => i.itemId)).toEqual(['GOV-01', 'GOV-CTRL-01', 'BCP-01']);
		expect(items[0].guidanceHtml).toBe('<p>Keep a record of the approval.</p>\n');
		expect(items[1].subsection).toBe('Control systems');
		expect(items[0].evidence).toEqual(['Board minutes']);
		expect(sections.map((s) => s.key)).toEqual(['test-list:GOV', 'test-list:BCP']);
		expect(itemViews([pinned], org, 'ja').items[0].guidanceHtml).toContain('承認の記録を残す。');
	});

	it('gives the same items without display text for scores', () => {
		expect(plainItems([pinned], org).map((i) => i.key)).toEqual(itemViews([pinned], org, 'ja').items.map((i) => i.key));
	});

	it('shows a checklist with every item, marking those that do not apply', () => {
		const detail = checklistDetail(checklist, 'ja', 'gas', 'other');
		expect(detail.sections.map((s) => [s.id, s.depth])).toEqual([
			['GOV', 1],
			['GOV-CTRL', 2],
			['BCP', 1]
		]);
		expect(detail.sections[0].items.map((i) => [i.id, i.applies])).toEqual([
			['GOV-01', true],
			['GOV-02', false]
		]);
	});
});

describe('answer views', () => {
	it('turns records and the conflict payload into the same shape', () => {
		const record = {
			id: 'a1',
			collectionId: 'c',
			collectionName: 'answers',
			organisation: 'o',
			assessment: 's',
			checklist: 'p',
			item_id: 'GOV-01',
			status: 'partial',
			justification: '',
			notes: 'n',
			owner: 'IT',
			target_date: '2027-03-31 00:00:00.000Z',
			carried_over: true,
			version: 3,
			updated_by: 'u',
			updated: '2026-11-22 01:00:00.000Z',
			expand: { updated_by: { name: '守谷 翔太' } }
		} satisfies AnswerRecord;
		const view = answerView(record);
		expect(view).toMatchObject({ status: 'partial', targetDate: '2027-03-31', carriedOver: true, version: 3, updatedBy: '守谷 翔太' });
		expect(
			storedAnswerView({
				id: 'a1',
				item_id: 'GOV-01',
				status: 'partial',
				justification: '',
				notes: 'n',
				owner: 'IT',
				target_date: '2027-03-31 00:00:00.000Z',
				version: 3,
				updated: record.updated,
				updated_by_name: '守谷 翔太'
			})
			// the conflict payload does not carry the crosswalk sources (they never change after carry-forward)
		).toEqual({ ...view, carriedOver: false, mappedFrom: undefined });
	});
});
