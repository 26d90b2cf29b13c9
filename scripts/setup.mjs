#!/usr/bin/env node
// Runs the set-up scripts, scripts/setup/*.sh, side by side: each starts as soon as the scripts it
// needs have succeeded. A script names what it needs in one header comment line (names are file
// names without .sh); a script without one needs nothing:
//   # needs: docker qemu
// Every output line is prefixed with the script's name; at the end, the time each took. A failed
// script fails the run, and the scripts that need it are not started.
//   node scripts/setup.mjs             every script
//   node scripts/setup.mjs kind helm   these and what they need
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'setup');

/** name -> { file, needs } for every scripts/setup/*.sh */
const scripts = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.sh')).sort()) {
  // Only the leading comment block counts, so a script's body can say "needs:" freely.
  const header = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('#')));
  const needs = header.flatMap((l) => /^# needs:(.*)$/.exec(l)?.[1].trim().split(/\s+/).filter(Boolean) ?? []);
  scripts.set(file.slice(0, -'.sh'.length), { file: path.join(dir, file), needs });
}

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(2);
}
for (const [name, { needs }] of scripts) {
  for (const need of needs) if (!scripts.has(need)) fail(`scripts/setup/${name}.sh needs "${need}", but there is no scripts/setup/${need}.sh`);
}

// The scripts asked for, with everything they need.
const wanted = new Set();
const want = (name, chain = []) => {
  if (chain.includes(name)) fail(`a cycle of needs: ${[...chain, name].join(' -> ')}`);
  if (!scripts.has(name)) fail(`no scripts/setup/${name}.sh (there are: ${[...scripts.keys()].join(', ')})`);
  for (const need of scripts.get(name).needs) want(need, [...chain, name]);
  wanted.add(name);
};
for (const name of process.argv.length > 2 ? process.argv.slice(2) : scripts.keys()) want(name);

const width = Math.max(...[...wanted].map((n) => n.length));
const started = Date.now();
/** name -> { status: 'ok' | 'failed' | 'not run', seconds, why } */
const results = new Map();
const running = new Set();

function run(name) {
  running.add(name);
  const t0 = Date.now();
  const child = spawn('bash', [scripts.get(name).file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `${name.padEnd(width)} | `;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix}${line}\n`));
  }
  child.on('close', (code, signal) => {
    running.delete(name);
    const seconds = Math.round((Date.now() - t0) / 1000);
    results.set(name, code === 0 ? { status: 'ok', seconds } : { status: 'failed', seconds, why: signal ? `killed by ${signal}` : `exit ${code}` });
    process.stdout.write(`${prefix}${code === 0 ? 'done' : 'FAILED'} in ${seconds} s\n`);
    schedule();
  });
}

function schedule() {
  // Settle what cannot run (a need failed) until nothing changes, starting what can.
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of wanted) {
      if (results.has(name) || running.has(name)) continue;
      const needs = scripts.get(name).needs;
      const broken = needs.filter((n) => results.has(n) && results.get(n).status !== 'ok');
      if (broken.length > 0) {
        results.set(name, { status: 'not run', seconds: 0, why: `needs ${broken.join(', ')}` });
        changed = true;
      } else if (needs.every((n) => results.get(n)?.status === 'ok')) {
        run(name);
      }
    }
  }
  // No cycles (checked above), so when nothing runs every script has a result.
  if (running.size === 0) finish();
}

function finish() {
  console.log(`\nset-up time per component (side by side; ${Math.round((Date.now() - started) / 1000)} s in all):`);
  for (const [name, r] of [...results].sort((a, b) => b[1].seconds - a[1].seconds)) {
    console.log(`  ${name.padEnd(width)} ${String(r.seconds).padStart(5)} s  ${r.status}${r.why ? ` (${r.why})` : ''}`);
  }
  process.exit([...results.values()].every((r) => r.status === 'ok') ? 0 : 1);
}

schedule();
