#!/usr/bin/env bash
# Assembles the kind node image dot-ai-release/kind-node:$KUBERNETES_VERSION offline, doing the steps
# of `kind build node-image` (which cannot run here: it downloads Kubernetes and pulls etcd, CoreDNS,
# pause and kind's CNI/storage images):
#   1. the base image (node/Dockerfile): Debian bookworm + systemd, containerd, runc, CNI plugins, and
#      kind's entrypoint, units and containerd config read from the kind module at build time;
#   2. one image per name the built `kubeadm config images list` prints (+ containerd's sandbox image),
#      from the Go-built binaries (images/*.Dockerfile);
#   3. a build container from the base image: kubeadm/kubelet/kubectl into /usr/bin, /kind/version,
#      /kind/manifests (a static-CNI note; local-path-provisioner as the default StorageClass, from its
#      module's deploy manifest), containerd started, every
#      image imported into the k8s.io namespace and pinned, then `docker commit` with kind's entrypoint.
# Usage: build-node-image.sh KUBERNETES_BIN ETCD_BIN COREDNS_BIN CRICTL_BIN LOCAL_PATH_BIN WRAPPER_BIN
# Cached: the image carries a label with the hash of its recipe (versions and these scripts); an
# image with the same label is kept. Prints the image name.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

K8S_BIN=$1 ETCD_BIN=$2 COREDNS_BIN=$3 CRICTL_BIN=$4 LOCAL_PATH_BIN=$5 WRAPPER_BIN=$6
NODE_IMAGE=${DOT_AI_RELEASE_KIND_NODE_IMAGE:-dot-ai-release/kind-node:$KUBERNETES_VERSION}
BASE_IMAGE=${DOT_AI_RELEASE_DEBIAN_IMAGE:-local/debian:bookworm}
COMPONENT=node-image
export DOCKER_BUILDKIT=0

