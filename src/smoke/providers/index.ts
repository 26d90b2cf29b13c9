import { UserError } from '../../errors.js';
import type { ClusterProvider } from './types.js';

export const PROVIDERS = ['kind', 'cluster', 'docker'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ProviderInputs {
  provider: ProviderName;
  kindNodeImage?: string;
  kindCluster?: string;
  kubeconfig?: string;
  context?: string;
}

/** The cluster the Kubernetes methods deploy into. */
export function clusterProvider(inputs: ProviderInputs): ClusterProvider {
  throw new UserError(`input provider: ${inputs.provider}: Kubernetes methods are not available in this version`);
}
