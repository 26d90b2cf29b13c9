#!/usr/bin/env bash
# docker buildx with a BuildKit builder, as GitHub's runners have it after docker/setup-buildx-action
# (Debian 12 packages neither; no image can be pulled here, so no moby/buildkit container either):
# - the docker-buildx CLI plugin from Debian forky's package (buildx 0.29.1, pinned with its SHA256 in
#   scripts/setup/versions.env; scripts/setup/lib/deb.sh), installed as $DOT_AI_RELEASE_PLUGINS_DIR/docker-buildx;
# - buildkitd (github.com/moby/buildkit; no Debian package has it) built from the Go module proxy,
#   cached by version (scripts/setup/lib/go-tool.sh), installed as $DOT_AI_RELEASE_BIN_DIR/buildkitd;
# - starts buildkitd on the host when the builder does not answer: root, the OCI worker on Debian's runc,
#   host network, QEMU binfmt handlers (scripts/setup/qemu.sh) for linux/arm64; socket $BUILDKIT_SOCK
#   (its pid in $BUILDKIT_SOCK.pid), state in $BUILDKIT_ROOT, log in $BUILDKIT_LOG; left running, like
#   the Docker engine;
# - creates the buildx builder $BUILDX_BUILDER_NAME with the `remote` driver on that socket, WITHOUT
#   making it the current builder: the engine's default builder stays current, so `docker build` and the
#   `image` command's `auto` choice behave as before unless a caller selects it (BUILDX_BUILDER=dot-ai-release);
# - proves it: the builder answers and lists linux/amd64 and linux/arm64.
# On GitHub's runners (GITHUB_ACTIONS=true, buildx preinstalled) nothing is built or started: the builder
# is a docker-container one, as docker/setup-buildx-action makes.
# Safe to run twice or at the same time (flock); idempotent.
# needs: docker qemu
set -euo pipefail
here=$(dirname "$0")
# shellcheck source=scripts/setup/lib/deb.sh
. "$here/lib/deb.sh"

BUILDX_BUILDER_NAME=${BUILDX_BUILDER_NAME:-dot-ai-release}
BUILDKIT_SOCK=${BUILDKIT_SOCK:-/run/dot-ai-release/buildkitd.sock}
BUILDKIT_ROOT=${BUILDKIT_ROOT:-/var/lib/dot-ai-release/buildkit}
BUILDKIT_LOG=${BUILDKIT_LOG:-/var/log/dot-ai-release-buildkitd.log}
# Build cache kept by buildkitd's garbage collector, in MB: reserved,min-free,max (its default max is 10% of the disk).
BUILDKIT_GC_MB=${BUILDKIT_GC_MB:-2000,0,10000}

log() { echo "setup/buildx: $*"; }
fail() { echo "setup/buildx: $*" >&2; exit 1; }

docker info >/dev/null 2>&1 || bash "$here/docker.sh"

# GitHub's runners have buildx, and images can be pulled there: nothing is built; the builder is the
# kind docker/setup-buildx-action makes (docker-container), on the host network so that it reaches
# registries on 127.0.0.1 as buildkitd on the host does here.
if [ "${GITHUB_ACTIONS:-}" = "true" ] && docker buildx version >/dev/null 2>&1; then
  started=$SECONDS
  if ! docker buildx inspect "$BUILDX_BUILDER_NAME" >/dev/null 2>&1; then
    docker buildx create --name "$BUILDX_BUILDER_NAME" --driver docker-container --driver-opt network=host >/dev/null
    log "created the buildx builder $BUILDX_BUILDER_NAME (docker-container driver, host network; not made current)"
  fi
