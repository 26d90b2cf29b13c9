# registry.k8s.io/kube-proxy for the local kind node: kube-proxy (iptables mode) runs iptables-restore,
# iptables-save and conntrack, so it gets Debian's, as the upstream image gets distroless-iptables'.
# iptables-wrapper.sh picks the backend (legacy or nft) the node uses, on first use.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends iptables nftables conntrack ipset kmod \
 && apt-get clean -y && rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/*
COPY iptables-wrapper.sh /usr/sbin/iptables-wrapper
RUN chmod 0755 /usr/sbin/iptables-wrapper \
 && for t in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do \
      ln -sf iptables-wrapper "/usr/sbin/$t"; \
    done
COPY kube-proxy /usr/local/bin/kube-proxy
