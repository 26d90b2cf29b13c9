# shellcheck shell=bash
# Sourced by the set-up scripts (scripts/setup/*.sh, scripts/kind/*.sh, through lib/*.sh): the pinned
# versions and where things go. Each place can be moved by the environment, which is how
# scripts/rehearse-cold.sh keeps a rehearsal off the machine's own tools:
#   DOT_AI_RELEASE_CACHE         everything downloaded or built, Go's caches too (/var/cache/dot-ai-release)
#   DOT_AI_RELEASE_BIN_DIR       programs the set-up installs (/usr/local/bin)
#   DOT_AI_RELEASE_PLUGINS_DIR   Docker CLI plugins (/usr/local/lib/docker/cli-plugins)
SETUP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/setup/versions.env
. "$SETUP_DIR/versions.env"
# shellcheck disable=SC2034 # read by the scripts that source this file
CACHE_DIR=${DOT_AI_RELEASE_CACHE:-/var/cache/dot-ai-release}
# shellcheck disable=SC2034
BIN_DIR=${DOT_AI_RELEASE_BIN_DIR:-/usr/local/bin}
# shellcheck disable=SC2034
PLUGINS_DIR=${DOT_AI_RELEASE_PLUGINS_DIR:-/usr/local/lib/docker/cli-plugins}

# install_file SRC DEST: DEST gets SRC's bytes (mode 0755) through a rename, so a running program or
# a concurrent reader never sees half a file; nothing is written when DEST already holds them.
install_file() {
  cmp -s "$1" "$2" 2>/dev/null && return 0
  mkdir -p "$(dirname "$2")"
  install -m 0755 "$1" "$2.partial.$$"
  mv -f "$2.partial.$$" "$2"
}
