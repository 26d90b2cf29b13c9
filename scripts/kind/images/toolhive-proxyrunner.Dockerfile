# ToolHive's proxy runner (github.com/stacklok/toolhive/cmd/thv-proxyrunner), built from its Go module.
# The operator starts it with `args: [run, ...]` only, so the binary is the entrypoint.
FROM scratch
COPY thv-proxyrunner /thv-proxyrunner
USER 1000:1000
ENTRYPOINT ["/thv-proxyrunner"]
