#!/usr/bin/env bash
# Makes a Docker Compose CLI available (idempotent).
# GitHub's runners have Compose v2 (`docker compose`); Debian 12 only packages Compose v1
# (`docker-compose` 1.29), which is enough for `config` validation and for running the examples.
set -euo pipefail

if docker compose version >/dev/null 2>&1; then
  echo "setup/compose: $(docker compose version --short 2>/dev/null || docker compose version) (v2 plugin)"
  exit 0
fi
if ! command -v docker-compose >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup/compose: neither 'docker compose' nor 'docker-compose' found and no apt-get to install it" >&2
    exit 1
  fi
  # shellcheck source=scripts/setup/lib/apt.sh
  source "$(dirname "$0")/lib/apt.sh"
  apt_install docker-compose
fi
echo "setup/compose: $(docker-compose version --short) (v1)"
