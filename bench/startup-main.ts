/** `npx tsx bench/startup-main.ts`: the start-time measurement alone. */
import { runStartup } from './startup';

console.log(await runStartup(Number(process.argv[2] || 3)));
