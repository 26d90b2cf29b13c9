#!/usr/bin/env bash
# The one test command (`npm test`): sets up everything the tests need on a fresh Debian machine,
# then lint, typecheck, build, the dist/ freshness check, and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false

step() { printf '\n=== %s\n' "$*"; }

step "install dependencies"
npm ci

step "install and start test prerequisites"
for setup in scripts/setup/*.sh; do
  bash "$setup"
done

step "lint"
npx eslint .

step "typecheck"
npx tsc --noEmit

step "build"
npm run -s build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ differs from a fresh build of src/: run 'npm run build' and commit dist/." >&2
  git status --short -- dist >&2
  exit 1
fi

step "version drift check of this repository"
node dist/cli.js check

step "tests"
results=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@" || status=$?
# One plain closing line with the counts, whatever the reporter printed above.
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$results" || true
rm -f "$results"
exit "$status"
