# shellcheck shell=bash
# Sourced by scripts/setup/*.sh: a Go program taken from Debian's package of it in a newer suite (seconds),
# or built from its Go module when that package cannot be had (minutes).
#
#   deb_tool NAME PIN PATH-IN-PACKAGE DEST GO-PACKAGE [LDFLAGS]
#
# PIN names three keys of scripts/setup/versions.env: PIN_DEB (the .deb's path in the mirror's pool),
# PIN_DEB_SHA256 (from that suite's signed Packages index) and PIN_VERSION (the upstream version, a Go
# module version).
# - The .deb is fetched from $DEBIAN_MIRROR (http://deb.debian.org/debian) with apt's own downloader
#   (apt-helper: the machine's apt proxy settings; the SHA256 checked before the file is kept) into
#   $DOT_AI_RELEASE_CACHE/debs/; no apt source is added, so bookworm's apt state is untouched. A cached
#   .deb is checked again each time it is used.
# - The one file PATH-IN-PACKAGE is unpacked (dpkg-deb --fsys-tarfile) and installed as DEST (a copy,
#   renamed into place; nothing written when DEST already holds the same bytes).
# - Built from the Go module instead (go_tool NAME PIN_VERSION GO-PACKAGE@PIN_VERSION DEST LDFLAGS),
#   saying so, when this machine is not amd64 (the pins are amd64 packages) or the mirror answers 404
#   (Debian replaced the package in a point release: update the pin, see scripts/setup/lib/debian-pins.sh).
#   A digest that differs from the pin fails the set-up: that is never papered over.

# shellcheck source=scripts/setup/lib/go-tool.sh
. "$(dirname "${BASH_SOURCE[0]}")/go-tool.sh"

DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEB_CACHE=$CACHE_DIR/debs

deb_tool() {
  local name=$1 pin=$2 member=$3 dest=$4 pkg=$5 ldflags=${6:-}
  local pool_key="${pin}_DEB" sha_key="${pin}_DEB_SHA256" version_key="${pin}_VERSION"
  local pool=${!pool_key:-} sha256=${!sha_key:-} version=${!version_key:-}
  if [ -z "$pool" ] || [ -z "$sha256" ] || [ -z "$version" ]; then
    echo "setup: $name: $pool_key, $sha_key and $version_key must all be set in scripts/setup/versions.env" >&2
    return 1
  fi
  if [ "$(dpkg --print-architecture 2>/dev/null || uname -m)" != amd64 ]; then
    echo "setup: $name: the pinned Debian package is for amd64 and this machine is not: building it from its Go module"
    go_tool "$name" "$version" "$pkg@$version" "$dest" "$ldflags"
    return
  fi

  local started=$SECONDS deb how=cached
  deb="$DEB_CACHE/$(basename "$pool")"
  if [ -s "$deb" ] && [ "$(sha256sum "$deb" | cut -d' ' -f1)" != "$sha256" ]; then
    echo "setup: $name: the cached $deb does not have the pinned SHA256: fetching it again"
    rm -f "$deb"
  fi
  if [ ! -s "$deb" ]; then
    mkdir -p "$DEB_CACHE"
    local partial="$deb.partial.$$" out rc=0
    # APT::Sandbox::User=root: the cache is root's, apt's _apt user could not write there.
    out=$(/usr/lib/apt/apt-helper -o APT::Sandbox::User=root download-file "$DEBIAN_MIRROR/$pool" "$partial" "SHA256:$sha256" 2>&1) || rc=$?
    if [ $rc -ne 0 ]; then
      rm -f "$partial" "$partial.FAILED"
      if ! grep -q 'Hash Sum mismatch' <<<"$out" && grep -qE '404 +Not Found' <<<"$out"; then
        echo "setup: $name: $DEBIAN_MIRROR/$pool is gone (404; Debian replaced the package): building $version from its Go module instead; update ${pin}_DEB in scripts/setup/versions.env (bash scripts/setup/lib/debian-pins.sh)"
        go_tool "$name" "$version" "$pkg@$version" "$dest" "$ldflags"
        return
      fi
      echo "setup: $name: fetching $DEBIAN_MIRROR/$pool failed:" >&2
      grep -E '^(E|Err):|Hash|SHA256' <<<"$out" | head -n 8 >&2
      return 1
    fi
    mv "$partial" "$deb"
    how=fetched
  fi

  local tmp
  tmp=$(mktemp -d "$DEB_CACHE/.unpack-$name.XXXXXX")
  if ! dpkg-deb --fsys-tarfile "$deb" | tar -xf - -C "$tmp" "./${member#/}"; then
    rm -rf "$tmp"
    echo "setup: $name: $deb holds no ${member}" >&2
    return 1
  fi
  install_file "$tmp/${member#/}" "$dest"
  rm -rf "$tmp"
  echo "setup: $name $version from Debian's $(basename "$pool") ($how, SHA256 checked) in $((SECONDS - started)) s, installed as $dest"
}
