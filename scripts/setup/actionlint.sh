#!/usr/bin/env bash
# actionlint (github.com/rhysd/actionlint), built from the Go module proxy into the cache and installed
# as /usr/local/bin/actionlint. test/workflows/actionlint.test.ts runs it over .github/workflows/ and
# the README's workflow examples. actionlint checks `run:` scripts with shellcheck when it is on the PATH,
# as it is on GitHub's runners: Debian's shellcheck is installed too.
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

ACTIONLINT_VERSION=v1.7.12
go_tool actionlint "$ACTIONLINT_VERSION" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" \
  /usr/local/bin/actionlint "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "setup/actionlint: installing Debian's shellcheck"
  APT=(apt-get -o DPkg::Lock::Timeout=600)
  install() { DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -qq --no-install-recommends shellcheck >/dev/null; }
  # The package index may be empty on a fresh machine: refresh it once if the install fails.
  if ! install; then
    "${APT[@]}" update -qq
    install
  fi
fi
echo "setup/actionlint: actionlint $(/usr/local/bin/actionlint -version | head -n 1), shellcheck $(shellcheck --version | sed -n 's/^version: //p')"
