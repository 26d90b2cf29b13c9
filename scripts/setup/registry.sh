#!/usr/bin/env bash
# Installs Debian's docker-registry (CNCF Distribution 2.8), apache2-utils (htpasswd) and openssl
# (signing certificate of the test token service) for the OCI client tests.
# Idempotent: does nothing when all three are already present.
# The packaged registry service is NOT used: tests start their own `docker-registry serve CONFIG.yml`.
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }
if need docker-registry && need htpasswd && need openssl; then
  echo "setup/registry: $(docker-registry --version 2>/dev/null | head -1), htpasswd and openssl present"
  exit 0
fi

# Other setup scripts may run apt at the same time: wait for the dpkg lock instead of failing.
APT=(apt-get -o DPkg::Lock::Timeout=600)
install() {
  DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -qq --no-install-recommends docker-registry apache2-utils openssl >/dev/null
}
# The package index may be empty on a fresh machine: refresh it once if the install fails.
if ! install; then
  "${APT[@]}" update -qq
  install
fi

# The Debian package enables and starts a system service on port 5000 where init runs; the tests
# never use it, so stop it when a service manager is present (harmless otherwise).
if need systemctl && systemctl is-active --quiet docker-registry 2>/dev/null; then
  systemctl stop docker-registry || true
fi

need docker-registry || { echo "setup/registry: docker-registry not installed" >&2; exit 1; }
need htpasswd || { echo "setup/registry: htpasswd not installed" >&2; exit 1; }
need openssl || { echo "setup/registry: openssl not installed" >&2; exit 1; }
echo "setup/registry: $(docker-registry --version 2>/dev/null | head -1), htpasswd and openssl present"
