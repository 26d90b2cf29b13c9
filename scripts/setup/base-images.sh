#!/usr/bin/env bash
# Makes the local base images that tests build on, from Debian packages only
# (no public registry is reachable on the test machines):
#   local/debian:bookworm  - debootstrap --variant=minbase rootfs, imported with `docker import`
#   local/node:bookworm    - the above + Debian's nodejs, npm, ca-certificates (Node 18)
# Idempotent: an image that already exists is kept. amd64 only.
# Starts the Docker engine with scripts/setup/docker.sh if it does not answer.
set -euo pipefail

log() { echo "setup/base-images: $*"; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_IMAGE=local/debian:bookworm
NODE_IMAGE=local/node:bookworm

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

current_digest=$(docker image inspect --format '{{ index .Config.Labels "local.base.extra-ca" }}' "$NODE_IMAGE" 2>/dev/null || true)
if have_image "$NODE_IMAGE" && [ "$current_digest" = "$extra_ca_digest" ]; then
  log "$NODE_IMAGE exists"
else
  ctx=$(mktemp -d /tmp/node-base.XXXXXX)
  mkdir -p "$ctx/extra-ca"
  for f in ${extra_ca_files[@]+"${extra_ca_files[@]}"}; do cp "$f" "$ctx/extra-ca/"; done
  # NODE_EXTRA_CA_CERTS: Debian's node uses its bundled roots, not the system store, unless told.
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $DEBIAN_IMAGE
RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
COPY extra-ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
LABEL local.base.extra-ca=$extra_ca_digest
DOCKERFILE
  log "building $NODE_IMAGE (classic builder; extra CA certificates: ${#extra_ca_files[@]})"
  DOCKER_BUILDKIT=0 docker build -q -t "$NODE_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  log "built $NODE_IMAGE"
fi

log "$NODE_IMAGE has node $(docker run --rm "$NODE_IMAGE" node --version), npm $(docker run --rm "$NODE_IMAGE" npm --version 2>/dev/null)"
