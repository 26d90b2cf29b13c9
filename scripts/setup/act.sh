#!/usr/bin/env bash
# act (github.com/nektos/act), the local runner of GitHub Actions workflows, built from the Go module
# proxy into the cache and installed as /usr/local/bin/act. test/workflows/release-reusable.real.test.ts
# runs this repository's workflows with it, end to end: every job on this host (`-P
# ubuntu-latest=-self-hosted`, no container image is pulled), the third-party actions replaced by the
# stand-ins of test/fixtures/actions/, act's own artifact server for the hand-over between jobs.
# Building act needs only Go (hence no component below); what the workflows run (docker, buildah,
# helm, Node 24, a registry) comes from the other set-up scripts, which the test names when one is missing.
# needs:
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

ACT_VERSION=v0.2.89
go_tool act "$ACT_VERSION" "github.com/nektos/act@$ACT_VERSION" /usr/local/bin/act "-X main.version=$ACT_VERSION"
echo "setup/act: $(/usr/local/bin/act --version)"
