# shellcheck shell=bash disable=SC2034 # names set here are read by the scripts that source this file
# Sourced by scripts/setup/base-images.sh (linux/amd64) and base-images-arm64.sh: the image names, the
# CA certificates every Node base trusts, the cached Debian rootfs tarballs and the Node layer.
# BASE_IMAGES_PREFIX=NAME makes NAME/debian:... and NAME/node:... instead of local/....
# shellcheck source=scripts/setup/lib/node-dist.sh
source "$(dirname "${BASH_SOURCE[0]}")/node-dist.sh"
# shellcheck source=scripts/setup/lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

BASE_IMAGES_SCRIPT=$(basename "$0" .sh)
log() { echo "setup/$BASE_IMAGES_SCRIPT: $*"; }
fail() { echo "setup/$BASE_IMAGES_SCRIPT: $*" >&2; exit 1; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }
image_label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }
buildah_has() { buildah inspect --type image "$1" >/dev/null 2>&1; }
buildah_label() { buildah inspect --type image --format "{{ index .OCIv1.Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PREFIX=${BASE_IMAGES_PREFIX:-local}
DEBIAN_IMAGE=$PREFIX/debian:bookworm
NODE_IMAGE=$PREFIX/node:bookworm
BUILDAH_DEBIAN_ARM64=localhost/$PREFIX/debian:bookworm-arm64   # buildah storage only; localhost/ so buildah never pulls
ARM64_NODE_IMAGE=$PREFIX/node:bookworm-arm64
BUILDAH_NODE_ARM64=localhost/$ARM64_NODE_IMAGE
HOST_CA_BUNDLE=${HOST_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}

docker info >/dev/null 2>&1 || bash "$SETUP_DIR/docker.sh"

# base_images_lock NAME: one builder of these images at a time (tests and helpers may run the
# scripts too); the others then find the images. The lock belongs to the cache, so a rehearsal with
# a cache and an engine of its own (scripts/rehearse-cold.sh) does not wait for this machine's.
base_images_lock() {
  mkdir -p "$CACHE_DIR/locks"
  exec 9>"$CACHE_DIR/locks/$1-${PREFIX//\//_}.lock"
  flock 9
}

# --- What goes into every Node base: the CA certificates this machine trusts ---
# Machines behind a TLS-inspecting egress proxy trust its CA through extra certificates in
# /usr/local/share/ca-certificates; the images must trust them too, or `npm ci` inside image builds
# fails ("self-signed certificate in certificate chain"). The host's bundle plus those files is
# copied in as the image's /etc/ssl/certs/ca-certificates.crt (none extra on GitHub's runners).
[ -s "$HOST_CA_BUNDLE" ] || fail "no CA bundle at $HOST_CA_BUNDLE (set HOST_CA_BUNDLE to this machine's PEM bundle)"
extra_ca_files=()
if [ -d "$EXTRA_CA_DIR" ]; then
  while IFS= read -r -d '' f; do extra_ca_files+=("$f"); done < <(find "$EXTRA_CA_DIR" -maxdepth 1 -type f -name '*.crt' -print0 | sort -z)
fi
# The same value older versions of this script labelled their images with (so they keep these images).
if [ ${#extra_ca_files[@]} -gt 0 ]; then
  extra_ca_digest=$(cat "${extra_ca_files[@]}" | sha256sum | cut -c1-16)
else
  extra_ca_digest=none
fi
ca_digest=$(cat "$HOST_CA_BUNDLE" ${extra_ca_files[@]+"${extra_ca_files[@]}"} | sha256sum | cut -c1-16)
# An image is up to date when its label says exactly this.
CONTENTS="node-$NODE24_VERSION npm-$NPM_VERSION ca-$ca_digest"

# rootfs_tar ARCH: prints the path of the cached minbase rootfs tarball of ARCH, making it when absent.
rootfs_tar() {
  local arch=$1 tar="$CACHE_DIR/debian-bookworm-minbase-$1.tar"
  if [ -s "$tar" ]; then echo "$tar"; return; fi
  command -v debootstrap >/dev/null 2>&1 || { log "installing debootstrap" >&2; apt_install debootstrap; }
  mkdir -p "$CACHE_DIR"
  local rootfs started=$SECONDS
  rootfs=$(mktemp -d "/tmp/rootfs-bookworm-$arch.XXXXXX")
  log "debootstrap --arch=$arch --variant=minbase bookworm into $rootfs$([ "$arch" = amd64 ] || echo ' (second stage under QEMU, about 70 s)')" >&2
  if ! debootstrap --arch="$arch" --variant=minbase bookworm "$rootfs" "$MIRROR" >"$rootfs.log" 2>&1; then
    echo "setup/$BASE_IMAGES_SCRIPT: debootstrap --arch=$arch failed; last lines of $rootfs.log:" >&2
    tail -n 20 "$rootfs.log" >&2
    rm -rf "$rootfs"
    exit 1
  fi
  # No package cache or index in the image.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  # Written aside and renamed: an interrupted run never leaves a truncated cache behind.
  tar -C "$rootfs" -cf "$tar.partial" .
  mv "$tar.partial" "$tar"
  rm -rf "$rootfs" "$rootfs.log"
  log "$arch rootfs made in $((SECONDS - started)) s, cached as $tar" >&2
  echo "$tar"
}

# write_node_context DIR FROM ARCH: a build context whose Dockerfile adds the Node layer to FROM.
# Only COPY, ENV and LABEL: no instruction runs a program, so it builds for any architecture natively.
write_node_context() {
  local ctx=$1 from=$2 arch=$3
  mkdir -p "$ctx/usr-local/bin" "$ctx/usr-local/lib/node_modules" "$ctx/extra-ca"
  local node_tgz npm_tgz
  node_tgz=$(node_dist_tgz "node-linux-$(node_arch "$arch")" "$NODE24_VERSION")
  npm_tgz=$(node_dist_tgz npm "$NPM_VERSION")
  tar -xzf "$node_tgz" -C "$ctx" package/bin/node
  mv "$ctx/package/bin/node" "$ctx/usr-local/bin/node"
  rm -rf "$ctx/package"
  # npm as Node's own distribution lays it out: lib/node_modules/npm, bin/npm and bin/npx linking into it.
  tar -xzf "$npm_tgz" -C "$ctx/usr-local/lib/node_modules"
  mv "$ctx/usr-local/lib/node_modules/package" "$ctx/usr-local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ctx/usr-local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ctx/usr-local/bin/npx"
  cat "$HOST_CA_BUNDLE" ${extra_ca_files[@]+"${extra_ca_files[@]}"} >"$ctx/ca-certificates.crt"
  for f in ${extra_ca_files[@]+"${extra_ca_files[@]}"}; do cp "$f" "$ctx/extra-ca/"; done
  # NODE_EXTRA_CA_CERTS: Node trusts its bundled roots only, unless told.
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $from
COPY usr-local/ /usr/local/
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY extra-ca/ /usr/local/share/ca-certificates/
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \\
    NODE_VERSION=$NODE24_VERSION
LABEL local.base.contents="$CONTENTS" \\
      local.base.extra-ca=$extra_ca_digest
DOCKERFILE
}

# check_node_image IMAGE PLATFORM: the image runs on PLATFORM and has what a Node base must have.
check_node_image() {
  local image=$1 platform=$2 report
  report=$(docker run --rm --platform "$platform" "$image" bash -c \
    'echo "$(uname -m) node $(node --version) npm $(npm --version) $(command -v useradd groupadd | tr "\n" " ")NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS"') ||
    fail "$image does not run on $platform"
  local machine=x86_64
  [ "$platform" = linux/arm64 ] && machine=aarch64
  local want="$machine node v$NODE24_VERSION npm $NPM_VERSION /usr/sbin/useradd /usr/sbin/groupadd NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt"
  [ "$report" = "$want" ] || fail "$image on $platform: got '$report', expected '$want'"
  log "$image ($platform): $report"
}
