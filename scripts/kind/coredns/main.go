// CoreDNS for the local kind node, with only the plugins kubeadm's Corefile uses (errors, health,
// ready, kubernetes, prometheus, forward, cache, loop, reload, loadbalance) and log, for debugging.
// Upstream's main (github.com/coredns/coredns, coredns.go) imports core/plugin, which links all of
// its ~50 plugins, the cloud DNS ones with their SDKs; a plugin left out here is the documented way
// of trimming a CoreDNS build (plugin.cfg), and a Corefile naming one fails with "unknown directive".
// The directive order stays upstream's (core/dnsserver/zdirectives.go). Built by scripts/kind/build-go.sh.
package main

import (
	"github.com/coredns/coredns/coremain"

	_ "github.com/coredns/coredns/plugin/cache"
	_ "github.com/coredns/coredns/plugin/errors"
	_ "github.com/coredns/coredns/plugin/forward"
	_ "github.com/coredns/coredns/plugin/health"
	_ "github.com/coredns/coredns/plugin/kubernetes"
	_ "github.com/coredns/coredns/plugin/loadbalance"
	_ "github.com/coredns/coredns/plugin/log"
	_ "github.com/coredns/coredns/plugin/loop"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/ready"
	_ "github.com/coredns/coredns/plugin/reload"
)

func main() {
	coremain.Run()
}
