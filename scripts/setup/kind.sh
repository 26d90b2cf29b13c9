#!/usr/bin/env bash
# needs: docker base-images
# A real Kubernetes cluster for the tests: kind, with everything it needs built on this machine
# (no container image can be pulled here). Versions: scripts/setup/versions.env. Run by `npm test`
# (scripts/setup.mjs, once docker.sh and base-images.sh are done).
#
#   1. Docker's default runtime becomes a wrapper that drops CAP_SYS_RESOURCE (scripts/kind/docker-runtime.sh),
#      or kind's privileged node containers cannot start on these machines;
#   2. Go components from the Go module proxy (scripts/kind/build-go.sh): kind (installed as
#      $DOT_AI_RELEASE_BIN_DIR/kind, /usr/local/bin), Kubernetes, etcd, CoreDNS, crictl, local-path-provisioner;
#   3. the node image dot-ai-release/kind-node:vX.Y.Z (scripts/kind/build-node-image.sh);
#   4. the curl image `helm test` runs in the cluster.
# The cluster's other images come from scripts/setup/qdrant-standin.sh and scripts/setup/toolhive.sh.
# Everything is cached under $DOT_AI_RELEASE_CACHE (default /var/cache/dot-ai-release) keyed by
# version, and rebuilt only when missing; concurrent runs wait on per-component locks. Each build's
# log is a file named in any failure. Cold: about 10 min on 2 cores; warm: seconds.
#
# On GitHub's runners (GITHUB_ACTIONS=true) nothing is built: kind comes with the runner and the
# tests use public images (set DOT_AI_RELEASE_KIND_BUILD=1 to build anyway, 0 to skip anywhere).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/kind/lib.sh"

if ! build_wanted; then
  command -v kind >/dev/null 2>&1 || kind_fail "DOT_AI_RELEASE_KIND_BUILD=0 but no kind on the PATH (install kind, or let this script build it)"
  kind_log "not building (DOT_AI_RELEASE_KIND_BUILD=0): $(kind version); images come from their registries"
  exit 0
fi

docker info >/dev/null 2>&1 || kind_fail "the Docker engine does not answer: start it with 'bash scripts/setup/docker.sh' (kind runs its nodes as Docker containers)"

total_started=$SECONDS
# timed LABEL CMD...: runs a step, prints how long it took (setup time per component).
timed() {
  local label=$1; shift
  local started=$SECONDS
  "$@"
  kind_log "$label: ready in $((SECONDS - started)) s"
}

timed "runtime wrapper" bash "$KIND_SCRIPTS/docker-runtime.sh"

declare -A bin
# Kubernetes first: crictl, local-path-provisioner and CoreDNS reuse its compiled packages.
for component in kubernetes etcd coredns crictl local-path-provisioner kind; do
  started=$SECONDS
  out=$(bash "$KIND_SCRIPTS/build-go.sh" "$component")
  bin[$component]=$out
  kind_log "$component: ready in $((SECONDS - started)) s ($out)"
done

install_kind() {
  if ! cmp -s "${bin[kind]}/kind" "$BIN_DIR/kind"; then
    install_file "${bin[kind]}/kind" "$BIN_DIR/kind"
    kind_log "installed $BIN_DIR/kind ($("$BIN_DIR/kind" version))"
  fi
}
with_lock kind-install install_kind

timed "node image" bash "$KIND_SCRIPTS/build-node-image.sh" \
  "${bin[kubernetes]}" "${bin[etcd]}" "${bin[coredns]}" "${bin[crictl]}" "${bin[local-path-provisioner]}" "$BIN_DIR/dot-ai-release-runc"

with_lock test-images test_image "${DOT_AI_RELEASE_CURL_IMAGE:-$DEFAULT_DOT_AI_RELEASE_CURL_IMAGE}" "$root/test/images/curl" \
  --build-arg "BASE_IMAGE=${DOT_AI_RELEASE_DEBIAN_IMAGE:-local/debian:bookworm}"

kind_log "kind $KIND_VERSION, node image ${DOT_AI_RELEASE_KIND_NODE_IMAGE:-$DEFAULT_DOT_AI_RELEASE_KIND_NODE_IMAGE}: set up in $((SECONDS - total_started)) s"