# The base image's own key (its inputs only: a change elsewhere does not re-run its apt-get), and the
# node image's key (everything that goes into it).
base_recipe=$(cd "$KIND_SCRIPTS" && { echo "$KIND_VERSION $CRICTL_VERSION"; cat node/* runtime-wrapper/main.go "$CRICTL_BIN/../built-at" 2>/dev/null; } | sha256sum | cut -c1-16)
# The binaries count by when they were built (their cache entry's built-at): one rebuilt under the
# same version (a cache emptied, a build recipe changed) makes a new node image.
recipe=$(cd "$KIND_SCRIPTS" && { echo "$base_recipe $KUBERNETES_VERSION $ETCD_VERSION $COREDNS_VERSION $LOCAL_PATH_PROVISIONER_VERSION"
  cat build-node-image.sh local-path-manifest.mjs images/* "$K8S_BIN/../built-at" "$ETCD_BIN/../built-at" "$COREDNS_BIN/../built-at" "$LOCAL_PATH_BIN/../built-at" 2>/dev/null; } | sha256sum | cut -c1-16)
RECIPE_LABEL=dot-ai-release.kind-node.recipe

label_of() { docker image inspect --format "{{ index .Config.Labels \"$RECIPE_LABEL\" }}" "$1" 2>/dev/null || true; }

build() {
  if [ "$(label_of "$NODE_IMAGE")" = "$recipe" ]; then return 0; fi
  docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 || kind_fail "the base image $BASE_IMAGE is missing (scripts/setup/base-images.sh makes it)"
  local started=$SECONDS
  local logfile; logfile=$(component_log "$COMPONENT-$KUBERNETES_VERSION")
  local work; work=$(mktemp -d /tmp/dot-ai-release-node-image.XXXXXX)
  local container="dot-ai-release-node-build-$$"
  # shellcheck disable=SC2064
  trap "docker rm -f -v $container >/dev/null 2>&1 || true; rm -rf '$work'" EXIT
  kind_log "assembling $NODE_IMAGE (log: $logfile)"

  # 1. The base image.
  local base_tag="dot-ai-release/kind-base:$KIND_VERSION-$base_recipe"
  if ! docker image inspect "$base_tag" >/dev/null 2>&1; then
    local kind_dir
    kind_dir=$(go mod download -json "sigs.k8s.io/kind@$KIND_VERSION" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Dir)')
    [ -d "$kind_dir/images/base/files" ] || kind_fail "building $COMPONENT failed: no images/base/files in the kind module at $kind_dir; log: $logfile"
    mkdir -p "$work/base"
    cp -r "$kind_dir/images/base/files" "$work/base/kind-files"
    chmod -R u+w,go+rX "$work/base/kind-files"
    cp "$KIND_SCRIPTS/node/Dockerfile" "$KIND_SCRIPTS/node/10-dot-ai-release-ptp.conflist" "$work/base/"
    cp "$CRICTL_BIN/crictl" "$WRAPPER_BIN" "$work/base/"
    [ "$(basename "$WRAPPER_BIN")" = dot-ai-release-runc ] || mv "$work/base/$(basename "$WRAPPER_BIN")" "$work/base/dot-ai-release-runc"
    kind_log "building the node base image $base_tag (Debian packages; a few minutes)"
    build_step "$COMPONENT (base image)" "$logfile" \
      docker build --build-arg "BASE_IMAGE=$BASE_IMAGE" --label dot-ai-release=kind-node -t "$base_tag" "$work/base"
    # Base images of earlier recipes are ours and unused now.
    local old
    for old in $(docker image ls --format '{{.Repository}}:{{.Tag}}' dot-ai-release/kind-base); do
      [ "$old" = "$base_tag" ] || docker image rm "$old" >/dev/null 2>&1 || true
    done
  fi

  # 2. The images kubeadm needs, named as the built kubeadm lists them.
  local required
  required=$("$K8S_BIN/kubeadm" config images list --kubernetes-version "$KUBERNETES_VERSION" 2>>"$logfile") ||
    kind_fail "building $COMPONENT failed: kubeadm config images list failed; log: $logfile"
  local sandbox
  sandbox=$(docker run --rm --entrypoint cat "$base_tag" /etc/containerd/config.toml | sed -n 's/^ *sandbox_image *= *"\(.*\)"/\1/p')
  [ -n "$sandbox" ] || kind_fail "building $COMPONENT failed: no sandbox_image in the node's containerd config"
  local images=() ref repo tag ctx
  for ref in $required $sandbox; do
    repo=${ref%:*} tag=${ref##*:}
    ctx="$work/images/$(echo "$ref" | tr '/:' '__')"
    mkdir -p "$ctx"
    case ${repo##*/} in
      kube-apiserver|kube-controller-manager|kube-scheduler)
        cp "$K8S_BIN/${repo##*/}" "$ctx/"
        build_image "$ref" "$ctx" control-plane.Dockerfile --build-arg "BINARY=${repo##*/}" ;;
      kube-proxy)
        cp "$K8S_BIN/kube-proxy" "$KIND_SCRIPTS/images/iptables-wrapper.sh" "$ctx/"
        build_image "$ref" "$ctx" kube-proxy.Dockerfile --build-arg "BASE_IMAGE=$BASE_IMAGE" ;;
      etcd)
        [ "${tag%-*}" = "${ETCD_VERSION#v}" ] || kind_fail "kubeadm $KUBERNETES_VERSION wants $ref but ETCD_VERSION is $ETCD_VERSION: set ETCD_VERSION=v${tag%-*} in scripts/setup/versions.env"
        cp "$ETCD_BIN/etcd" "$ctx/etcd"
        build_image "$ref" "$ctx" control-plane.Dockerfile --build-arg BINARY=etcd ;;
      coredns)
        [ "$tag" = "$COREDNS_VERSION" ] || kind_fail "kubeadm $KUBERNETES_VERSION wants $ref but COREDNS_VERSION is $COREDNS_VERSION: set it in scripts/setup/versions.env"
        cp "$COREDNS_BIN/coredns" "$ctx/"
        build_image "$ref" "$ctx" coredns.Dockerfile ;;
      pause)
        build_image "$ref" "$ctx" pause.Dockerfile --build-arg "BASE_IMAGE=$BASE_IMAGE" ;;
      *) kind_fail "building $COMPONENT failed: kubeadm lists $ref, for which scripts/kind/images has no recipe" ;;
    esac
    images+=("$ref")
  done
  # kind's default storage: local-path-provisioner and its helper, as kind ships them.
  local lpp_provisioner="dot-ai-release/local-path-provisioner:$LOCAL_PATH_PROVISIONER_VERSION"
  local lpp_helper="dot-ai-release/local-path-helper:$LOCAL_PATH_PROVISIONER_VERSION"
  mkdir -p "$work/images/lpp" "$work/images/lpp-helper"
  cp "$LOCAL_PATH_BIN/local-path-provisioner" "$work/images/lpp/"
  build_image "$lpp_provisioner" "$work/images/lpp" control-plane.Dockerfile --build-arg BINARY=local-path-provisioner
  build_image "$lpp_helper" "$work/images/lpp-helper" local-path-helper.Dockerfile --build-arg "BASE_IMAGE=$BASE_IMAGE"
  images+=("$lpp_provisioner" "$lpp_helper")
  local lpp_dir
  lpp_dir=$(go mod download -json "github.com/rancher/local-path-provisioner@$LOCAL_PATH_PROVISIONER_VERSION" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Dir)')
  node "$KIND_SCRIPTS/local-path-manifest.mjs" "$lpp_dir" "$lpp_provisioner" "$lpp_helper" >"$work/default-storage.yaml" 2>>"$logfile" ||
    kind_fail "building $COMPONENT failed: cannot make the storage manifest from $lpp_dir; log: $logfile"

  build_step "$COMPONENT (docker save)" "$logfile" docker save -o "$work/images.tar" "${images[@]}"

  # 3. The node: a build container from the base image, filled, committed.
  build_step "$COMPONENT (build container)" "$logfile" docker run -d --name "$container" --label dot-ai-release=kind-node-build \
    --entrypoint=sleep --security-opt seccomp=unconfined "$base_tag" infinity
  local b
  for b in kubeadm kubelet kubectl; do
    build_step "$COMPONENT (copy $b)" "$logfile" docker cp "$K8S_BIN/$b" "$container:/usr/bin/$b"
    build_step "$COMPONENT (copy $b)" "$logfile" docker exec "$container" chown root:root "/usr/bin/$b"
  done
  printf '%s' "$KUBERNETES_VERSION" | docker exec -i "$container" sh -c 'cat >/kind/version'
  docker exec "$container" mkdir -p /kind/manifests
  docker exec -i "$container" sh -c 'cat >/kind/manifests/default-cni.yaml' <<'YAML'
