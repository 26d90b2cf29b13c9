# Shared helpers of scripts/kind/*.sh and scripts/setup/kind.sh (sourced, not run).
#
# The cache: everything built for the local kind cluster lives under $DOT_AI_RELEASE_CACHE
# (default /var/cache/dot-ai-release), one directory per component and version, e.g.
#   kubernetes-v1.34.4/bin/kubeadm ... + build.log + build-seconds + .complete
# A component counts as built only when its `.complete` marker exists; builds write into a
# temporary directory and rename it into place, so an interrupted build leaves nothing that looks done.
# Concurrent runs serialise on one flock per component. Versions: scripts/setup/versions.env.

KIND_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Versions, CACHE_DIR, BIN_DIR, install_file.
# shellcheck source=scripts/setup/lib/common.sh
. "$KIND_SCRIPTS/../setup/lib/common.sh"
# Go's own caches under ours: a clean clone on the same machine (CI) reuses downloads and compiled packages.
export GOMODCACHE=${GOMODCACHE_OVERRIDE:-$CACHE_DIR/go/mod}
export GOCACHE=${GOCACHE_OVERRIDE:-$CACHE_DIR/go/build}
export GOFLAGS="-buildvcs=false -modcacherw"
export GOTOOLCHAIN=local
export CGO_ENABLED=0
# Go from the PATH, else its usual place (DOT_AI_RELEASE_GO_ROOT overrides it, e.g. to prove the "no Go" failure).
export PATH=$PATH:${DOT_AI_RELEASE_GO_ROOT:-/usr/local/go}/bin

kind_log() { echo "setup/kind: $*"; }
kind_fail() { echo "setup/kind: $*" >&2; exit 1; }

# require_go COMPONENT: fail clearly when this machine must build COMPONENT but has no Go.
require_go() {
  command -v go >/dev/null 2>&1 || kind_fail "$1 must be built here but Go is not installed (no 'go' on the PATH nor in ${DOT_AI_RELEASE_GO_ROOT:-/usr/local/go}/bin): install Go 1.24+, or set DOT_AI_RELEASE_KIND_BUILD=0 where kind and its images come ready-made"
}

# with_lock NAME CMD...: run CMD holding the lock of NAME (other runs wait, then find the result).
with_lock() {
  local name=$1; shift
  mkdir -p "$CACHE_DIR/locks"
  (
    exec 8>"$CACHE_DIR/locks/$name.lock"
    flock 8
    "$@"
  )
}

# component_log NAME: a fresh log file for one build, at a fixed path that outlives a failed build.
component_log() {
  mkdir -p "$CACHE_DIR/logs"
  : >"$CACHE_DIR/logs/$1.log"
  echo "$CACHE_DIR/logs/$1.log"
}

# is_complete DIR: the component in DIR was built to the end.
is_complete() { [ -f "$1/.complete" ]; }

# build_step COMPONENT LOGFILE CMD...: runs CMD with its output in LOGFILE; on failure names the
# component and the log and shows its last lines.
build_step() {
  local component=$1 logfile=$2; shift 2
  echo "+ [$(date +%T)] $*" >>"$logfile"
  if ! "$@" >>"$logfile" 2>&1; then
    echo "setup/kind: building $component failed (step: $*); full log: $logfile; last lines:" >&2
    tail -n 25 "$logfile" >&2
    return 1
  fi
}

# finish_component TMPDIR DIR STARTED_SECONDS: records the build time and size, marks complete,
# moves into place.
finish_component() {
  local tmp=$1 dir=$2 started=$3
  echo $((SECONDS - started)) >"$tmp/build-seconds"
  du -sb "$tmp" | cut -f1 >"$tmp/size-bytes"
  date -u +%Y-%m-%dT%H:%M:%SZ >"$tmp/built-at"
  touch "$tmp/.complete"
  rm -rf "$dir"
  mv "$tmp" "$dir"
}

# build_wanted: whether this machine builds the cluster's parts. Not on GitHub's runners
# (GITHUB_ACTIONS=true), where kind comes with the runner and the tests pull public images;
# DOT_AI_RELEASE_KIND_BUILD=1 builds anyway, 0 skips anywhere.
build_wanted() {
  local default=1
  [ "${GITHUB_ACTIONS:-}" = true ] && default=0
  [ "${DOT_AI_RELEASE_KIND_BUILD:-$default}" != 0 ]
}

# test_image NAME CONTEXT [DOCKER BUILD ARGS...]: an image the tests deploy, with the classic builder
# (its layer cache makes a re-run take seconds); the build's log is in the cache's logs/.
test_image() {
  local name=$1 ctx=$2; shift 2
  local logfile; logfile=$(component_log "image-$(echo "$name" | tr '/:' '__')")
  local started=$SECONDS
  DOCKER_BUILDKIT=0 build_step "image $name" "$logfile" docker build "$@" --label dot-ai-release=test-image -t "$name" "$ctx"
  kind_log "image $name ready in $((SECONDS - started)) s"
}
