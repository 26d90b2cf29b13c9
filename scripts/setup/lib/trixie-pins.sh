#!/usr/bin/env bash
# Prints the versions.env lines of the Debian trixie packages scripts/setup/lib/deb.sh installs, as
# trixie's signed index has them today (run by hand when a pin must move; not part of the set-up):
#   bash scripts/setup/lib/trixie-pins.sh
# apt reads trixie's index into a temporary directory of its own (its signature checked against
# Debian's archive keyring); the machine's apt sources, lists and packages are untouched.
set -euo pipefail
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# PIN prefix in versions.env -> Debian package
declare -A packages=([COMPOSE_V2]=docker-compose [BUILDX]=docker-buildx)

dir=$(mktemp -d /tmp/trixie-pins.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/parts"
: >"$dir/status"
for suite in trixie trixie-updates; do
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main"
done >"$dir/sources.list"
apt=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=$dir/parts"
  -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$dir/parts"
  -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o "Dir::State::status=$dir/status"
  -o "APT::Architecture=amd64" -o "APT::Sandbox::User=root" -o "Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false")
apt-get "${apt[@]}" -qq update
for pin in "${!packages[@]}"; do
  package=${packages[$pin]}
  # The candidate: the highest version of the two suites (a point-release update wins).
  version=$(apt-cache "${apt[@]}" policy "$package" | sed -n 's/^ *Candidate: //p')
  fields=$(apt-cache "${apt[@]}" show "$package=$version")
  echo "# $package $version"
  echo "${pin}_DEB=$(sed -n 's/^Filename: //p' <<<"$fields" | head -n 1)"
  echo "${pin}_DEB_SHA256=$(sed -n 's/^SHA256: //p' <<<"$fields" | head -n 1)"
done
