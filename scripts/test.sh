#!/usr/bin/env bash
# The one test command (`npm test`; CI runs it through .ci/run). On a fresh Debian machine it installs
# and starts everything the tests need. What needs nothing comes first, so that it fails first:
#   1. Node 24, the action's runtime (scripts/setup/node.sh): everything below runs on it
#   2. npm ci, lint, typecheck, build, the dist/ freshness check, this repository's drift check
#   3. the unit tests (`npm run test:unit`), before anything else is installed or started
#   4. the set-up of the real tools: scripts/setup.mjs runs every scripts/setup/*.sh, side by side
#   5. the integration tests (`npm run test:integration`, the *.real.test.ts files)
# It prints the time of each step and of each set-up component, and closes with one line over both
# test runs:  tests: N passed, N failed, N skipped
# In CI (CI=true) a skipped test fails the run unless it was skipped with a reason
# (skipAllowed in test/helpers/skip.ts). Arguments go to both vitest runs (e.g. test/oci).
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false

timings=()
# step NAME COMMAND...: runs COMMAND under a header and records how long it took.
step() {
  local name=$1 started=$SECONDS status=0
  shift
  printf '\n=== %s\n' "$name"
  "$@" || status=$?
  timings+=("$(printf '  %-26s %5d s%s' "$name" $((SECONDS - started)) "$([ $status -eq 0 ] || echo "  FAILED (exit $status)")")")
  return $status
}

step "Node 24 (setup/node.sh)" bash scripts/setup/node.sh
export PATH="$PWD/.tools/node24/bin:$PATH"
echo "node $(node --version) ($(command -v node)), npm $(npm --version)"

step "install dependencies" npm ci
step "lint" npx eslint .
step "typecheck" npx tsc --noEmit

dist_is_fresh() {
  npm run -s build
  if [ -n "$(git status --porcelain -- dist)" ]; then
    echo "dist/ differs from a fresh build of src/: run 'npm run build' and commit dist/." >&2
    git status --short -- dist >&2
    return 1
  fi
}
step "build, dist/ freshness" dist_is_fresh
step "drift check of this repo" node dist/cli.js check

results=$(mktemp)
trap 'rm -f "$results"' EXIT
# vitest_run PROJECT: one project, with test/helpers/results-reporter.ts recording into $results.
vitest_run() {
  local project=$1
  shift
  TEST_RESULTS_FILE=$results npx vitest run --project "$project" --reporter=default \
    --reporter=./test/helpers/results-reporter.ts ${1+--passWithNoTests} "$@"
}

status=0
step "unit tests" vitest_run unit "$@" || status=$?
if [ $status -eq 0 ]; then
  step "set-up of the real tools" node scripts/setup.mjs || status=$?
fi
if [ $status -eq 0 ]; then
  step "integration tests" vitest_run integration "$@" || status=$?
fi

printf '\ntime per step:\n'
printf '%s\n' "${timings[@]}"
echo
# Last: the skipped tests and the one closing line; it fails the run on a skip CI does not allow.
node scripts/test-summary.mjs "$results" || status=1
exit "$status"
