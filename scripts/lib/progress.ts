/**
 * Report progress on stderr: on a terminal one line updated in place; on
 * anything else (a log file, CI) one line per phase, so a few lines at most.
 */
interface Progress {
	phase: string;
	fraction: number;
}

interface Stream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export function progressPrinter(stream: Stream): { update: (p: Progress) => void; end: () => void } {
	let lastPhase = '';
	let drawn = false;
	return {
		update(p) {
			if (stream.isTTY) {
				stream.write(`\r${p.phase} ${Math.round(p.fraction * 100)}%   `);
				drawn = true;
			} else if (p.phase !== lastPhase) {
				stream.write(`${p.phase}…\n`);
			}
			lastPhase = p.phase;
		},
		end() {
			if (drawn) stream.write('\n');
		}
	};
}
