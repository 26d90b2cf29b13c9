#!/usr/bin/env bash
# Makes the local base images that tests build on, from Debian packages only
# (no public registry is reachable on the test machines):
#   local/debian:bookworm  - debootstrap --variant=minbase rootfs, imported with `docker import`
#   local/node:bookworm    - the above + Debian's nodejs, npm, ca-certificates (Node 18)
# and the same two for linux/arm64, built under QEMU emulation (scripts/setup/qemu.sh, run first):
#   local/debian:bookworm-arm64, local/node:bookworm-arm64
# The arm64 debootstrap takes minutes under emulation, so its rootfs tarball is cached in
# $DOT_AI_RELEASE_CACHE (default /var/cache/dot-ai-release): a re-run on the same machine, even
# with an emptied Docker engine, only imports it. BASE_IMAGES_ARM64=0 skips the arm64 pair (and says so).
# Idempotent: an image that already exists is kept.
# Starts the Docker engine with scripts/setup/docker.sh if it does not answer.
set -euo pipefail

log() { echo "setup/base-images: $*"; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_IMAGE=local/debian:bookworm
NODE_IMAGE=local/node:bookworm
ARM64_DEBIAN_IMAGE=local/debian:bookworm-arm64   # in buildah storage only (as localhost/...)
ARM64_NODE_IMAGE=${ARM64_NODE_IMAGE:-local/node:bookworm-arm64}   # overridable to rehearse a cold build beside the real one
CACHE_DIR=${DOT_AI_RELEASE_CACHE:-/var/cache/dot-ai-release}
ARM64_ROOTFS_TAR=$CACHE_DIR/debian-bookworm-minbase-arm64.tar

# The set-up scripts run in name order (base-images before docker), so make sure the engine answers.
if ! docker info >/dev/null 2>&1; then
  bash "$(dirname "$0")/docker.sh"
fi

# Tests and helpers may run this at the same time: one builder at a time, the others then find the images.
exec 9>/tmp/dot-ai-release-base-images.lock
flock 9

if have_image "$DEBIAN_IMAGE"; then
  log "$DEBIAN_IMAGE exists"
else
  if ! command -v debootstrap >/dev/null 2>&1; then
    log "installing debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  rootfs=$(mktemp -d /tmp/rootfs-bookworm.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  log "debootstrap --variant=minbase bookworm into $rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >"$rootfs.log" 2>&1 || {
    echo "setup/base-images: debootstrap failed; last lines of $rootfs.log:" >&2
    tail -n 20 "$rootfs.log" >&2
    exit 1
  }
  rm -f "$rootfs.log"
  # Do not ship the package cache in the image.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import --change 'CMD ["/bin/bash"]' - "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
  log "imported $DEBIAN_IMAGE"
fi

# Machines behind a TLS-inspecting egress proxy trust its CA through extra certificates in
# /usr/local/share/ca-certificates; the Node base must trust them too, or `npm ci` inside image
# builds fails ("self-signed certificate in certificate chain"). The set's digest is recorded as a
# label so the image is rebuilt when the set changes. None there (e.g. GitHub runners): nothing added.
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}
extra_ca_files=()
if [ -d "$EXTRA_CA_DIR" ]; then
  while IFS= read -r -d '' f; do extra_ca_files+=("$f"); done < <(find "$EXTRA_CA_DIR" -maxdepth 1 -type f -name '*.crt' -print0 | sort -z)
