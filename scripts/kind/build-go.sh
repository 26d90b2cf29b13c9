#!/usr/bin/env bash
# Builds one Go component of the local kind cluster from the Go module proxy, cached:
#   build-go.sh COMPONENT   (kind | kubernetes | etcd | coredns | crictl | local-path-provisioner | toolhive)
# Output: $CACHE_DIR/COMPONENT-VERSION/bin/..., plus build.log, build-seconds, size-bytes, .complete.
# Prints that bin directory on stdout on success (progress goes to stderr). A second run finds `.complete` and builds nothing; concurrent
# runs wait on the component's lock.
#
# Every component is built the same way, through a throw-away wrapper module that requires the
# component's module at its pinned version (scripts/setup/versions.env). That is what makes the modules
# with local `replace` lines buildable (k8s.io/kubernetes points its staging modules at ./staging,
# etcd's server at ../api): each local replace becomes a replace to the same module's published
# release, and other replaces are copied as they are (a dependency's replaces are ignored by Go, so
# they must be restated).
# crictl and local-path-provisioner are built against Kubernetes' own dependency versions
# (the wrapper also requires k8s.io/kubernetes at KUBERNETES_VERSION, with its staging modules at the
# matching release): their client-go, gRPC, protobuf... packages are then the ones the Kubernetes
# build compiled, taken from Go's build cache instead of compiled again (minutes on 2 cores). Kubernetes
# itself keeps exactly its own versions. CoreDNS is built from a main of ours with only the plugins
# kubeadm's Corefile uses (scripts/kind/coredns/main.go).
# One Go build at a time on the machine: the lock of scripts/setup/lib/go-tool.sh.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

COMPONENT=${1:?usage: build-go.sh COMPONENT}
LDFLAGS=""
ALIGN=""   # 1: take Kubernetes' dependency versions (see above)
MAIN=""    # a directory of scripts/kind holding a main package of ours, built instead of the module's
case $COMPONENT in
  kind)
    VERSION=$KIND_VERSION MODULE=sigs.k8s.io/kind LOCAL_REPLACE_VERSION=""
    PACKAGES=(sigs.k8s.io/kind) ;;
  kubernetes)
    VERSION=$KUBERNETES_VERSION MODULE=k8s.io/kubernetes
    LOCAL_REPLACE_VERSION="v0.${KUBERNETES_VERSION#v1.}"   # staging modules: k8s.io/api v0.34.N for v1.34.N
    PACKAGES=()
    for c in kubeadm kubelet kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy; do
      PACKAGES+=("k8s.io/kubernetes/cmd/$c")
    done
    # Kubernetes' own build stamps these; without them kubeadm reports v0.0.0 and fails its version checks.
    major=${VERSION#v}; major=${major%%.*}
    minor=${VERSION#v*.}; minor=${minor%%.*}
    for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
      LDFLAGS+=" -X $pkg.gitVersion=$VERSION -X $pkg.gitMajor=$major -X $pkg.gitMinor=$minor"
      LDFLAGS+=" -X $pkg.gitCommit=0000000000000000000000000000000000000000 -X $pkg.gitTreeState=clean"
      LDFLAGS+=" -X $pkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    done ;;
  etcd)
    VERSION=$ETCD_VERSION MODULE=go.etcd.io/etcd/server/v3 LOCAL_REPLACE_VERSION=$ETCD_VERSION
    PACKAGES=(go.etcd.io/etcd/server/v3) ;;   # its main package is the module root (go names it bin/server)
  coredns)
    # Not aligned: v1.12.1's kubernetes plugin does not compile against client-go v0.34 (cache.Config.RetryOnError).
    VERSION=$COREDNS_VERSION MODULE=github.com/coredns/coredns LOCAL_REPLACE_VERSION="" MAIN=coredns
    PACKAGES=(dot-ai-release.local/coredns-build/coredns) ;;
  crictl)
    VERSION=$CRICTL_VERSION MODULE=sigs.k8s.io/cri-tools LOCAL_REPLACE_VERSION="" ALIGN=1
    PACKAGES=(sigs.k8s.io/cri-tools/cmd/crictl)
    LDFLAGS=" -X sigs.k8s.io/cri-tools/pkg/version.Version=$CRICTL_VERSION" ;;
  local-path-provisioner)
    VERSION=$LOCAL_PATH_PROVISIONER_VERSION MODULE=github.com/rancher/local-path-provisioner LOCAL_REPLACE_VERSION="" ALIGN=1
    PACKAGES=(github.com/rancher/local-path-provisioner) ;;
  toolhive)
    VERSION=$TOOLHIVE_VERSION MODULE=github.com/stacklok/toolhive LOCAL_REPLACE_VERSION=""
    PACKAGES=(github.com/stacklok/toolhive/cmd/thv-operator github.com/stacklok/toolhive/cmd/thv-proxyrunner) ;;
  *) kind_fail "build-go.sh: unknown component '$COMPONENT'" ;;
esac

DIR=$CACHE_DIR/$COMPONENT-$VERSION

# gomod_of MODULE@VERSION: the path of that module's go.mod in the module cache (downloaded when missing).
gomod_of() { go mod download -json "$1" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).GoMod)'; }

