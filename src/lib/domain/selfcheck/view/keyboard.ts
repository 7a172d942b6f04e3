/**
 * Keyboard shortcuts of the answering page: j/k or ↓/↑ move between items,
 * 1–6 set the answer status of the focused item, Enter opens its notes,
 * Esc goes back from a field to its item, `/` focuses the search box, `?`
 * shows the help. Pure.
 */
import { ANSWER_STATUSES, type AnswerStatus } from '../answers';

/** 1 実施, 2 代替策, 3 一部実施, 4 未実施, 5 対象外, 6 未回答. */
export const STATUS_KEYS: readonly { key: string; status: AnswerStatus }[] = ANSWER_STATUSES.map((status, i) => ({
	key: String(i + 1),
	status
}));

export type KeyAction =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'status'; status: AnswerStatus }
	| { kind: 'open' }
	| { kind: 'leave' }
	| { kind: 'search' }
	| { kind: 'help' };

export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

export interface KeyContext {
	/** Focus is in a text field, select or other control that takes keys. */
	typing: boolean;
	/** Focus is on an item card itself. */
	onItem: boolean;
	/** Focus is on an item card or a control inside it (a radio, a button). */
	inItem: boolean;
}

export function keyAction(press: KeyPress, context: KeyContext): KeyAction | null {
	if (press.key === 'Escape' && context.inItem && !context.onItem) return { kind: 'leave' };
	if (press.ctrlKey || press.metaKey || press.altKey || context.typing) return null;
	switch (press.key) {
		case 'j':
			return { kind: 'next' };
		case 'k':
			return { kind: 'previous' };
		case 'ArrowDown':
			return context.onItem ? { kind: 'next' } : null;
		case 'ArrowUp':
			return context.onItem ? { kind: 'previous' } : null;
		case 'Enter':
			return context.onItem ? { kind: 'open' } : null;
		case '/':
			return { kind: 'search' };
		case '?':
			return { kind: 'help' };
	}
	const status = STATUS_KEYS.find((s) => s.key === press.key);
	return status && context.inItem ? { kind: 'status', status: status.status } : null;
}

/** The index to move to from `current` (−1 = none focused), staying in range. */
export function moveIndex(current: number, count: number, direction: 1 | -1): number {
	if (count === 0) return -1;
	if (current < 0) return direction === 1 ? 0 : count - 1;
	return Math.min(count - 1, Math.max(0, current + direction));
}
