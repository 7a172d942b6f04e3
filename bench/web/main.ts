/** `npx tsx bench/web/main.ts`: the web benchmarks alone (npm run bench runs them with the others). */
import { runWeb } from './run';

const results = await runWeb();
console.log(
	JSON.stringify(
		{ interactive: results.interactive, scaling: results.scaling, pageBytes: results.pageBytes, clientWeight: results.clientWeight },
		null,
		1
	).slice(0, 4000)
);
