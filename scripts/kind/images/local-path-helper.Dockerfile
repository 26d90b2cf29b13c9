# The helper image local-path-provisioner runs to create and remove volume directories on the node
# (its ConfigMap's setup/teardown scripts: sh, mkdir, rm). Upstream uses busybox; Debian has them too.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
