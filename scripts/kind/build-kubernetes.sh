#!/usr/bin/env bash
# Builds the Kubernetes binaries a kind node needs, from the k8s.io/kubernetes module (Go module proxy):
#   kubeadm kubelet kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy
# into $CACHE_DIR/kubernetes-$KUBERNETES_VERSION/bin (cached; rebuilt only when missing).
#
# k8s.io/kubernetes cannot be `go install`ed: its go.mod points the staging modules (k8s.io/api,
# k8s.io/client-go, ...) at ./staging with local replace lines. A small wrapper module requires it and
# replaces each staging module with its published v0.X.Y release instead (the list is read from the
# module's own go.mod, so it follows the version). The version is stamped with -ldflags -X, as
# Kubernetes' own build does, or kubeadm reports v0.0.0 and refuses its version checks.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

COMPONENT=kubernetes
VERSION=${KUBERNETES_VERSION}
DIR=$CACHE_DIR/kubernetes-$VERSION
COMMANDS=(kubeadm kubelet kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy)

build() {
  if is_complete "$DIR"; then return 0; fi
  require_go "Kubernetes $VERSION"
  local started=$SECONDS tmp="$DIR.partial"
  rm -rf "$tmp"
  mkdir -p "$tmp/bin" "$tmp/module"
  local logfile; logfile=$(component_log "$COMPONENT-$VERSION")
  kind_log "building Kubernetes $VERSION (${COMMANDS[*]}) from k8s.io/kubernetes; cold: 15-35 min on 2 cores; log: $logfile"

  local staging_version="v0.${VERSION#v1.}"
  local mod="$tmp/module"
  build_step "$COMPONENT" "$logfile" go mod download -json "k8s.io/kubernetes@$VERSION"
  local upstream_gomod="$GOMODCACHE/cache/download/k8s.io/kubernetes/@v/$VERSION.mod"
  (
    cd "$mod"
    build_step "$COMPONENT" "$logfile" go mod init dot-ai-release.local/kubernetes-build
    build_step "$COMPONENT" "$logfile" go mod edit -go=1.24.0 -require="k8s.io/kubernetes@$VERSION"
    # Every local replace of upstream's go.mod (=> ./staging/src/k8s.io/X) becomes => k8s.io/X v0.MINOR.PATCH.
    local staged
    staged=$(go mod edit -json "$upstream_gomod" | node -e '
      const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
      for (const r of m.Replace || []) if (r.New.Path.startsWith("./staging/")) console.log(r.Old.Path);')
    [ -n "$staged" ] || { echo "no staging replaces found in $upstream_gomod" >>"$logfile"; exit 1; }
    local p
    for p in $staged; do go mod edit -replace="$p=$p@$staging_version"; done
    printf '//go:build tools\n\npackage tools\n\nimport (\n' >tools.go
    for c in "${COMMANDS[@]}"; do printf '\t_ "k8s.io/kubernetes/cmd/%s"\n' "$c" >>tools.go; done
    printf ')\n' >>tools.go
    build_step "$COMPONENT" "$logfile" go mod tidy -e
  )

  local major=${VERSION#v}; major=${major%%.*}
  local minor=${VERSION#v*.}; minor=${minor%%.*}
  local build_date; build_date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  local x="" pkg
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    x+=" -X $pkg.gitVersion=$VERSION -X $pkg.gitMajor=$major -X $pkg.gitMinor=$minor"
    x+=" -X $pkg.gitCommit=0000000000000000000000000000000000000000 -X $pkg.gitTreeState=clean -X $pkg.buildDate=$build_date"
  done
  local targets=()
  for c in "${COMMANDS[@]}"; do targets+=("k8s.io/kubernetes/cmd/$c"); done
  (
    cd "$mod"
    # One `go build` for all seven: shared packages compile once.
    build_step "$COMPONENT" "$logfile" go build -trimpath -tags notest -ldflags "-s -w$x" -o "$tmp/bin/" "${targets[@]}"
  )
  local got; got=$("$tmp/bin/kubeadm" version -o short 2>>"$logfile" || true)
  if [ "$got" != "$VERSION" ]; then
    echo "built kubeadm reports '$got', expected $VERSION" >>"$logfile"
    kind_fail "building $COMPONENT failed: kubeadm reports '$got', expected $VERSION; log: $logfile"
  fi
  finish_component "$tmp" "$DIR" "$started"
  kind_log "built Kubernetes $VERSION in $(cat "$DIR/build-seconds") s"
}

with_lock "kubernetes-$VERSION" build
echo "$DIR/bin"
