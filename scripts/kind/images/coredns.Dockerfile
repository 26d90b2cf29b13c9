# registry.k8s.io/coredns/coredns for the local kind node. kubeadm's CoreDNS Deployment passes only
# arguments (-conf /etc/coredns/Corefile), so the binary is the entrypoint. It runs as root (the
# upstream image's non-root user relies on a file capability for port 53).
FROM scratch
COPY coredns /coredns
EXPOSE 53 53/udp
ENTRYPOINT ["/coredns"]
