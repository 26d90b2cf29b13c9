#!/usr/bin/env bash
# Makes the local base images that tests build on (no public registry is reachable on the test
# machines), for linux/amd64 and linux/arm64:
#   local/debian:bookworm        debootstrap --variant=minbase rootfs, in the Docker engine
#   local/node:bookworm          that + Node 24 (Node's official binary, from the npm registry), npm,
#                                the host's CA bundle and extra CAs (NODE_EXTRA_CA_CERTS points at it)
#   local/debian:bookworm-arm64  the arm64 rootfs, in buildah's storage (as localhost/...)
#   local/node:bookworm-arm64    the same Node layer on it: in buildah's storage (as localhost/...) for
#                                test/helpers/multiarch.ts, and in the Docker engine for `docker run`
# The Node layer is only files (COPY, no RUN), so nothing runs under emulation to make the arm64 image;
# only the arm64 debootstrap's second stage does (about 70 s). Both rootfs tarballs and the Node
# tarballs are cached in $DOT_AI_RELEASE_CACHE (default /var/cache/dot-ai-release): a re-run, even
# with an emptied Docker engine or buildah storage, only imports them.
# The images carry what examples/mcp-server/Dockerfile needs of a base (node, npm, useradd, groupadd).
# Idempotent: an image is rebuilt only when its contents label (Node, npm, CA bundle) differs.
# BASE_IMAGES_ARM64=0 skips the arm64 pair (and says so). BASE_IMAGES_PREFIX=NAME makes NAME/debian:...
# and NAME/node:... instead of local/..., to rehearse a cold build beside the real images.
# Run alone it starts the Docker engine and QEMU (scripts/setup/docker.sh, qemu.sh) itself.
# needs: docker qemu
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/setup/lib/node-dist.sh
source "$here/lib/node-dist.sh"
# shellcheck source=scripts/setup/lib/apt.sh
source "$here/lib/apt.sh"

log() { echo "setup/base-images: $*"; }
fail() { echo "setup/base-images: $*" >&2; exit 1; }
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
CACHE_DIR=${DOT_AI_RELEASE_CACHE:-/var/cache/dot-ai-release}
HOST_CA_BUNDLE=${HOST_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}

docker info >/dev/null 2>&1 || bash "$here/docker.sh"

