// `npm run bench`: runs every benchmark under scripts/bench/ (one figure beside its baseline each).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'rss-at-exit.mjs').sort()) {
  if (only && !file.startsWith(only)) continue;
  console.log(`\n##### ${file}`);
  execFileSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
}
