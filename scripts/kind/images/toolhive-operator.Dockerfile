# ToolHive's operator (github.com/stacklok/toolhive/cmd/thv-operator), built from its Go module.
# Its chart runs it as uid 1000 with a read-only root filesystem; it only talks to the API server.
FROM scratch
COPY thv-operator /thv-operator
USER 1000:1000
ENTRYPOINT ["/thv-operator"]
