# registry.k8s.io/kube-proxy for the local kind node: kube-proxy (iptables mode) runs iptables-restore,
# iptables-save and conntrack, so it gets Debian's, as the upstream image gets distroless-iptables'.
# The node uses the same iptables backend (Debian's default, nft).
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends iptables nftables conntrack ipset kmod \
 && apt-get clean -y && rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/*
COPY kube-proxy /usr/local/bin/kube-proxy
