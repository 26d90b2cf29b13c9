#!/usr/bin/env bash
# Makes the local linux/amd64 base images that tests build on (no public registry is reachable on the
# test machines):
#   local/debian:bookworm   debootstrap --variant=minbase rootfs, in the Docker engine
#   local/node:bookworm     that + Node 24 (Node's official binary, from the npm registry), npm,
#                           the host's CA bundle and extra CAs (NODE_EXTRA_CA_CERTS points at it)
# The arm64 pair is scripts/setup/base-images-arm64.sh's (only the multi-arch tests need it).
# The rootfs tarball and the Node tarballs are cached in $DOT_AI_RELEASE_CACHE (default
# /var/cache/dot-ai-release): a re-run, even with an emptied Docker engine, only imports them.
# The images carry what examples/mcp-server/Dockerfile needs of a base (node, npm, useradd, groupadd).
# Idempotent: an image is rebuilt only when its contents label (Node, npm, CA bundle) differs.
# BASE_IMAGES_PREFIX=NAME makes NAME/debian:... and NAME/node:... instead of local/....
# Run alone it starts the Docker engine (scripts/setup/docker.sh) itself.
# needs: docker
set -euo pipefail
# shellcheck source=scripts/setup/lib/base-images.sh
source "$(dirname "$0")/lib/base-images.sh"
base_images_lock base-images

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
    echo "setup/$BASE_IMAGES_SCRIPT: docker build of $NODE_IMAGE failed; last lines:" >&2
    tail -n 20 "$ctx.log" >&2
    exit 1
  }
  rm -rf "$ctx" "$ctx.log"
  log "built $NODE_IMAGE in $((SECONDS - started)) s ($CONTENTS; extra CA certificates: ${#extra_ca_files[@]})"
fi
check_node_image "$NODE_IMAGE" linux/amd64