# replaces_of GOMOD LOCAL_VERSION: the module's replace lines as `go mod edit -replace` values; a local
# replace (./staging/...) becomes the same module at LOCAL_VERSION, or is dropped when that is empty.
replaces_of() {
  go mod edit -json "$1" | LOCAL_REPLACE_VERSION="$2" node -e '
    const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const local = process.env.LOCAL_REPLACE_VERSION;
    for (const r of m.Replace || []) {
      const old = r.Old.Path + (r.Old.Version ? "@" + r.Old.Version : "");
      if (r.New.Path.startsWith(".")) {
        // ./FORBIDDEN_DEPENDENCY-style guards name modules that must never be needed: drop them.
        if (local && !/FORBIDDEN/.test(r.New.Path)) console.log(`${old}=${r.Old.Path}@${local}`);
      } else {
        console.log(`${old}=${r.New.Path}${r.New.Version ? "@" + r.New.Version : ""}`);
      }
    }'
}

# go_line_of GOMOD: the module's `go` line.
go_line_of() { go mod edit -json "$1" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Go || "")'; }

build() {
  if is_complete "$DIR"; then return 0; fi
  require_go "$COMPONENT $VERSION"
  # One Go build at a time on the machine (shared with scripts/setup/lib/go-tool.sh).
  mkdir -p "$CACHE_DIR/locks"
  exec 7>"$CACHE_DIR/locks/go-build.lock"
  flock 7
  local started=$SECONDS tmp="$DIR.partial"
  local logfile; logfile=$(component_log "$COMPONENT-$VERSION")
  rm -rf "$tmp"
  # A failed build leaves its log, nothing else (this runs in with_lock's subshell).
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT
  mkdir -p "$tmp/bin" "$tmp/module"
  kind_log "building $COMPONENT $VERSION from $MODULE$([ -z "$ALIGN" ] || echo " with Kubernetes $KUBERNETES_VERSION's dependency versions") (log: $logfile)" >&2

  build_step "$COMPONENT" "$logfile" go mod download "$MODULE@$VERSION"
  local upstream_gomod k8s_gomod=""
  upstream_gomod=$(gomod_of "$MODULE@$VERSION")
  if [ -n "$ALIGN" ]; then
    build_step "$COMPONENT" "$logfile" go mod download "k8s.io/kubernetes@$KUBERNETES_VERSION"
    k8s_gomod=$(gomod_of "k8s.io/kubernetes@$KUBERNETES_VERSION")
  fi
  (
    cd "$tmp/module"
    build_step "$COMPONENT" "$logfile" go mod init "dot-ai-release.local/$COMPONENT-build"
    build_step "$COMPONENT" "$logfile" go mod edit -require="$MODULE@$VERSION"
    # The wrapper needs at least the component's own `go` line (and Kubernetes' when aligned).
    local go_line; go_line=$(go_line_of "$upstream_gomod")
    if [ -n "$k8s_gomod" ]; then
      local k8s_go_line; k8s_go_line=$(go_line_of "$k8s_gomod")
      go_line=$(printf '%s\n%s\n' "$go_line" "$k8s_go_line" | sort -V | tail -n 1)
    fi
    [ -z "$go_line" ] || build_step "$COMPONENT" "$logfile" go mod edit -go="$go_line"
    local replaces r
    replaces=$(replaces_of "$upstream_gomod" "$LOCAL_REPLACE_VERSION")
    if [ -n "$k8s_gomod" ]; then
      # Kubernetes' versions of everything, and its staging modules (k8s.io/api ...) at the matching release.
      build_step "$COMPONENT" "$logfile" go mod edit -require="k8s.io/kubernetes@$KUBERNETES_VERSION"
      replaces+=$'\n'$(replaces_of "$k8s_gomod" "v0.${KUBERNETES_VERSION#v1.}")
    fi
    for r in $replaces; do build_step "$COMPONENT" "$logfile" go mod edit -replace="$r"; done
    if [ -n "$MAIN" ]; then
      mkdir -p "$MAIN"
      cp "$KIND_SCRIPTS/$MAIN"/*.go "$MAIN/"
    fi
    {
      printf '//go:build tools\n\npackage tools\n\nimport (\n'
      for p in "${PACKAGES[@]}"; do [[ $p == dot-ai-release.local/* ]] || printf '\t_ "%s"\n' "$p"; done
      # Keeps the k8s.io/kubernetes requirement (and so its versions) through `go mod tidy`; tools.go
      # is never compiled.
      [ -z "$k8s_gomod" ] || printf '\t_ "k8s.io/kubernetes/pkg/util/labels"\n'
      printf ')\n'
    } >tools.go
    build_step "$COMPONENT" "$logfile" go mod tidy -e
    cat go.mod >>"$logfile"
    # One `go build` for every binary of the component: shared packages compile once.
    build_step "$COMPONENT" "$logfile" go build -trimpath -tags notest -ldflags "-s -w$LDFLAGS" -o "$tmp/bin/" "${PACKAGES[@]}"
  )
  [ "$COMPONENT" != etcd ] || mv "$tmp/bin/server" "$tmp/bin/etcd"
  finish_component "$tmp" "$DIR" "$started"
  cp "$logfile" "$DIR/build.log"
  kind_log "built $COMPONENT $VERSION in $(cat "$DIR/build-seconds") s" >&2
}

with_lock "$COMPONENT-$VERSION" build
echo "$DIR/bin"
