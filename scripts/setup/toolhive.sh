#!/usr/bin/env bash
# ToolHive's operator and proxy runner for the toolhive deployment method's tests in the kind cluster:
# both built from the Go module github.com/stacklok/toolhive (scripts/kind/build-go.sh toolhive,
# cached by version: TOOLHIVE_VERSION in scripts/setup/versions.env) and put in images of their own
# (scripts/kind/images/toolhive-*.Dockerfile), named DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE and
# DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE, else versions.env's defaults. Its charts are read from the
# same module by the tests. Apart from scripts/setup/kind.sh: only the toolhive tests need it, and
# the cluster is made without it. It comes after kind.sh (its needs): one Go build runs at a time, and
# the cluster's own parts are wanted first.
# On GitHub's runners nothing is built: the tests pull ToolHive's released images (scripts/kind/lib.sh build_wanted).
# needs: docker kind
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/kind/lib.sh"

if ! build_wanted; then
  kind_log "not building ToolHive (GitHub's runners, or DOT_AI_RELEASE_KIND_BUILD=0): the tests use ${HOSTED_DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE}"
  exit 0
fi
docker info >/dev/null 2>&1 || kind_fail "the Docker engine does not answer: start it with 'bash scripts/setup/docker.sh'"

started=$SECONDS
bin=$(bash "$KIND_SCRIPTS/build-go.sh" toolhive)
kind_log "toolhive: ready in $((SECONDS - started)) s ($bin)"

images() {
  local ctx; ctx=$(mktemp -d /tmp/dot-ai-release-toolhive.XXXXXX)
  # shellcheck disable=SC2064
  trap "rm -rf '$ctx'" RETURN
  mkdir -p "$ctx/operator" "$ctx/proxyrunner"
  cp "$bin/thv-operator" "$ctx/operator/"
  cp "$KIND_SCRIPTS/images/toolhive-operator.Dockerfile" "$ctx/operator/Dockerfile"
  cp "$bin/thv-proxyrunner" "$ctx/proxyrunner/"
  cp "$KIND_SCRIPTS/images/toolhive-proxyrunner.Dockerfile" "$ctx/proxyrunner/Dockerfile"
  test_image "${DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE:-$DEFAULT_DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE}" "$ctx/operator"
  test_image "${DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE:-$DEFAULT_DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE}" "$ctx/proxyrunner"
}
with_lock toolhive-images images
