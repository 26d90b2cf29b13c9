#!/usr/bin/env bash
# Builds the images the cluster tests deploy besides the reference server (whose image the tests
# build themselves, test/helpers/reference-server.ts):
#   the Qdrant stand-in   test/images/qdrant-standin  (on local/node:bookworm)
#   the helm-test curl    test/images/curl            (on local/debian:bookworm)
#   ToolHive's operator and proxy runner              (scripts/kind/images/toolhive-*.Dockerfile)
# Usage: build-test-images.sh TOOLHIVE_BIN
# The classic builder's layer cache makes a re-run take seconds; each build's log is in the cache's logs/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
export DOCKER_BUILDKIT=0

TOOLHIVE_BIN=$1
root=$(cd "$KIND_SCRIPTS/../.." && pwd)
DEBIAN_IMAGE=${DOT_AI_RELEASE_DEBIAN_IMAGE:-local/debian:bookworm}
NODE_IMAGE=${DOT_AI_RELEASE_NODE_BASE_IMAGE:-local/node:bookworm}

# image NAME CONTEXT [ARGS...]
image() {
  local name=$1 ctx=$2; shift 2
  local logfile; logfile=$(component_log "image-$(echo "$name" | tr '/:' '__')")
  build_step "image $name" "$logfile" docker build "$@" --label dot-ai-release=test-image -t "$name" "$ctx"
}

build() {
  image "${DOT_AI_RELEASE_QDRANT_IMAGE:-$DEFAULT_DOT_AI_RELEASE_QDRANT_IMAGE}" "$root/test/images/qdrant-standin" --build-arg "NODE_IMAGE=$NODE_IMAGE"
  image "${DOT_AI_RELEASE_CURL_IMAGE:-$DEFAULT_DOT_AI_RELEASE_CURL_IMAGE}" "$root/test/images/curl" --build-arg "BASE_IMAGE=$DEBIAN_IMAGE"
  local ctx; ctx=$(mktemp -d /tmp/dot-ai-release-toolhive.XXXXXX)
  # shellcheck disable=SC2064
  trap "rm -rf '$ctx'" RETURN
  mkdir -p "$ctx/operator" "$ctx/proxyrunner"
  cp "$TOOLHIVE_BIN/thv-operator" "$ctx/operator/"
  cp "$KIND_SCRIPTS/images/toolhive-operator.Dockerfile" "$ctx/operator/Dockerfile"
  cp "$TOOLHIVE_BIN/thv-proxyrunner" "$ctx/proxyrunner/"
  cp "$KIND_SCRIPTS/images/toolhive-proxyrunner.Dockerfile" "$ctx/proxyrunner/Dockerfile"
  image "${DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE:-$DEFAULT_DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE}" "$ctx/operator"
  image "${DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE:-$DEFAULT_DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE}" "$ctx/proxyrunner"
}

with_lock test-images build
