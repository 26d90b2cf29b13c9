#!/usr/bin/env bash
# Makes a Docker engine answer on this machine (idempotent).
# - installs Debian's docker.io when there is no daemon binary;
# - starts dockerd in the background (log in a temp file) only if `docker info` does not answer;
# - never touches a daemon that already answers; leaves the one it starts running.
# Used by CI on a fresh Debian 12 machine as root.
set -euo pipefail

log() { echo "setup/docker: $*"; }

if docker info >/dev/null 2>&1; then
  log "engine already answers ($(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing docker.io from Debian"
  # shellcheck source=scripts/setup/lib/apt.sh
  source "$(dirname "$0")/lib/apt.sh"
  apt_install docker.io
fi

# Debian's docker.io ships a CLI too, but a newer one may already be on the PATH; either talks to this daemon.
if ! command -v docker >/dev/null 2>&1; then
  echo "setup/docker: no docker CLI on the PATH after installing docker.io" >&2
  exit 1
fi

logfile=$(mktemp /tmp/dockerd.XXXXXX.log)
log "starting dockerd (log: $logfile)"
# setsid + nohup: the daemon must outlive this script and the shell that ran it.
setsid nohup dockerd >"$logfile" 2>&1 </dev/null &

for _ in $(seq 1 30); do
  if docker info >/dev/null 2>&1; then
    log "engine answers ($(docker version --format '{{.Server.Version}}'), storage $(docker info --format '{{.Driver}}'))"
    exit 0
  fi
  sleep 1
done
echo "setup/docker: dockerd did not answer within 30 s; last lines of $logfile:" >&2
tail -n 20 "$logfile" >&2 || true
exit 1
