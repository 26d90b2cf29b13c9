#!/usr/bin/env bash
# oras (oras.land/oras), built from the Go module proxy into the cache and installed as
# /usr/local/bin/oras, for the interoperability tests of our OCI client (test/oci/*oras*.test.ts).
set -euo pipefail
# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "$0")/lib/go-tool.sh"

ORAS_VERSION=v1.3.6
go_tool oras "$ORAS_VERSION" "oras.land/oras/cmd/oras@$ORAS_VERSION" /usr/local/bin/oras
echo "setup/oras: $(/usr/local/bin/oras version | head -n 1)"
