#!/usr/bin/env bash
# Rehearses the fresh machine's `npm test` on a warm one and prints the time of every step and of
# every set-up component, and the total:
#   bash scripts/rehearse-cold.sh [--commit REV] [--setup-only] [--timeout S] [--keep] [--dir DIR] [-- ARGS...]
# What is cold, as on a new machine:
#   - a clean clone of this repository at REV (default: HEAD; uncommitted changes are not in it);
#   - an empty DOT_AI_RELEASE_CACHE (Go's module and build caches, every download and build);
#   - a Docker engine of its own: a second dockerd with its own data root, socket and bridge
#     (DOCKER_HOST points at it; its daemon.json is where scripts/kind/docker-runtime.sh registers
#     the runtime wrapper, and that dockerd is the one reloaded), so no image of this machine is seen;
#   - buildah's storage, BuildKit's daemon, the Docker CLI's config (buildx builders, plugins), the
#     programs the set-up installs (a bin directory first on the PATH), npm's cache: all its own;
#   - CI=true and no standard input, as .ci/run gets them.
# What stays warm: Debian packages the set-up installs with apt (docker.io, buildah, qemu-user-static,
# docker-compose v1, docker-registry, shellcheck, debootstrap, unzip) are not removed from this machine,
# so their install time (about a minute on a new machine) is not in the figures; nor is starting the
# machine's own dockerd.
# --setup-only: npm ci and the set-up (scripts/setup.mjs), no lint or tests. ARGS go to `npm test`.
# --timeout SECONDS: stop the run (its whole process group) after that long, then clean up as usual.
# Everything is removed at the end (the second dockerd and buildkitd stopped, their mounts, bridge and
# NAT rules gone, the directory deleted), also on failure or Ctrl-C; --keep keeps the directory (the
# log, the cache) and says where. The figures are also written to /var/tmp/dot-ai-release-rehearsal-*.txt.
# Needs root (a dockerd, a bridge, iptables rules); heavy: run it alone on the machine (about 40
# minutes on 2 cores).
# For working on the set-up (then it is NOT a cold rehearsal, and the figures say so):
#   --cache DIR    DIR as DOT_AI_RELEASE_CACHE, kept and reused (e.g. Go's caches stay warm)
#   --state DIR    the engine's data root, buildah's storage, the bin directory... in DIR, kept and reused
#   --worktree     run in this working tree, uncommitted changes included, instead of a clean clone
#   --run 'CMD'    run CMD (bash -c, in the checkout, with the rehearsal's environment) instead of npm test
set -euo pipefail
# The whole script is one block, read before any of it runs: editing this file during a rehearsal
# (40 minutes) must not change the running one.
{
repo=$(cd "$(dirname "$0")/.." && pwd)
rev=HEAD keep=0 setup_only=0 dir="" cache="" state="" worktree=0 command="" timeout=""
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --commit) rev=${2:?--commit needs a revision}; shift 2 ;;
    --keep) keep=1; shift ;;
    --setup-only) setup_only=1; shift ;;
    --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
    --cache) cache=${2:?--cache needs a directory}; shift 2 ;;
    --state) state=${2:?--state needs a directory}; shift 2 ;;
    --worktree) worktree=1; shift ;;
    --run) command=${2:?--run needs a command}; shift 2 ;;
    --timeout) timeout=${2:?--timeout needs seconds}; shift 2 ;;
    --) shift; args=("$@"); break ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "rehearse-cold: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
say() { echo "rehearse-cold: $*"; }
[ "$(id -u)" = 0 ] || { echo "rehearse-cold: needs root (it starts a dockerd of its own)" >&2; exit 2; }
commit=$(git -C "$repo" rev-parse --verify "$rev^{commit}") || { echo "rehearse-cold: no commit $rev in $repo" >&2; exit 2; }

# --- the rehearsal's own directory, network and names -------------------------------------------
if [ -z "$dir" ]; then
  dir=$(mktemp -d /var/tmp/dot-ai-release-rehearsal.XXXXXX)