# Tests and helpers may run this at the same time: one builder at a time, the others then find the images.
lock=/tmp/dot-ai-release-base-images.lock
[ "$PREFIX" = local ] || lock=/tmp/dot-ai-release-base-images-${PREFIX//\//_}.lock
exec 9>"$lock"
flock 9

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
    echo "setup/base-images: debootstrap --arch=$arch failed; last lines of $rootfs.log:" >&2
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

# --- linux/amd64, in the Docker engine ---
if have_image "$DEBIAN_IMAGE"; then
  log "$DEBIAN_IMAGE exists"
else
  tar=$(rootfs_tar amd64)
  docker import --change 'CMD ["/bin/bash"]' "$tar" "$DEBIAN_IMAGE" >/dev/null
  log "imported $DEBIAN_IMAGE"
fi

if have_image "$NODE_IMAGE" && [ "$(image_label "$NODE_IMAGE" local.base.contents)" = "$CONTENTS" ]; then
  log "$NODE_IMAGE exists ($CONTENTS)"
else
  started=$SECONDS
  ctx=$(mktemp -d /tmp/node-base.XXXXXX)
  write_node_context "$ctx" "$DEBIAN_IMAGE" amd64
  DOCKER_BUILDKIT=0 docker build -q -t "$NODE_IMAGE" "$ctx" >"$ctx.log" 2>&1 || {
    echo "setup/base-images: docker build of $NODE_IMAGE failed; last lines:" >&2
    tail -n 20 "$ctx.log" >&2
    exit 1
  }
  rm -rf "$ctx" "$ctx.log"
  log "built $NODE_IMAGE in $((SECONDS - started)) s ($CONTENTS; extra CA certificates: ${#extra_ca_files[@]})"
fi
check_node_image "$NODE_IMAGE" linux/amd64

# --- linux/arm64, with buildah, then copied into the Docker engine ---
# Docker 20.10's classic builder cannot build for another platform, so the arm64 pair is made with
# buildah, which keeps it in its own storage (/var/lib/containers/storage) for
# test/helpers/multiarch.ts; `buildah push ... docker-daemon:` copies it into the engine.
if [ "${BASE_IMAGES_ARM64:-1}" = "0" ]; then
  log "BASE_IMAGES_ARM64=0: NOT making $ARM64_NODE_IMAGE (multi-arch tests will fail without it)"
  exit 0
fi
# Done already when scripts/setup.mjs ran qemu.sh first (this script's needs); run alone, it is not.
if ! command -v buildah >/dev/null 2>&1 || [ "$(head -n1 /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null)" != enabled ]; then
  bash "$here/qemu.sh"
fi

if have_image "$ARM64_NODE_IMAGE" && [ "$(image_label "$ARM64_NODE_IMAGE" local.base.contents)" = "$CONTENTS" ]; then
  if ! buildah_has "$BUILDAH_NODE_ARM64"; then
    # buildah's storage was emptied but the engine still has it: copy it back instead of rebuilding.
    buildah pull --quiet "docker-daemon:$ARM64_NODE_IMAGE" >/dev/null
    buildah tag "docker.io/$ARM64_NODE_IMAGE" "$BUILDAH_NODE_ARM64"
    log "copied $ARM64_NODE_IMAGE from the Docker engine into buildah's storage as $BUILDAH_NODE_ARM64"
  fi
  log "$ARM64_NODE_IMAGE exists ($CONTENTS)"
else
  if buildah_has "$BUILDAH_NODE_ARM64" && [ "$(buildah_label "$BUILDAH_NODE_ARM64" local.base.contents)" = "$CONTENTS" ]; then
    log "$BUILDAH_NODE_ARM64 exists in buildah's storage"
  else
    if buildah_has "$BUILDAH_DEBIAN_ARM64"; then
      log "$BUILDAH_DEBIAN_ARM64 exists in buildah's storage"
    else
      tar=$(rootfs_tar arm64)
      ctr=$(buildah from --arch arm64 --os linux scratch)
      buildah add --quiet "$ctr" "$tar" / >/dev/null
      buildah config --arch arm64 --os linux --cmd '["/bin/bash"]' "$ctr"
      buildah commit --quiet --rm "$ctr" "$BUILDAH_DEBIAN_ARM64" >/dev/null
      log "imported $BUILDAH_DEBIAN_ARM64 into buildah's storage"
    fi
    started=$SECONDS
    ctx=$(mktemp -d /tmp/node-base-arm64.XXXXXX)
    write_node_context "$ctx" "$BUILDAH_DEBIAN_ARM64" arm64
    buildah build --quiet --platform linux/arm64 --pull=false -t "$BUILDAH_NODE_ARM64" "$ctx" >"$ctx.log" 2>&1 || {
      echo "setup/base-images: buildah build of $BUILDAH_NODE_ARM64 failed; last lines:" >&2
      tail -n 20 "$ctx.log" >&2
      exit 1
    }
    rm -rf "$ctx" "$ctx.log"
    log "built $BUILDAH_NODE_ARM64 in $((SECONDS - started)) s, no emulation ($CONTENTS)"
  fi
  buildah push --quiet "$BUILDAH_NODE_ARM64" "docker-daemon:$ARM64_NODE_IMAGE" >/dev/null
  log "copied it into the Docker engine as $ARM64_NODE_IMAGE"
fi

arch=$(docker image inspect --format '{{.Os}}/{{.Architecture}}' "$ARM64_NODE_IMAGE")
[ "$arch" = "linux/arm64" ] || fail "$ARM64_NODE_IMAGE is $arch, expected linux/arm64"
check_node_image "$ARM64_NODE_IMAGE" linux/arm64
