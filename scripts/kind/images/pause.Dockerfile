# registry.k8s.io/pause for the local kind node: Debian's static catatonit in pause mode (-P), which,
# like the upstream pause binary, only reaps and waits.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE} AS catatonit
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends catatonit \
 && if ldd /usr/bin/catatonit >/dev/null 2>&1; then echo "catatonit is not static" >&2; exit 1; fi
FROM scratch
COPY --from=catatonit /usr/bin/catatonit /pause
USER 65535:65535
ENTRYPOINT ["/pause", "-P"]