else
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || { echo "rehearse-cold: $dir is not empty" >&2; exit 2; }
fi
dir=$(cd "$dir" && pwd)
# mktemp makes it 0700: tests that run a program as another user (uid 65534, a server's user) must
# reach the checkout, as they do in a clone anywhere else.
chmod 0755 "$dir"
cold=1
[ -z "$cache$state" ] && [ $worktree = 0 ] || cold=0
mkdir -p "${cache:=$dir/cache}" "${state:=$dir/state}"
cache=$(cd "$cache" && pwd)
state=$(cd "$state" && pwd)
checkout=$dir/repo
[ $worktree = 0 ] || checkout=$repo
bridge="dairh$$"
bridge=${bridge:0:15}
# A /15 no route of this machine uses: the bridge's /24 and the pool of the engine's networks in it.
net=""
for second in 214 216 218 220 222 224 226 228; do
  if ! ip -4 route | grep -qE "^10\.($second|$((second + 1)))\."; then net=$second; break; fi
done
[ -n "$net" ] || { echo "rehearse-cold: no free 10.x.0.0/15 among 10.214-10.229 for the engine's networks" >&2; exit 2; }
subnet="10.$net.0.0/15"
dockerd_pid="" cleanup_done=0

# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  [ "$cleanup_done" = 1 ] && return
  cleanup_done=1
  set +e
  say "cleaning up"
  if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
    kill -TERM -- "-$run_pid" 2>/dev/null
    sleep 10
    kill -KILL -- "-$run_pid" 2>/dev/null
  fi
  if [ -S "$state/docker/docker.sock" ]; then
    local ids
    ids=$(DOCKER_HOST="unix://$state/docker/docker.sock" docker ps -aq 2>/dev/null)
    # shellcheck disable=SC2086
    [ -z "$ids" ] || DOCKER_HOST="unix://$state/docker/docker.sock" docker rm -f -v $ids >/dev/null 2>&1
    # A stopped dockerd leaves its networks' bridges behind: the networks go first.
    DOCKER_HOST="unix://$state/docker/docker.sock" docker network prune -f >/dev/null 2>&1
  fi
  if [ -s "$state/buildkit/buildkitd.sock.pid" ]; then
    local bk; bk=$(cat "$state/buildkit/buildkitd.sock.pid")
    rm -f "$state/buildkit/buildkitd.sock.pid"
    kill "$bk" 2>/dev/null && for _ in $(seq 1 40); do kill -0 "$bk" 2>/dev/null || break; sleep 0.25; done
  fi
  if [ -n "$dockerd_pid" ] && kill -0 "$dockerd_pid" 2>/dev/null; then
    kill "$dockerd_pid"
    for _ in $(seq 1 120); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$dockerd_pid" 2>/dev/null && { say "dockerd $dockerd_pid did not stop: killing it"; kill -9 "$dockerd_pid"; }
  fi
  if [ -f "$state/containers/storage.conf" ]; then
    CONTAINERS_STORAGE_CONF="$state/containers/storage.conf" buildah rm --all >/dev/null 2>&1
  fi
  # Whatever is still mounted under the directories (deepest first), then the network.
  findmnt -rn -o TARGET | grep -E "^($dir|$state|$cache)(/|$)" | sort -r | while read -r m; do umount -l "$m"; done
  ip link del "$bridge" 2>/dev/null
  # Any bridge still holding an address of the rehearsal's networks (a dockerd that was killed).
  ip -4 -o addr show | awk -v net="10.$((net + 1))." 'index($4, net) == 1 && $2 ~ /^br-/ {print $2}' | while read -r br; do ip link del "$br"; done
  iptables -D FORWARD -s "$subnet" -j ACCEPT 2>/dev/null
  iptables -D FORWARD -d "$subnet" -j ACCEPT 2>/dev/null
  iptables -t nat -D POSTROUTING -s "$subnet" ! -d "$subnet" -j MASQUERADE 2>/dev/null
  if [ $keep = 1 ]; then
    say "kept $dir (log: $dir/run.log; remove it with: rm -rf $dir)"
  elif findmnt -rn -o TARGET | grep -qE "^$dir(/|$)"; then
    say "NOT removing $dir: something is still mounted under it"
  else
    rm -rf "$dir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ $worktree = 1 ]; then
  commit=$(git -C "$repo" rev-parse HEAD)
  say "the working tree $repo (HEAD $commit, uncommitted changes included)"
