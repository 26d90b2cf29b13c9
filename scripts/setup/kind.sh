#!/usr/bin/env bash
# needs: docker base-images
# A real Kubernetes cluster for the tests: kind, with everything it needs built on this machine
# (no container image can be pulled here). Pins: scripts/kind/versions.env. Run by `npm test`
# (scripts/test.sh runs every scripts/setup/*.sh, this one after docker.sh and base-images.sh).
#
#   1. Docker's default runtime becomes a wrapper that drops CAP_SYS_RESOURCE (scripts/kind/docker-runtime.sh),
#      or kind's privileged node containers cannot start on these machines;
#   2. Go components from the Go module proxy (scripts/kind/build-go.sh): kind (installed as
#      /usr/local/bin/kind), Kubernetes, etcd, CoreDNS, crictl, local-path-provisioner, ToolHive;
#   3. the node image dot-ai-release/kind-node:vX.Y.Z (scripts/kind/build-node-image.sh);
#   4. the images the cluster tests deploy: the Qdrant stand-in, a curl image for `helm test`, the
#      ToolHive operator and proxy runner.
# Everything is cached under $DOT_AI_RELEASE_CACHE (default /var/cache/dot-ai-release) keyed by
# version, and rebuilt only when missing; concurrent runs wait on per-component locks. Each build's
# log is a file named in any failure. Cold: 20-40 min on 2 cores; warm: seconds.
#
# On GitHub's runners (GITHUB_ACTIONS=true) nothing is built: kind comes with the runner and the
# tests use public images (set DOT_AI_RELEASE_KIND_BUILD=1 to build anyway, 0 to skip anywhere).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/kind/lib.sh"

default_build=1
[ "${GITHUB_ACTIONS:-}" = true ] && default_build=0
if [ "${DOT_AI_RELEASE_KIND_BUILD:-$default_build}" = 0 ]; then
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
for component in kind kubernetes etcd coredns crictl local-path-provisioner toolhive; do
  started=$SECONDS
  out=$(bash "$KIND_SCRIPTS/build-go.sh" "$component")
  bin[$component]=$out
  kind_log "$component: ready in $((SECONDS - started)) s ($out)"
done

install_kind() {
  if ! cmp -s "${bin[kind]}/kind" /usr/local/bin/kind; then
    install -m 0755 "${bin[kind]}/kind" /usr/local/bin/kind.new
    mv -f /usr/local/bin/kind.new /usr/local/bin/kind
    kind_log "installed /usr/local/bin/kind ($(/usr/local/bin/kind version))"
  fi
}
with_lock kind-install install_kind

timed "node image" bash "$KIND_SCRIPTS/build-node-image.sh" \
  "${bin[kubernetes]}" "${bin[etcd]}" "${bin[coredns]}" "${bin[crictl]}" "${bin[local-path-provisioner]}" /usr/local/bin/dot-ai-release-runc

timed "test images" bash "$KIND_SCRIPTS/build-test-images.sh" "${bin[toolhive]}"

kind_log "kind $KIND_VERSION, node image ${DOT_AI_RELEASE_KIND_NODE_IMAGE:-$DEFAULT_DOT_AI_RELEASE_KIND_NODE_IMAGE}: set up in $((SECONDS - total_started)) s"
