# shellcheck shell=bash
# Sourced by scripts/setup/*.sh: builds a Go program from the Go module proxy into a cache keyed by
# name and version, and installs it. Not run on its own (scripts/test.sh runs scripts/setup/*.sh only).
#
#   go_tool NAME VERSION PACKAGE@VERSION DEST [LDFLAGS]
#
# - VERSION is pinned in scripts/setup/versions.env;
# - the binary is cached as $DOT_AI_RELEASE_CACHE/go-tools/NAME-VERSION/NAME (default cache
#   /var/cache/dot-ai-release) and built only when missing, CGO_ENABLED=0 and -trimpath, the version
#   stamped through LDFLAGS where the program needs it: `go install PACKAGE@VERSION` when the module's
#   go.mod allows it, else (its go.mod has `exclude` or `replace` lines, which `go install pkg@version`
#   refuses) `go build` in a throwaway wrapper module that requires it and repeats those lines;
#   Go's module and build caches live under the same cache ($DOT_AI_RELEASE_CACHE/go/{mod,build});
# - one Go build at a time on the machine (a flock on $GO_BUILD_LOCK, shared with scripts/kind/build-go.sh:
#   on 2 cores a second build only slows the first), and the cache is checked again once the lock is
#   held, so two runs at the same time build once; a binary is renamed into place only when complete;
# - DEST is where it is installed (a copy, renamed into place): $BIN_DIR/NAME, or a Docker CLI
#   plugin path ($PLUGINS_DIR/NAME); skipped when DEST already holds the same bytes;
# - prints one line per program with the time it took (built, or taken from the cache);
# - a failed build names the program and its log file (kept under go-tools/logs/) and exits non-zero.

# shellcheck source=scripts/setup/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
GO_TOOLS_CACHE=$CACHE_DIR/go-tools
GO_BUILD_LOCK=${GO_BUILD_LOCK:-$CACHE_DIR/locks/go-build.lock}

go_tool() {
  local name=$1 version=$2 pkg=$3 dest=$4 ldflags=${5:-}
  local dir=$GO_TOOLS_CACHE/$name-$version
  local bin=$dir/$name
  local log=$GO_TOOLS_CACHE/logs/$name-$version.log
  local started=$SECONDS how=cached rc=0

  if [ ! -x "$bin" ]; then
    mkdir -p "$GO_TOOLS_CACHE/logs" "$(dirname "$GO_BUILD_LOCK")"
    (
      exec 8>"$GO_BUILD_LOCK"
      flock 8
      [ -x "$bin" ] && exit 42 # built by another run while this one waited
      local go
      go=$(command -v go || true)
      [ -n "$go" ] || [ ! -x /usr/local/go/bin/go ] || go=/usr/local/go/bin/go
      if [ -z "$go" ]; then
        echo "setup: cannot build $name $version: Go is not installed (no 'go' on the PATH or in /usr/local/go/bin)" >&2
        exit 1
      fi
      echo "setup: building $name $version from $pkg (log: $log)"
      local out
      out=$(mktemp -d "$GO_TOOLS_CACHE/.build-$name.XXXXXX")
      if ! _go_tool_build "$go" "$pkg" "$out" "-s -w $ldflags" >"$log" 2>&1; then
        rm -rf "$out"
        echo "setup: building $name $version failed; log: $log (last lines below)" >&2
        tail -n 15 "$log" >&2
        exit 1
      fi
      local built
      built=$(find "$out" -maxdepth 1 -type f -perm -u+x | head -n 1)
      mkdir -p "$dir"
      mv "$built" "$dir/.$name.partial"
      mv "$dir/.$name.partial" "$bin"
      rm -rf "$out"
    ) || rc=$?
    case $rc in
      0) how=built ;;
      42) how="built by another run" ;;
      *) return 1 ;;
    esac
  fi

  install_file "$bin" "$dest"
  echo "setup: $name $version $how in $((SECONDS - started)) s ($(du -h "$bin" | cut -f1) at $bin, installed as $dest)"
}

# _go_tool_build GO PACKAGE@VERSION OUTDIR LDFLAGS: the program's binary into OUTDIR (its log on stdout/stderr).
_go_tool_build() {
  local go=$1 pkg=$2 out=$3 ldflags=$4
  local path=${pkg%@*} version=${pkg##*@}
  # Go's own caches under ours (as scripts/kind does): a clean clone on the same machine reuses
  # downloads and compiled packages; -modcacherw keeps the module cache removable.
  export CGO_ENABLED=0 GOMODCACHE=${GOMODCACHE_OVERRIDE:-$CACHE_DIR/go/mod} GOCACHE=${GOCACHE_OVERRIDE:-$CACHE_DIR/go/build}
  export GOFLAGS="-buildvcs=false -modcacherw"
  # The module is the longest prefix of the package path that the proxy serves at that version.
  local module=$path gomod=
  while [ -z "$gomod" ]; do
    gomod=$("$go" mod download -json "$module@$version" 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin).get("GoMod", ""))' 2>/dev/null || true)
    if [ -z "$gomod" ]; then
      [[ $module == */* ]] || { echo "no module holding $path is served at $version"; return 1; }
      module=${module%/*}
    fi
  done
  # The module's exclude and non-local replace lines, as `go mod edit` flags (none: go install works).
  local directives
  directives=$("$go" mod edit -json "$gomod" | python3 -c '
import json, sys
d = json.load(sys.stdin)
for e in d.get("Exclude") or []:
    print("-exclude=%s@%s" % (e["Path"], e["Version"]))
for r in d.get("Replace") or []:
    new = r["New"]
    if new["Path"].startswith((".", "/")):
        continue  # a directory inside the module: cannot be repeated outside it
    old = r["Old"]["Path"] + ("@" + r["Old"]["Version"] if r["Old"].get("Version") else "")
    print("-replace=%s=%s@%s" % (old, new["Path"], new["Version"]))
') || return 1
  if [ -z "$directives" ]; then
    echo "+ go install -trimpath $pkg"
    GOBIN=$out "$go" install -trimpath -ldflags "$ldflags" "$pkg"
    return
  fi
  local wrap=$out/wrapper
  mkdir -p "$wrap"
  echo "+ $module's go.mod has exclude or replace lines, which go install refuses: a wrapper module in $wrap"
  (
    cd "$wrap"
    "$go" mod init dot-ai-release.local/build
    xargs "$go" mod edit <<<"$directives"
    cat go.mod
    echo "+ go get $pkg"
    "$go" get "$pkg"
    echo "+ go build -trimpath $path"
    "$go" build -trimpath -ldflags "$ldflags" -o "$out/" "$path"
  ) || return 1
  rm -rf "$wrap"
}
