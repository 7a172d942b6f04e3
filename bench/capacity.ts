/**
 * Capacity of one machine, from the measured throughput at 20 concurrent
 * clients (150-item self-check): how many people can work at once, and how
 * many organisations that is. The demand per person is an assumption, stated
 * with the figure.
 */
import type { WebResults } from './web/run';

/** An active person answering: one page view every 30 s and one saved answer every 15 s. */
const VIEWS_PER_PERSON_PER_S = 1 / 30;
const SAVES_PER_PERSON_PER_S = 1 / 15;
/** People of one organisation working at the same time at the busiest (security team, auditor, executive). */
const ACTIVE_PER_ORGANISATION = 5;
/** Keep half the machine free for reports, bursts and the rest. */
const HEADROOM = 0.5;

export function capacity(web: WebResults) {
	const views = web.interactive['page 150 items'].medianA.perSecond;
	const saves = web.interactive['save 150 items'].medianA.perSecond;
	// each person uses this fraction of the machine
	const share = VIEWS_PER_PERSON_PER_S / views + SAVES_PER_PERSON_PER_S / saves;
	const activeUsers = Math.floor(HEADROOM / share);
	return {
		viewsPerSecond: views,
		savesPerSecond: saves,
		activeUsers,
		organisations: Math.floor(activeUsers / ACTIVE_PER_ORGANISATION),
		assumptions: `Capacity assumes an active person views a page every 30 s and saves an answer every 15 s, ${ACTIVE_PER_ORGANISATION} people of an organisation active at once, and half the machine kept free (measured on this machine under the load shown; an idle machine serves more)`
	};
}
