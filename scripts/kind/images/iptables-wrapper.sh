#!/bin/sh
# iptables mode selection for the kube-proxy image (the role upstream's iptables-wrapper plays in
# distroless-iptables): on its first call, pick the backend the node already uses (kind's entrypoint
# picks legacy or nft from the rules Docker left; the kubelet marks its choice with the
# KUBE-IPTABLES-HINT / KUBE-KUBELET-CANARY chains), point every iptables command at it, run the
# command. Two backends mixed in one network namespace break Service routing.
set -eu
rules() { ( "iptables-$1-save" -t mangle; "ip6tables-$1-save" -t mangle; "iptables-$1-save"; "ip6tables-$1-save" ) 2>/dev/null || true; }
legacy=$(rules legacy)
nft=$(rules nft)
if echo "$legacy" | grep -qE 'KUBE-IPTABLES-HINT|KUBE-KUBELET-CANARY'; then
  mode=legacy
elif echo "$nft" | grep -qE 'KUBE-IPTABLES-HINT|KUBE-KUBELET-CANARY'; then
  mode=nft
elif [ "$(echo "$legacy" | grep -c '^-')" -gt "$(echo "$nft" | grep -c '^-')" ]; then
  mode=legacy
else
  mode=nft
fi
for t in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
  ln -sf "xtables-$mode-multi" "/usr/sbin/$t"
done
echo "iptables-wrapper: using iptables-$mode" >&2
exec "$0" "$@"
