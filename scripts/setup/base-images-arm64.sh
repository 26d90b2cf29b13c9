#!/usr/bin/env bash
# Makes the local linux/arm64 Node base the multi-arch tests build on (test/helpers/multiarch.ts):
#   local/debian:bookworm-arm64  the arm64 minbase rootfs (debootstrap; its second stage runs under
#                                QEMU, about two minutes), in buildah's storage (as localhost/...)
#   local/node:bookworm-arm64    the same Node layer as local/node:bookworm on it: in buildah's storage
#                                (as localhost/...), and in the Docker engine for `docker run`
# The Node layer is only files (COPY, no RUN), so nothing else runs under emulation. Docker 20.10's
# classic builder cannot build for another platform, so the pair is made with buildah, which keeps
# it in its own storage (/var/lib/containers/storage; CONTAINERS_STORAGE_CONF moves it), and it is
# copied between buildah and the engine as a docker-archive file (buildah's docker-daemon: transport
# would ignore DOCKER_HOST and always use /var/run/docker.sock).
# The rootfs tarball and the Node tarballs are cached in $DOT_AI_RELEASE_CACHE: a re-run, even with
# an emptied engine or buildah storage, only imports them. Idempotent, like base-images.sh.
# Run alone it starts the Docker engine and QEMU (scripts/setup/docker.sh, qemu.sh) itself.
# needs: docker qemu
set -euo pipefail
# shellcheck source=scripts/setup/lib/base-images.sh
source "$(dirname "$0")/lib/base-images.sh"
base_images_lock base-images-arm64

# Done already when scripts/setup.mjs ran qemu.sh first (this script's needs); run alone, it is not.
if ! command -v buildah >/dev/null 2>&1 || [ "$(head -n1 /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null)" != enabled ]; then
  bash "$SETUP_DIR/qemu.sh"
fi

if have_image "$ARM64_NODE_IMAGE" && [ "$(image_label "$ARM64_NODE_IMAGE" local.base.contents)" = "$CONTENTS" ]; then
  if ! buildah_has "$BUILDAH_NODE_ARM64"; then
    # buildah's storage was emptied but the engine still has it: copy it back instead of rebuilding.
    archive=$(mktemp /tmp/node-base-arm64.XXXXXX.tar)
    docker save -o "$archive" "$ARM64_NODE_IMAGE"
    id=$(buildah pull --quiet "docker-archive:$archive" | tail -n 1)
    rm -f "$archive"
    buildah tag "$id" "$BUILDAH_NODE_ARM64"
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
      echo "setup/$BASE_IMAGES_SCRIPT: buildah build of $BUILDAH_NODE_ARM64 failed; last lines:" >&2
      tail -n 20 "$ctx.log" >&2
      exit 1
    }
    rm -rf "$ctx" "$ctx.log"
    log "built $BUILDAH_NODE_ARM64 in $((SECONDS - started)) s, no emulation ($CONTENTS)"
  fi
  archive=$(mktemp /tmp/node-base-arm64.XXXXXX.tar)
  rm -f "$archive"
  buildah push --quiet "$BUILDAH_NODE_ARM64" "docker-archive:$archive:$ARM64_NODE_IMAGE" >/dev/null
  docker load --quiet --input "$archive" >/dev/null
  rm -f "$archive"
  log "copied it into the Docker engine as $ARM64_NODE_IMAGE"
fi

arch=$(docker image inspect --format '{{.Os}}/{{.Architecture}}' "$ARM64_NODE_IMAGE")
[ "$arch" = "linux/arm64" ] || fail "$ARM64_NODE_IMAGE is $arch, expected linux/arm64"
check_node_image "$ARM64_NODE_IMAGE" linux/arm64