else
  deb_tool docker-buildx BUILDX usr/libexec/docker/cli-plugins/docker-buildx "$PLUGINS_DIR/docker-buildx" \
    github.com/docker/buildx/cmd/buildx "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION -X github.com/docker/buildx/version.Package=github.com/docker/buildx"
  go_tool buildkitd "$BUILDKIT_VERSION" "github.com/moby/buildkit/cmd/buildkitd@$BUILDKIT_VERSION" "$BIN_DIR/buildkitd" \
    "-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION -X github.com/moby/buildkit/version.Package=github.com/moby/buildkit"

  bash "$here/qemu.sh" >/dev/null
  command -v runc >/dev/null 2>&1 || fail "runc is not installed (it comes with Debian's docker.io: bash scripts/setup/docker.sh)"

  mkdir -p "$CACHE_DIR/locks"
  exec 9>"$CACHE_DIR/locks/buildkitd.lock"
  flock 9

  started=$SECONDS
  # The builder is only a name for the socket (the remote driver connects when used), so it is made
  # first; "answers" is then the builder bootstrapping against the socket.
  endpoint=$(docker buildx inspect "$BUILDX_BUILDER_NAME" 2>/dev/null | sed -n 's/^Endpoint:[[:space:]]*//p' | head -n 1 || true)
  if [ -n "$endpoint" ] && [ "$endpoint" != "unix://$BUILDKIT_SOCK" ]; then
    log "the buildx builder $BUILDX_BUILDER_NAME points at $endpoint: made again for unix://$BUILDKIT_SOCK"
    docker buildx rm "$BUILDX_BUILDER_NAME" >/dev/null
    endpoint=
  fi
  if [ -z "$endpoint" ]; then
    docker buildx create --name "$BUILDX_BUILDER_NAME" --driver remote "unix://$BUILDKIT_SOCK" >/dev/null
    log "created the buildx builder $BUILDX_BUILDER_NAME (remote driver, unix://$BUILDKIT_SOCK; not made current)"
  fi
  answers() { [ -S "$BUILDKIT_SOCK" ] && timeout 20 docker buildx inspect --bootstrap "$BUILDX_BUILDER_NAME" 2>/dev/null | grep -q '^Status: *running'; }
  if answers; then
    log "buildkitd already answers on $BUILDKIT_SOCK"
  else
    mkdir -p "$(dirname "$BUILDKIT_SOCK")" "$BUILDKIT_ROOT" "$(dirname "$BUILDKIT_LOG")"
    rm -f "$BUILDKIT_SOCK"
    log "starting buildkitd $BUILDKIT_VERSION (socket $BUILDKIT_SOCK, state $BUILDKIT_ROOT, log $BUILDKIT_LOG)"
    # setsid + nohup: the daemon outlives this script, like dockerd (scripts/setup/docker.sh).
    setsid nohup "$BIN_DIR/buildkitd" --addr "unix://$BUILDKIT_SOCK" --root "$BUILDKIT_ROOT" \
      --oci-worker=true --containerd-worker=false --oci-worker-net=host \
      --oci-worker-gc=true --oci-worker-gc-keepstorage "$BUILDKIT_GC_MB" \
      >>"$BUILDKIT_LOG" 2>&1 </dev/null 9>&- &  # 9>&-: the daemon must not hold this script's lock
    echo $! >"$BUILDKIT_SOCK.pid"
    for _ in $(seq 1 30); do answers && break; sleep 1; done
    answers || { echo "setup/buildx: buildkitd did not answer within 30 s; log: $BUILDKIT_LOG (last lines below)" >&2; tail -n 20 "$BUILDKIT_LOG" >&2; exit 1; }
  fi
fi
inspect=$(docker buildx inspect --bootstrap "$BUILDX_BUILDER_NAME" 2>&1) || fail "docker buildx inspect --bootstrap $BUILDX_BUILDER_NAME failed: $inspect"
builder_platforms=$(sed -n 's/^Platforms:[[:space:]]*//p' <<<"$inspect" | head -n 1)
for p in linux/amd64 linux/arm64; do
  case ", $builder_platforms," in *", $p,"* | *", $p*,"*) ;; *) fail "the buildx builder $BUILDX_BUILDER_NAME does not list $p (it lists: $builder_platforms); QEMU: bash scripts/setup/qemu.sh, then restart buildkitd (log: $BUILDKIT_LOG)";; esac
done
buildkit=$(sed -n 's/^BuildKit version:[[:space:]]*//p' <<<"$inspect" | head -n 1)
log "$(docker buildx version | sed "s/[[:space:]]*$//"); builder $BUILDX_BUILDER_NAME on BuildKit $buildkit ready in $((SECONDS - started)) s: $builder_platforms"
