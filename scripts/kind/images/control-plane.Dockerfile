# registry.k8s.io/kube-apiserver, kube-controller-manager, kube-scheduler and etcd for the local
# kind node: one static binary (CGO_ENABLED=0) on an empty image. kubeadm's static pods name the
# command (`kube-apiserver ...`, `etcd ...`), so the binary only has to be on the PATH.
FROM scratch
ARG BINARY
COPY ${BINARY} /usr/local/bin/
ENV PATH=/usr/local/bin:/usr/bin:/bin
