# shellcheck shell=bash
# apt_install [APT-GET OPTION...] PACKAGE...: installs Debian packages as root, quietly.
# Set-up scripts run side by side (scripts/setup.mjs), and two apt-get processes at once fail on
# apt's locks ("Could not get lock /var/lib/apt/lists/lock"), so every call takes one lock first and
# also waits for dpkg's lock (another process's apt). The package index may be empty on a fresh
# machine: it is refreshed once when the install fails, then the install is tried again.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || { echo "apt_install: no apt-get here to install $*" >&2; return 1; }
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq)
  (
    flock -w 1200 9 || { echo "apt_install: waited 20 minutes for /tmp/dot-ai-release-apt.lock" >&2; exit 1; }
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >/dev/null 2>&1; then
      "${apt[@]}" update >/dev/null
      DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >/dev/null
    fi
  ) 9>/tmp/dot-ai-release-apt.lock
}
