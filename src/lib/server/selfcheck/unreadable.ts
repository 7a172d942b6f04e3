/** What a page tells about a pinned checklist whose stored content cannot be read. */
import type { Localized } from '$lib/domain/checklists/schema';
import type { Lang, Messages } from '$lib/i18n';
import type { PinnedChecklistHead } from './records';

export interface UnreadableChecklist {
	id: string;
	checklistId: string;
	/** The stored title, when it is still a title (the head is as corrupt as the content may be). */
	title: Localized | null;
	version: string;
	source: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function unreadableHead(head: PinnedChecklistHead): UnreadableChecklist {
	const title = head.title as unknown;
	const localized =
		title && typeof title === 'object' && typeof (title as Localized).ja === 'string'
			? { ja: (title as Localized).ja, en: text((title as Localized).en) || (title as Localized).ja }
			: null;
	return { id: head.id, checklistId: text(head.checklist_id), title: localized, version: text(head.version), source: text(head.source) };
}

/** One sentence group for an error page or a download refused because pinned checklists cannot be read. */
export function unreadableMessage(heads: readonly PinnedChecklistHead[], m: Messages, lang: Lang, lead: string): string {
	const u = m.unreadableChecklist;
	const names = heads.map(unreadableHead).map((h) => h.title?.[lang] || h.checklistId || h.id);
	return [lead, ...names.map(u.notice), u.whatToDo].filter(Boolean).join(' ');
}