fi
if [ ${#extra_ca_files[@]} -gt 0 ]; then
  extra_ca_digest=$(cat "${extra_ca_files[@]}" | sha256sum | cut -c1-16)
else
  extra_ca_digest=none
fi

# The Node base's Dockerfile on FROM: Debian's nodejs, npm, ca-certificates and the extra CAs.
# write_node_context DIR FROM
write_node_context() {
  local ctx=$1 from=$2
  mkdir -p "$ctx/extra-ca"
  for f in ${extra_ca_files[@]+"${extra_ca_files[@]}"}; do cp "$f" "$ctx/extra-ca/"; done
  # NODE_EXTRA_CA_CERTS: Debian's node uses its bundled roots, not the system store, unless told.
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $from
RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
COPY extra-ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
LABEL local.base.extra-ca=$extra_ca_digest
DOCKERFILE
}

current_digest=$(docker image inspect --format '{{ index .Config.Labels "local.base.extra-ca" }}' "$NODE_IMAGE" 2>/dev/null || true)
if have_image "$NODE_IMAGE" && [ "$current_digest" = "$extra_ca_digest" ]; then
  log "$NODE_IMAGE exists"
else
  ctx=$(mktemp -d /tmp/node-base.XXXXXX)
  write_node_context "$ctx" "$DEBIAN_IMAGE"
  log "building $NODE_IMAGE (classic builder; extra CA certificates: ${#extra_ca_files[@]})"
  DOCKER_BUILDKIT=0 docker build -q -t "$NODE_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  log "built $NODE_IMAGE"
fi

log "$NODE_IMAGE has node $(docker run --rm "$NODE_IMAGE" node --version), npm $(docker run --rm "$NODE_IMAGE" npm --version 2>/dev/null)"

# --- linux/arm64, under QEMU, built with buildah ---
# Docker 20.10's classic builder cannot build for another platform (it commits each step as the host's
# platform, and the next step then refuses it), so the arm64 pair is built with buildah, which also
# keeps it in its own storage (/var/lib/containers/storage) for test/helpers/multiarch.ts, and is
# then copied into the Docker engine (`buildah push ... docker-daemon:`) for `docker run`.
if [ "${BASE_IMAGES_ARM64:-1}" = "0" ]; then
  log "BASE_IMAGES_ARM64=0: NOT making $ARM64_NODE_IMAGE (multi-arch tests will fail without it)"
  exit 0
fi
bash "$(dirname "$0")/qemu.sh"

# Names in buildah's storage (localhost/... so buildah never tries to pull them).
BUILDAH_DEBIAN_ARM64=localhost/$ARM64_DEBIAN_IMAGE
BUILDAH_NODE_ARM64=localhost/$ARM64_NODE_IMAGE
buildah_has() { buildah inspect --type image "$1" >/dev/null 2>&1; }
buildah_label() { buildah inspect --type image --format '{{ index .OCIv1.Config.Labels "local.base.extra-ca" }}' "$1" 2>/dev/null || true; }

current_digest=$(docker image inspect --format '{{ index .Config.Labels "local.base.extra-ca" }}' "$ARM64_NODE_IMAGE" 2>/dev/null || true)
if have_image "$ARM64_NODE_IMAGE" && [ "$current_digest" = "$extra_ca_digest" ]; then
  if ! buildah_has "$BUILDAH_NODE_ARM64"; then
    # buildah's storage was emptied but the engine still has it: copy it back instead of rebuilding.
    buildah pull --quiet "docker-daemon:$ARM64_NODE_IMAGE" >/dev/null
    buildah tag "docker.io/$ARM64_NODE_IMAGE" "$BUILDAH_NODE_ARM64"
    log "copied $ARM64_NODE_IMAGE from the Docker engine into buildah's storage as $BUILDAH_NODE_ARM64"
  fi
  log "$ARM64_NODE_IMAGE exists"
else
  if buildah_has "$BUILDAH_NODE_ARM64" && [ "$(buildah_label "$BUILDAH_NODE_ARM64")" = "$extra_ca_digest" ]; then
    log "$BUILDAH_NODE_ARM64 exists in buildah's storage"
  else
    if buildah_has "$BUILDAH_DEBIAN_ARM64"; then
      log "$BUILDAH_DEBIAN_ARM64 exists in buildah's storage"
    else
      if [ -s "$ARM64_ROOTFS_TAR" ]; then
        log "using the cached arm64 rootfs $ARM64_ROOTFS_TAR"
      else
        if ! command -v debootstrap >/dev/null 2>&1; then
          log "installing debootstrap"
          apt-get -o DPkg::Lock::Timeout=600 update -qq
          DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq debootstrap >/dev/null
        fi
        mkdir -p "$CACHE_DIR"
        rootfs=$(mktemp -d /tmp/rootfs-bookworm-arm64.XXXXXX)
        trap 'rm -rf "$rootfs" "$rootfs.log" "$ARM64_ROOTFS_TAR.partial"' EXIT
        log "debootstrap --arch=arm64 --variant=minbase bookworm into $rootfs (under QEMU, 1-2 minutes)"
        started=$SECONDS
        debootstrap --arch=arm64 --variant=minbase bookworm "$rootfs" "$MIRROR" >"$rootfs.log" 2>&1 || {
          echo "setup/base-images: arm64 debootstrap failed; last lines of $rootfs.log:" >&2
          tail -n 20 "$rootfs.log" >&2
          exit 1
        }
        rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
        # Written aside and renamed: an interrupted run never leaves a truncated cache behind.
        tar -C "$rootfs" -cf "$ARM64_ROOTFS_TAR.partial" .
        mv "$ARM64_ROOTFS_TAR.partial" "$ARM64_ROOTFS_TAR"
        rm -rf "$rootfs" "$rootfs.log"
        trap - EXIT
        log "arm64 rootfs made in $((SECONDS - started)) s, cached as $ARM64_ROOTFS_TAR"
      fi
      ctr=$(buildah from --arch arm64 --os linux scratch)
      buildah add --quiet "$ctr" "$ARM64_ROOTFS_TAR" / >/dev/null
      buildah config --arch arm64 --os linux --cmd '["/bin/bash"]' "$ctr"
      buildah commit --quiet --rm "$ctr" "$BUILDAH_DEBIAN_ARM64" >/dev/null
      log "imported $BUILDAH_DEBIAN_ARM64 into buildah's storage"
    fi
    ctx=$(mktemp -d /tmp/node-base-arm64.XXXXXX)
    write_node_context "$ctx" "$BUILDAH_DEBIAN_ARM64"
    log "building $BUILDAH_NODE_ARM64 with buildah for linux/arm64 under QEMU (a few minutes; extra CA certificates: ${#extra_ca_files[@]})"
    started=$SECONDS
    buildah build --quiet --platform linux/arm64 --pull=false --layers -t "$BUILDAH_NODE_ARM64" "$ctx" >"$ctx.log" 2>&1 || {
      echo "setup/base-images: buildah build of $BUILDAH_NODE_ARM64 failed; last lines:" >&2
      tail -n 20 "$ctx.log" >&2
      exit 1
    }
    rm -rf "$ctx" "$ctx.log"
    log "built $BUILDAH_NODE_ARM64 in $((SECONDS - started)) s"
  fi
  buildah push --quiet "$BUILDAH_NODE_ARM64" "docker-daemon:$ARM64_NODE_IMAGE" >/dev/null
  log "copied it into the Docker engine as $ARM64_NODE_IMAGE"
fi

arch=$(docker image inspect --format '{{.Os}}/{{.Architecture}}' "$ARM64_NODE_IMAGE")
[ "$arch" = "linux/arm64" ] || { echo "setup/base-images: $ARM64_NODE_IMAGE is $arch, expected linux/arm64" >&2; exit 1; }
machine=$(docker run --rm --platform linux/arm64 "$ARM64_NODE_IMAGE" uname -m)
[ "$machine" = "aarch64" ] || { echo "setup/base-images: uname -m in $ARM64_NODE_IMAGE printed '$machine', expected aarch64" >&2; exit 1; }
log "$ARM64_NODE_IMAGE ($arch, uname -m $machine) has node $(docker run --rm --platform linux/arm64 "$ARM64_NODE_IMAGE" node --version)"