else
  say "commit $commit ($(git -C "$repo" log -1 --format=%s "$commit" | cut -c1-80))"
fi
[ $cold = 1 ] || say "NOT a cold rehearsal:$([ "$cache" = "$dir/cache" ] || echo " cache $cache (reused)")$([ "$state" = "$dir/state" ] || echo " state $state (reused)")$([ $worktree = 0 ] || echo " the working tree, not a clean clone")"
say "directory $dir; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"

# --- a clean clone ------------------------------------------------------------------------------
if [ $worktree = 0 ]; then
  git clone --quiet --no-hardlinks "$repo" "$checkout"
  git -C "$checkout" checkout --quiet --detach "$commit"
fi

# --- a Docker engine of its own -----------------------------------------------------------------
# Its own bridge and an address pool in $subnet; --iptables=false so that it never touches the
# machine engine's chains, with the two rules its containers need to reach the package mirrors
# (published ports work through docker-proxy, names through Docker's embedded DNS).
mkdir -p "$state/docker" "$state/bin" "$state/docker-config/cli-plugins" "$state/buildkit" "$state/containers" "$state/npm-cache" "$state/xdg-cache"
[ -s "$state/docker/daemon.json" ] || echo '{}' >"$state/docker/daemon.json"
# With DOCKER_CONFIG set, buildah reads its credentials from $DOCKER_CONFIG/config.json and fails when it is missing.
[ -s "$state/docker-config/config.json" ] || echo '{}' >"$state/docker-config/config.json"
ip link add "$bridge" type bridge
ip addr add "10.$net.0.1/24" dev "$bridge"
ip link set "$bridge" up
iptables -I FORWARD -s "$subnet" -j ACCEPT
iptables -I FORWARD -d "$subnet" -j ACCEPT
iptables -t nat -I POSTROUTING -s "$subnet" ! -d "$subnet" -j MASQUERADE
setsid dockerd --data-root "$state/docker/data" --exec-root "$state/docker/exec" --pidfile "$state/docker/dockerd.pid" \
  -H "unix://$state/docker/docker.sock" --config-file "$state/docker/daemon.json" \
  --bridge "$bridge" --iptables=false --ip6tables=false \
  --default-address-pool "base=10.$((net + 1)).0.0/16,size=24" \
  >>"$state/docker/dockerd.log" 2>&1 </dev/null &
dockerd_pid=$!
export DOCKER_HOST="unix://$state/docker/docker.sock"
for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
docker info >/dev/null 2>&1 || { echo "rehearse-cold: the rehearsal's dockerd did not answer; $state/docker/dockerd.log:" >&2; tail -n 20 "$state/docker/dockerd.log" >&2; exit 1; }
[ "$(cat "$state/docker/dockerd.pid")" = "$dockerd_pid" ] || { echo "rehearse-cold: $state/docker/dockerd.pid does not hold the pid started ($dockerd_pid)" >&2; exit 1; }
say "dockerd $dockerd_pid on $DOCKER_HOST (bridge $bridge, networks in $subnet)"

cat >"$state/containers/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$state/containers/storage"
runroot = "$state/containers/run"
EOF

