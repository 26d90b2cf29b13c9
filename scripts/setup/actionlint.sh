#!/usr/bin/env bash
# actionlint (github.com/rhysd/actionlint), built from the Go module proxy into the cache and installed
# as $DOT_AI_RELEASE_BIN_DIR/actionlint (/usr/local/bin; version: scripts/setup/versions.env).
# test/workflows/actionlint.real.test.ts runs it over .github/workflows/ and the README's workflow
# examples. actionlint checks `run:` scripts with shellcheck when it is on the PATH, as it is on
# GitHub's runners: Debian's shellcheck is installed too.
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

go_tool actionlint "$ACTIONLINT_VERSION" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" \
  "$BIN_DIR/actionlint" "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "setup/actionlint: installing Debian's shellcheck"
  # shellcheck source=scripts/setup/lib/apt.sh
  . "$(dirname "$0")/lib/apt.sh"
  apt_install --no-install-recommends shellcheck
fi
echo "setup/actionlint: actionlint $("$BIN_DIR/actionlint" -version | head -n 1), shellcheck $(shellcheck --version | sed -n 's/^version: //p')"
