#!/usr/bin/env bash
# oras (oras.land/oras), built from the Go module proxy into the cache and installed as
# $DOT_AI_RELEASE_BIN_DIR/oras (/usr/local/bin), for the interoperability tests of our OCI client
# (test/oci/*oras*.test.ts). Built, not taken from Debian: the tests use `oras manifest index create`,
# which trixie's oras 1.2 lacks. Version: scripts/setup/versions.env.
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

go_tool oras "$ORAS_VERSION" "oras.land/oras/cmd/oras@$ORAS_VERSION" "$BIN_DIR/oras"
echo "setup/oras: $("$BIN_DIR/oras" version | head -n 1)"
