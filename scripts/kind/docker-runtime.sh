#!/usr/bin/env bash
# Makes `docker run --privileged` work on machines whose capability bounding set lacks
# CAP_SYS_RESOURCE (these test machines; see scripts/kind/runtime-wrapper/main.go for why), which
# kind needs for its privileged node containers:
#   1. builds the runtime wrapper (cached by the hash of its source) and installs it as
#      $DOT_AI_RELEASE_BIN_DIR/dot-ai-release-runc (/usr/local/bin; atomic rename: a running container
#      never sees half a file);
#   2. merges it into $DOCKER_DAEMON_JSON (/etc/docker/daemon.json) as a runtime and the
#      default-runtime (other keys kept);
#   3. reloads the running dockerd with SIGHUP (dockerd re-reads `runtimes` and `default-runtime`
#      without restarting: running containers are untouched): the one whose pid is in
#      $DOT_AI_RELEASE_DOCKERD_PID when set (an engine of its own, e.g. scripts/rehearse-cold.sh's),
#      else every dockerd; a dockerd started later reads the file;
#   4. proves it: a privileged container runs.
# Idempotent; nothing changes on a machine that has the capability (e.g. GitHub's runners).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RUNTIME_NAME=dot-ai-release-runc
WRAPPER=$BIN_DIR/dot-ai-release-runc
DAEMON_JSON=${DOCKER_DAEMON_JSON:-/etc/docker/daemon.json}
PROBE_IMAGE=${DOT_AI_RELEASE_PROBE_IMAGE:-local/debian:bookworm}

cap_bnd=$(awk '/^CapBnd:/ {print $2}' /proc/self/status)
if (( (16#$cap_bnd >> 24) & 1 )); then
  kind_log "the capability bounding set has CAP_SYS_RESOURCE: no runtime wrapper needed"
  exit 0
fi

install_wrapper() {
  local src="$KIND_SCRIPTS/runtime-wrapper"
  local hash; hash=$(cat "$src/go.mod" "$src/main.go" | sha256sum | cut -c1-16)
  local dir="$CACHE_DIR/runtime-wrapper-$hash"
  if ! is_complete "$dir"; then
    require_go "the runtime wrapper"
    local started=$SECONDS logfile; logfile=$(component_log "runtime-wrapper-$hash")
    rm -rf "$dir.partial"; mkdir -p "$dir.partial"
    (cd "$src" && build_step runtime-wrapper "$logfile" go build -trimpath -ldflags '-s -w' -o "$dir.partial/$RUNTIME_NAME" .)
    finish_component "$dir.partial" "$dir" "$started"
  fi
  if ! cmp -s "$dir/$RUNTIME_NAME" "$WRAPPER"; then
    install_file "$dir/$RUNTIME_NAME" "$WRAPPER"
    kind_log "installed $WRAPPER"
  fi
}
with_lock runtime-wrapper install_wrapper

# Merge, never overwrite: other set-up may keep its own keys in daemon.json.
mkdir -p "$(dirname "$DAEMON_JSON")"
changed=$(node -e '
  const fs = require("fs");
  const [file, name, path] = process.argv.slice(1);
  let config = {};
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, "utf8").trim();
    try { config = text ? JSON.parse(text) : {}; } catch (e) { console.error(`${file}: not valid JSON (${e.message}); fix or remove it`); process.exit(2); }
  }
  const before = JSON.stringify(config);
  config.runtimes = { ...(config.runtimes || {}), [name]: { path } };
  config["default-runtime"] = name;
  if (JSON.stringify(config) === before) { console.log("no"); process.exit(0); }
  fs.writeFileSync(file + ".new", JSON.stringify(config, null, 2) + "\n");
  fs.renameSync(file + ".new", file);
  console.log("yes");
' "$DAEMON_JSON" "$RUNTIME_NAME" "$WRAPPER") || kind_fail "could not update $DAEMON_JSON"
[ "$changed" = yes ] && kind_log "registered $RUNTIME_NAME as the default runtime in $DAEMON_JSON"

if ! docker info >/dev/null 2>&1; then
  kind_fail "the Docker engine does not answer (start it with scripts/setup/docker.sh)"
fi
default_runtime() { docker info --format '{{.DefaultRuntime}}' 2>/dev/null; }
if [ "$(default_runtime)" != "$RUNTIME_NAME" ]; then
  pids=${DOT_AI_RELEASE_DOCKERD_PID:-$(pidof dockerd || true)}
  [ -n "$pids" ] || kind_fail "the Docker engine answers but no local dockerd process was found to reload; restart it so it reads $DAEMON_JSON"
  kind_log "reloading dockerd ($pids) with SIGHUP to pick up the runtime"
  # shellcheck disable=SC2086
  kill -HUP $pids
  for _ in $(seq 1 20); do
    [ "$(default_runtime)" = "$RUNTIME_NAME" ] && break
    sleep 0.5
  done
  [ "$(default_runtime)" = "$RUNTIME_NAME" ] || kind_fail "dockerd did not take $RUNTIME_NAME as its default runtime after SIGHUP (default is '$(default_runtime)'); see the dockerd log"
fi

if docker image inspect "$PROBE_IMAGE" >/dev/null 2>&1; then
  out=$(docker run --rm --privileged --label dot-ai-release=kind-setup "$PROBE_IMAGE" sh -c 'grep CapEff /proc/self/status' 2>&1) ||
    kind_fail "a privileged container still fails with $RUNTIME_NAME as the default runtime: $out"
  kind_log "privileged containers run (runtime $RUNTIME_NAME; $out)"
else
  kind_log "default runtime is $RUNTIME_NAME ($PROBE_IMAGE missing, privileged probe not run)"
fi
