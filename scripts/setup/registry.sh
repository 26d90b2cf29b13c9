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

# shellcheck source=scripts/setup/lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
apt_install --no-install-recommends docker-registry apache2-utils openssl

# The Debian package enables and starts a system service on port 5000 where init runs; the tests
# never use it, so stop it when a service manager is present (harmless otherwise).
if need systemctl && systemctl is-active --quiet docker-registry 2>/dev/null; then
  systemctl stop docker-registry || true
fi

need docker-registry || { echo "setup/registry: docker-registry not installed" >&2; exit 1; }
need htpasswd || { echo "setup/registry: htpasswd not installed" >&2; exit 1; }
need openssl || { echo "setup/registry: openssl not installed" >&2; exit 1; }
echo "setup/registry: $(docker-registry --version 2>/dev/null | head -1), htpasswd and openssl present"
