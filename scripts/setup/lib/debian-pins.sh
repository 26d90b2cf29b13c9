#!/usr/bin/env bash
# Prints the versions.env lines of the Debian packages scripts/setup/lib/deb.sh installs, as the signed
# index of each one's suite (PIN_DEB_SUITE in versions.env) has them today (run by hand when a pin
# must move; not part of the set-up):
#   bash scripts/setup/lib/debian-pins.sh
# apt reads the indexes into a temporary directory of its own (their signatures checked against
# Debian's archive keyring); the machine's apt sources, lists and packages are untouched.
set -euo pipefail
# shellcheck source=scripts/setup/versions.env
. "$(dirname "$0")/../versions.env"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# PIN prefix in versions.env -> Debian package
declare -A packages=([COMPOSE_V2]=docker-compose [BUILDX]=docker-buildx)

dir=$(mktemp -d /tmp/debian-pins.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/parts"
: >"$dir/status"
for pin in "${!packages[@]}"; do
  suite_key="${pin}_DEB_SUITE"
  echo "${!suite_key}"
  [ "${!suite_key}" != trixie ] || echo trixie-updates
done | sort -u | while read -r suite; do
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main"
done >"$dir/sources.list"
apt=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=$dir/parts"
  -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$dir/parts"
  -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o "Dir::State::status=$dir/status"
  -o "APT::Architecture=amd64" -o "APT::Sandbox::User=root" -o "Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false")
apt-get "${apt[@]}" -qq update
for pin in "${!packages[@]}"; do
  package=${packages[$pin]}
  suite_key="${pin}_DEB_SUITE"
  suite=${!suite_key}
  # The highest version the pin's suite (and for trixie its point-release updates) has.
  version=$(apt-cache "${apt[@]}" madison "$package" | awk -F'|' -v s="$suite" '$3 ~ " "s"(-updates)?/" {gsub(/ /, "", $2); print $2}' | sort -V | tail -n 1)
  fields=$(apt-cache "${apt[@]}" show "$package=$version")
  echo "# $package $version ($suite)"
  echo "${pin}_DEB=$(sed -n 's/^Filename: //p' <<<"$fields" | head -n 1)"
  echo "${pin}_DEB_SHA256=$(sed -n 's/^SHA256: //p' <<<"$fields" | head -n 1)"
done
