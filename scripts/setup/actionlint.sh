#!/usr/bin/env bash
# actionlint (github.com/rhysd/actionlint), built from the Go module proxy into the cache and installed
# as /usr/local/bin/actionlint. test/workflows/actionlint.test.ts runs it over .github/workflows/ and
# the README's workflow examples. (GitHub's runners do not ship it either; users get it the same way.)
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

ACTIONLINT_VERSION=v1.7.12
go_tool actionlint "$ACTIONLINT_VERSION" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" \
  /usr/local/bin/actionlint "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"
echo "setup/actionlint: $(/usr/local/bin/actionlint -version | head -n 1)"
