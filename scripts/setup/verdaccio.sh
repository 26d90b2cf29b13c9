#!/usr/bin/env bash
# Verdaccio, a real npm registry for the npm publish tests (test/helpers/verdaccio.ts starts one per
# test file, with its own config, storage and users, on 127.0.0.1). Pinned 6.8.0 from the npm
# registry, its own package checked against the sha512 pinned here, installed into the cache
# ($DOT_AI_RELEASE_CACHE/verdaccio/6.8.0, default /var/cache/dot-ai-release) without install scripts
# (it needs none) and linked as .tools/verdaccio (idempotent; no global install).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

VERDACCIO_VERSION=6.8.0
VERDACCIO_SHA512=sha512-fGKQZnFQVuLiRYbTDnyOaQDtAs+SgnoK2gQSztM3MIMXMa5MfiRQ+Ub/+8OMFygoroZU21d05d+JJJr4f2TnEQ==

cache=${DOT_AI_RELEASE_CACHE:-/var/cache/dot-ai-release}/verdaccio
dir=$cache/$VERDACCIO_VERSION
bin=$dir/node_modules/verdaccio/bin/verdaccio

# installed_integrity DIR: the integrity npm recorded for the verdaccio package it installed there.
installed_integrity() {
  node -e 'const lock = require(process.argv[1]); process.stdout.write(lock.packages?.["node_modules/verdaccio"]?.integrity ?? "")' "$1/node_modules/.package-lock.json" 2>/dev/null || true
}

if [ ! -x "$bin" ] || [ "$(installed_integrity "$dir")" != "$VERDACCIO_SHA512" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.install.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  npm install --prefix "$tmp" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error "verdaccio@$VERDACCIO_VERSION" >/dev/null
  got=$(installed_integrity "$tmp")
  if [ "$got" != "$VERDACCIO_SHA512" ]; then
    echo "setup/verdaccio: verdaccio@$VERDACCIO_VERSION has integrity $got, expected $VERDACCIO_SHA512 (pinned)" >&2
    exit 1
  fi
  # Renamed into place only once complete: an interrupted or concurrent run never leaves half an install.
  rm -rf "$dir.old"
  [ ! -e "$dir" ] || mv "$dir" "$dir.old"
  mv "$tmp" "$dir"
  rm -rf "$dir.old"
  trap - EXIT
fi

mkdir -p "$root/.tools"
ln -sfn "$dir" "$root/.tools/verdaccio"
got=$(node "$root/.tools/verdaccio/node_modules/verdaccio/bin/verdaccio" --version)
[ "$got" = "v$VERDACCIO_VERSION" ] || { echo "setup/verdaccio: .tools/verdaccio runs $got, expected v$VERDACCIO_VERSION" >&2; exit 1; }
echo "setup/verdaccio: verdaccio $got in .tools/verdaccio ($dir)"
