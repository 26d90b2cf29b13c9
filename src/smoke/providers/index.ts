import { UserError } from '../../errors.js';
import { CurrentClusterProvider } from './cluster.js';
import { KindProvider } from './kind.js';
import type { ClusterProvider } from './types.js';

export const PROVIDERS = ['kind', 'cluster', 'docker'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ProviderInputs {
  provider: ProviderName;
  kindNodeImage?: string;
  kindCluster?: string;
  kubeconfig?: string;
  context?: string;
  /** The image of the in-cluster probe pod. */
  candidate: { probeImage: string };
}

/** The cluster the Kubernetes methods deploy into; inputs meant for the other provider are refused by name. */
export function clusterProvider(inputs: ProviderInputs): ClusterProvider {
  const { provider } = inputs;
  if (provider === 'kind') {
    for (const [name, value] of [['kubeconfig', inputs.kubeconfig], ['context', inputs.context]] as const) {
      if (value) throw new UserError(`input ${name}: only for provider cluster (provider is kind)`);
    }
    if (inputs.kindCluster && inputs.kindNodeImage) throw new UserError('input kind-node-image: not with kind-cluster (a reused cluster keeps its node image)');
    return new KindProvider({ reuse: inputs.kindCluster, nodeImage: inputs.kindNodeImage, probeImage: inputs.candidate.probeImage });
  }
  if (provider === 'cluster') {
    for (const [name, value] of [['kind-cluster', inputs.kindCluster], ['kind-node-image', inputs.kindNodeImage]] as const) {
      if (value) throw new UserError(`input ${name}: only for provider kind (provider is cluster)`);
    }
    return new CurrentClusterProvider({ kubeconfig: inputs.kubeconfig, context: inputs.context, probeImage: inputs.candidate.probeImage });
  }
  throw new UserError('input provider: docker runs the Docker methods only; Kubernetes methods need kind or cluster');
}