# --- the run ------------------------------------------------------------------------------------
run_env=(
  CI=true
  DOCKER_HOST="$DOCKER_HOST"
  DOT_AI_RELEASE_DOCKERD_PID="$dockerd_pid"
  DOCKER_DAEMON_JSON="$state/docker/daemon.json"
  DOCKER_CONFIG="$state/docker-config"
  DOT_AI_RELEASE_CACHE="$cache"
  DOT_AI_RELEASE_BIN_DIR="$state/bin"
  DOT_AI_RELEASE_PLUGINS_DIR="$state/docker-config/cli-plugins"
  PATH="$state/bin:$PATH"
  BUILDKIT_SOCK="$state/buildkit/buildkitd.sock"
  BUILDKIT_ROOT="$state/buildkit/root"
  BUILDKIT_LOG="$state/buildkit/buildkitd.log"
  CONTAINERS_STORAGE_CONF="$state/containers/storage.conf"
  npm_config_cache="$state/npm-cache"
  XDG_CACHE_HOME="$state/xdg-cache"
)
# in_rehearsal CMD...: runs CMD in the checkout with the rehearsal's environment, in a session and a
# mount namespace of its own where /var/run/docker.sock is the rehearsal engine's socket too: a
# program that ignores DOCKER_HOST (buildah's docker-daemon: transport always dials
# /var/run/docker.sock) reaches the rehearsal's engine, never this machine's. Its output goes to
# run.log and here; past --timeout its whole process group is stopped.
run_pid=""
in_rehearsal() {
  (cd "$checkout" && exec setsid unshare --mount --propagation private -- \
    bash -c '[ ! -S /run/docker.sock ] || mount --bind "$0" /run/docker.sock; exec "$@"' "$state/docker/docker.sock" \
    env "${run_env[@]}" "$@") </dev/null >>"$dir/run.log" 2>&1 &
  run_pid=$!
  tail -n +1 -f --pid="$run_pid" "$dir/run.log" &
  local tail_pid=$! rc=0
  while kill -0 "$run_pid" 2>/dev/null; do
    if [ -n "$timeout" ] && [ $(($(date +%s) - started)) -ge "$timeout" ]; then
      say "--timeout $timeout s reached: stopping the run"
      kill -TERM -- "-$run_pid" 2>/dev/null
      sleep 15
      kill -KILL -- "-$run_pid" 2>/dev/null
    fi
    sleep 2
  done
  wait "$run_pid" || rc=$?
  wait "$tail_pid" 2>/dev/null || true
  run_pid=""
  return "$rc"
}
started=$(date +%s)
status=0
if [ -n "$command" ]; then
  say "running in $checkout: $command"
  in_rehearsal bash -c "$command" || status=$?
elif [ $setup_only = 1 ]; then
  say "running npm ci and the set-up (scripts/setup.mjs) in $checkout"
  # shellcheck disable=SC2016 # expanded by that bash
  in_rehearsal bash -c 's=$SECONDS; bash scripts/setup/node.sh && export PATH="$PWD/.tools/node24/bin:$PATH" && npm ci --loglevel=error --fund=false --audit=false && echo "rehearse-cold: node + npm ci in $((SECONDS - s)) s" && node scripts/setup.mjs' || status=$?
else
  say "running npm test (.ci/run) in $checkout"
  in_rehearsal bash .ci/run ${args[@]+"${args[@]}"} || status=$?
fi
total=$(($(date +%s) - started))

# --- the figures --------------------------------------------------------------------------------
{
  echo
  if [ $cold = 1 ]; then
    echo "=== rehearsal of a cold machine: commit ${commit:0:12}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  else
    echo "=== NOT cold (a reused cache, state or the working tree): commit ${commit:0:12}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  fi
  echo "what each set-up component did:"
  grep -E '^\S+ +\| setup(/[a-z0-9-]+)?: .*( in [0-9]+ s| ready in [0-9]+ s)' "$dir/run.log" | grep -vE 'FAILED' | sed 's/^/  /' || true
  sed -n '/^set-up time per component/,/^$/p' "$dir/run.log"
  sed -n '/^time per step:/,/^$/p' "$dir/run.log"
  grep -E '^tests: [0-9]+ passed' "$dir/run.log" | tail -n 1 || true
  echo "total: $total s ($((total / 60)) min $((total % 60)) s), exit $status"
} | tee "$dir/figures.txt"
figures=/var/tmp/dot-ai-release-rehearsal-${commit:0:12}-$(date +%Y%m%dT%H%M%S).txt
cp "$dir/figures.txt" "$figures"
say "figures also in $figures"
exit "$status"
}
