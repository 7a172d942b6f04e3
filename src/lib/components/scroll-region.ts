/**
 * `use:scrollRegion={label}` on a box that may scroll sideways (a wide table
 * or diagram on a phone): while its content overflows, the box can be reached
 * and scrolled with the keyboard (tabindex 0) and is announced as a named
 * region; when everything fits, it is a plain box again (no extra tab stop).
 */
export function scrollRegion(node: HTMLElement, label: string) {
	let name = label;
	const update = () => {
		if (node.scrollWidth > node.clientWidth + 1) {
			node.tabIndex = 0;
			node.setAttribute('role', 'region');
			node.setAttribute('aria-label', name);
		} else {
			node.removeAttribute('tabindex');
			node.removeAttribute('role');
			node.removeAttribute('aria-label');
		}
	};
	const observer = new ResizeObserver(update);
	observer.observe(node);
	if (node.firstElementChild) observer.observe(node.firstElementChild);
	update();
	return {
		update(next: string) {
			name = next;
			update();
		},
		destroy: () => observer.disconnect()
	};
}
