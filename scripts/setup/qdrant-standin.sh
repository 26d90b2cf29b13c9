#!/usr/bin/env bash
# The Qdrant stand-in image (test/images/qdrant-standin, on local/node:bookworm), which the smoke
# tests deploy beside the reference server: with Docker, with Compose and in the kind cluster (no
# Qdrant image can be pulled here). Name: DOT_AI_RELEASE_QDRANT_IMAGE, else versions.env's default.
# On GitHub's runners the tests use the real qdrant/qdrant image: nothing is built there
# (scripts/kind/lib.sh build_wanted).
# needs: docker base-images
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/kind/lib.sh"

if ! build_wanted; then
  kind_log "not building the Qdrant stand-in (GitHub's runners, or DOT_AI_RELEASE_KIND_BUILD=0): the tests use ${HOSTED_DOT_AI_RELEASE_QDRANT_IMAGE}"
  exit 0
fi
with_lock qdrant-standin test_image "${DOT_AI_RELEASE_QDRANT_IMAGE:-$DEFAULT_DOT_AI_RELEASE_QDRANT_IMAGE}" "$root/test/images/qdrant-standin" \
  --build-arg "NODE_IMAGE=${DOT_AI_RELEASE_NODE_BASE_IMAGE:-local/node:bookworm}"
