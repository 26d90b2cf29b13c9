/**
 * `cluster`: the cluster of the current kubeconfig context (or the kubeconfig and context inputs).
 * Every call names that context explicitly; the methods touch only namespaces they create. Images
 * cannot be loaded into someone's cluster: each must already be on every node or be resolvable in
 * its registry, else the run stops before deploying, saying which image and why.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { RegistryClient } from '../../oci/registry.js';
import type { Reporter } from '../../report/reporter.js';
import { exec } from '../../tools/exec.js';
import { Kubectl, kubectlBinary } from '../../tools/kubectl.js';
import { splitImageName } from '../../oci/reference.js';
import type { CleanupRegistry } from '../../tools/cleanup.js';
import { KubeCluster, waitClusterReady } from './handle.js';
import type { ClusterProvider } from './types.js';

export interface CurrentClusterOptions {
  kubeconfig?: string;
  context?: string;
  probeImage: string;
}

/** `host/path:tag` the way a node's container runtime names it (docker.io/library/ for short names). */
export function normalizeImage(ref: string): { registry: string; repository: string; reference: string; full: string } {
  const { repository, tag, digest } = splitImageName(ref);
  const first = repository.split('/')[0] ?? '';
  const hasHost = repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasHost ? first : 'docker.io';
  let repo = hasHost ? repository.slice(first.length + 1) : repository;
  if (registry === 'docker.io' && !repo.includes('/')) repo = `library/${repo}`;
  const reference = digest ?? tag ?? 'latest';
  return { registry, repository: repo, reference, full: `${registry}/${repo}${digest ? `@${digest}` : `:${reference}`}` };
}

export class CurrentClusterProvider implements ClusterProvider {
  readonly description: string;

  constructor(private readonly options: CurrentClusterOptions) {
    this.description = `cluster (${options.context ? `context ${options.context}` : 'the current context'})`;
  }

  async open(_cleanup: CleanupRegistry, reporter: Reporter, _preload: string[] = []): Promise<{ handle: KubeCluster; created: boolean }> {
    const kubeconfig = this.options.kubeconfig ?? process.env.KUBECONFIG?.split(path.delimiter).find(Boolean) ?? path.join(homedir(), '.kube', 'config');
    const what = this.options.kubeconfig ? 'input kubeconfig' : process.env.KUBECONFIG ? 'KUBECONFIG' : 'the default kubeconfig';
    if (!existsSync(kubeconfig)) throw new UserError(`${what}: ${kubeconfig} not found`);
    let context = this.options.context;
    if (!context) {
      const current = await exec(kubectlBinary(), ['config', 'current-context', '--kubeconfig', kubeconfig], { timeoutMs: 30_000 });
      context = current.stdout.trim();
      if (current.code !== 0 || !context) throw new UserError(`${what}: ${kubeconfig} has no current context; give input context`);
    } else {
      const contexts = await exec(kubectlBinary(), ['config', 'get-contexts', '-o', 'name', '--kubeconfig', kubeconfig], { timeoutMs: 30_000 });
      if (!contexts.stdout.split('\n').map((l) => l.trim()).includes(context)) throw new UserError(`input context: ${context} is not a context of ${kubeconfig}`);
    }
    const kubectl = new Kubectl({ kubeconfig, context });
    const version = await kubectl.version().catch((e: Error) => {
      throw new UserError(`cluster of context ${context} does not answer: ${e.message.split('\n')[0]}`);
    });
    reporter.info(`cluster: context ${context}, Kubernetes ${version.server}`);
    await waitClusterReady(kubectl, 60_000);
    const handle = new KubeCluster(context, kubeconfig, context, this.options.probeImage, (refs) => this.checkImages(kubectl, refs, reporter));
    return { handle, created: false };
  }

  /** Every image on every node, or resolvable in its registry (anonymously): else named, with why. */
  private async checkImages(kubectl: Kubectl, refs: string[], reporter: Reporter): Promise<void> {
    const nodes = await kubectl.get('nodes');
    const lists = nodes.map((n) => (n.status?.images as Array<{ names?: string[] }> | undefined) ?? []);
    const held = lists.map((images) => new Set(images.flatMap((i) => i.names ?? [])));
    // Kubelets report at most 50 images (nodeStatusMaxImages, largest first): a longer list may hide one.
    const truncated = lists.some((images) => images.length >= 50);
    const problems: string[] = [];
    for (const ref of refs) {
      const image = normalizeImage(ref);
      if (held.length > 0 && held.every((names) => names.has(image.full) || names.has(ref))) continue;
      const client = new RegistryClient({ registry: image.registry === 'docker.io' ? 'registry-1.docker.io' : image.registry, retry: { maxTotalMs: 10_000 } });
      try {
        await Promise.race([
          client.repository(image.repository).resolve(image.reference),
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 20 s')), 20_000).unref()),
        ]);
        reporter.info(`image ${ref}: not on every node; the nodes pull it from ${image.registry}`);
      } catch (error) {
        const why = (error as Error).message.split('\n')[0] ?? '';
        if (/401|403|unauthori[sz]ed|denied|credentials/i.test(why)) {
          // Private images: the nodes may hold credentials this process does not.
          reporter.warning(`image ${ref}: not on every node and ${image.registry} wants credentials to check it (${why}); the nodes must be able to pull it`);
        } else if (truncated) {
          reporter.warning(`image ${ref}: not among the images the nodes list (they list only 50) and not pullable from ${image.registry} (${why}); the deployment will tell`);
        } else {
          problems.push(`image ${ref} is neither on every node of the cluster nor pullable from ${image.registry} (${why}); push it there first`);
        }
      }
    }
    if (problems.length) throw new UserError(problems);
  }
}