# would you kindly template this file
# No CNI daemon: the node carries a static CNI config (/etc/cni/net.d/10-dot-ai-release-ptp.conflist:
# ptp + host-local on 10.244.0.0/16 + portmap), which routes pods on a single-node cluster. kind
# applies this file as its "default CNI"; it only records the cluster's pod subnet for diagnostics.
# NetworkPolicy objects are accepted by the API server but nothing enforces them.
apiVersion: v1
kind: ConfigMap
metadata:
  name: dot-ai-release-static-cni
  namespace: kube-system
data:
  podSubnet: "{{ .PodSubnet }}"
  cniConfig: /etc/cni/net.d/10-dot-ai-release-ptp.conflist
  networkPolicy: not enforced
YAML
  docker exec -i "$container" sh -c 'cat >/kind/manifests/default-storage.yaml' <"$work/default-storage.yaml"
  build_step "$COMPONENT (start containerd)" "$logfile" docker exec "$container" bash -c '
    nohup containerd >/tmp/containerd.log 2>&1 &
    for i in $(seq 1 30); do [ -S /run/containerd/containerd.sock ] && ctr version >/dev/null 2>&1 && exit 0; sleep 0.5; done
    cat /tmp/containerd.log; exit 1'
  local label_flag=()
  if docker exec "$container" ctr images import --help 2>&1 | grep -q -- '--label'; then
    label_flag=(--label=io.cri-containerd.pinned=pinned)
  fi
  build_step "$COMPONENT (ctr images import)" "$logfile" bash -c \
    'docker exec -i "$1" ctr --namespace=k8s.io images import "${@:2}" --all-platforms --no-unpack --digests - <"$0"' \
    "$work/images.tar" "$container" ${label_flag[@]+"${label_flag[@]}"}
  if [ ${#label_flag[@]} -eq 0 ]; then
    for ref in "${images[@]}"; do
      build_step "$COMPONENT (pin $ref)" "$logfile" docker exec "$container" ctr --namespace=k8s.io images label "$(normalise "$ref")" io.cri-containerd.pinned=pinned
    done
  fi
  local imported; imported=$(docker exec "$container" ctr --namespace=k8s.io images list -q)
  echo "imported into the node's containerd:" >>"$logfile"; echo "$imported" >>"$logfile"
  for ref in "${images[@]}"; do
    grep -qxF "$(normalise "$ref")" <<<"$imported" || kind_fail "building $COMPONENT failed: $ref is not in the node's containerd after import; log: $logfile"
  done
  # The build container's PID 1 (sleep) does not reap: a stopped containerd stays a zombie, so wait
  # for no live (non-Z) containerd rather than for none at all.
  docker exec "$container" bash -c 'pkill -x containerd; for i in $(seq 1 20); do ps -o stat= -C containerd | grep -qv "^Z" || exit 0; sleep 0.5; done; exit 1' ||
    kind_fail "building $COMPONENT failed: containerd in the build container did not stop"
  docker exec "$container" rm -rf /tmp/containerd.log /run/containerd
  build_step "$COMPONENT (docker commit)" "$logfile" docker commit \
    --change 'ENTRYPOINT [ "/usr/local/bin/entrypoint", "/sbin/init" ]' \
    --change "LABEL $RECIPE_LABEL=$recipe dot-ai-release=kind-node" \
    "$container" "$NODE_IMAGE"
  docker rm -f -v "$container" >/dev/null 2>&1 || true
  # Images of earlier recipes that lost their tags (the node image this one replaces is about 1 GB):
  # only untagged images carrying our recipe label, so nobody else's.
  docker image prune --force --filter "label=$RECIPE_LABEL" >/dev/null 2>&1 || true
  rm -rf "$work"
  trap - EXIT
  mkdir -p "$CACHE_DIR/node-image-$KUBERNETES_VERSION"
  echo $((SECONDS - started)) >"$CACHE_DIR/node-image-$KUBERNETES_VERSION/build-seconds"
  docker image inspect --format '{{.Size}}' "$NODE_IMAGE" >"$CACHE_DIR/node-image-$KUBERNETES_VERSION/size-bytes"
  kind_log "assembled $NODE_IMAGE in $((SECONDS - started)) s (images: ${images[*]})"
}

# normalise REF: containerd's full name (docker.io/library/ for short names).
normalise() {
  local ref=$1
  case ${ref%%/*} in
    *.*|*:*|localhost) echo "$ref" ;;
    *) case $ref in */*) echo "docker.io/$ref" ;; *) echo "docker.io/library/$ref" ;; esac ;;
  esac
}

# build_image REF CONTEXT DOCKERFILE [ARGS...]: docker build with the recipe label; kept when present.
build_image() {
  local ref=$1 ctx=$2 dockerfile=$3; shift 3
  if [ "$(label_of "$ref")" = "$recipe" ]; then return 0; fi
  cp "$KIND_SCRIPTS/images/$dockerfile" "$ctx/Dockerfile"
  kind_log "building $ref"
  build_step "$COMPONENT ($ref)" "$logfile" \
    docker build "$@" --label "$RECIPE_LABEL=$recipe" --label dot-ai-release=kind-node -t "$ref" "$ctx"
}

with_lock "node-image-$KUBERNETES_VERSION" build
echo "$NODE_IMAGE"
