/** `npx tsx bench/peers-main.ts [rounds]`: the reports-vs-peers comparison alone. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPeers } from './peers';
import { buildProbe } from './probe-build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log(JSON.stringify(await runPeers(await buildProbe(root), Number(process.argv[2] || 3)), null, 1));
