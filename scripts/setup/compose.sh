#!/usr/bin/env bash
# Both Docker Compose CLIs, so tests can run the compose methods with each:
# - Compose v2, the `docker compose` CLI plugin GitHub's runners have: Debian forky's package
#   (docker-compose 2.40.3, pinned with its SHA256 in scripts/setup/versions.env; scripts/setup/lib/deb.sh),
#   its plugin installed as $DOT_AI_RELEASE_PLUGINS_DIR/docker-compose (/usr/local/lib/docker/cli-plugins);
# - Compose v1, Debian's `docker-compose` 1.29, kept: what users of older hosts still run.
# src/tools/compose.ts prefers v2 and falls back to v1; findComposeCli('v1'|'v2') or COMPOSE_CLI=v1|v2 forces one.
# On GitHub's runners (GITHUB_ACTIONS=true) their own v2 is used. COMPOSE_V2=0 skips v2 (and says so).
# Idempotent; safe to run twice or at the same time.
# needs: docker
set -euo pipefail
# shellcheck source=scripts/setup/lib/deb.sh
. "$(dirname "$0")/lib/deb.sh"

started=$SECONDS
if ! command -v docker-compose >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup/compose: docker-compose (v1) is not installed and there is no apt-get to install it" >&2
    exit 1
  fi
  echo "setup/compose: installing Debian's docker-compose (v1)"
  # shellcheck source=scripts/setup/lib/apt.sh
  source "$(dirname "$0")/lib/apt.sh"
  apt_install docker-compose
fi
echo "setup/compose: v1 docker-compose $(docker-compose version --short) in $((SECONDS - started)) s"

if [ "${GITHUB_ACTIONS:-}" = "true" ] && v2=$(docker compose version --short 2>/dev/null); then
  echo "setup/compose: v2 docker compose $v2 (the runner's own: nothing installed)"
  exit 0
fi
if [ "${COMPOSE_V2:-1}" = "0" ]; then
  echo "setup/compose: COMPOSE_V2=0: NOT installing Compose v2 (tests that run v2 will fail without it)"
  exit 0
fi
deb_tool docker-compose COMPOSE_V2 usr/libexec/docker/cli-plugins/docker-compose "$PLUGINS_DIR/docker-compose" \
  github.com/docker/compose/v2/cmd "-X github.com/docker/compose/v2/internal.Version=$COMPOSE_V2_VERSION"
v2=$(docker compose version --short 2>&1) || { echo "setup/compose: the v2 plugin does not run: $v2" >&2; exit 1; }
echo "setup/compose: v2 docker compose $v2"
