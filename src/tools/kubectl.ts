import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { exec, execChecked, toolEnv, type ExecResult } from './exec.js';

/** The kubectl binary: KUBECTL_BIN, else `kubectl` on the PATH. */
export function kubectlBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.KUBECTL_BIN || 'kubectl';
}

/** Which cluster every call talks to: always explicit, never the user's current context. */
export interface KubeTarget {
  kubeconfig: string;
  context: string;
}

export interface WaitOptions {
  namespace?: string;
  /** e.g. `condition=Ready`, `condition=Available`, `jsonpath={.status.phase}=Bound`, `delete`. */
  for: string;
  /** One resource (`pod/x`), a type with `selector`, or a type with `all`. */
  resource: string;
  selector?: string;
  all?: boolean;
  timeoutSeconds: number;
}

export interface LogsOptions {
  namespace: string;
  container?: string;
  /** The previous (crashed) instance's logs. */
  previous?: boolean;
  tail?: number;
  allContainers?: boolean;
}

export interface PortForward {
  localPort: number;
  /** The kubectl process, for a cleanup registry that outlives this object. */
  pid: number;
  /** Stops kubectl port-forward; resolves when it has exited. */
  stop(): Promise<void>;
}

/** A Kubernetes object as `kubectl get -o json` returns it (the fields callers read). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; ownerReferences?: Array<{ kind: string; name: string }> };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One wrapper per kubectl call we make; every call carries --kubeconfig and --context. */
export class Kubectl {
  constructor(
    readonly target: KubeTarget,
    readonly bin: string = kubectlBinary(),
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private args(args: string[]): string[] {
    return ['--kubeconfig', this.target.kubeconfig, '--context', this.target.context, ...args];
  }

  /** Any kubectl command; never throws for a non-zero exit. */
  run(args: string[], stdin?: string): Promise<ExecResult> {
    return exec(this.bin, this.args(args), { env: this.env, stdin });
  }

  /** Any kubectl command; a non-zero exit is a UserError naming `what`. */
  checked(what: string, args: string[], stdin?: string): Promise<ExecResult> {
    return execChecked(what, this.bin, this.args(args), { env: this.env, stdin });
  }

  /** Client and server versions (`gitVersion`), e.g. { client: 'v1.35.2', server: 'v1.34.4' }. */
  async version(): Promise<{ client: string; server: string }> {
    const { stdout } = await this.checked('kubectl version', ['version', '-o', 'json']);
    const v = JSON.parse(stdout) as { clientVersion?: { gitVersion?: string }; serverVersion?: { gitVersion?: string } };
    return { client: v.clientVersion?.gitVersion ?? '', server: v.serverVersion?.gitVersion ?? '' };
  }

  /** `kubectl get -o json`; a list's items, or the one object in a one-element array. */
  async get(resource: string, options: { namespace?: string; selector?: string; allNamespaces?: boolean } = {}): Promise<KubeObject[]> {
    const args = ['get', resource, '-o', 'json', ...namespaceArgs(options.namespace, options.allNamespaces)];
    if (options.selector) args.push('--selector', options.selector);
    const { stdout } = await this.checked(`kubectl get ${resource}`, args);
    const parsed = JSON.parse(stdout) as KubeObject & { items?: KubeObject[] };
    return parsed.items ?? [parsed];
  }

  /** `kubectl apply -f -` of a manifest (one or more YAML documents). */
  async apply(manifest: string, options: { namespace?: string; serverDryRun?: boolean; serverSide?: boolean } = {}): Promise<string> {
    const args = ['apply', '-f', '-', ...namespaceArgs(options.namespace)];
    if (options.serverDryRun) args.push('--dry-run=server');
    if (options.serverSide) args.push('--server-side', '--force-conflicts');
    const { stdout } = await this.checked(`kubectl apply${options.serverDryRun ? ' --dry-run=server' : ''}`, args, manifest);
    return stdout;
  }

  /**
   * `kubectl create -f -`: no last-applied annotation (a later `apply` of the same object then only
   * adds, never removes what was created), and no 256 KiB annotation limit for large ConfigMaps.
   */
  async create(manifest: string, options: { namespace?: string } = {}): Promise<string> {
    const { stdout } = await this.checked('kubectl create', ['create', '-f', '-', ...namespaceArgs(options.namespace)], manifest);
    return stdout;
  }

  /** `kubectl kustomize DIR`: the rendered manifests, without a cluster. */
  async kustomize(dir: string): Promise<string> {
    const { stdout } = await this.checked(`kubectl kustomize ${dir}`, ['kustomize', dir]);
    return stdout;
  }

  /** `kubectl apply -k DIR`. */
  async applyKustomization(dir: string, options: { serverDryRun?: boolean } = {}): Promise<string> {
    const args = ['apply', '-k', dir, ...(options.serverDryRun ? ['--dry-run=server'] : [])];
    const { stdout } = await this.checked(`kubectl apply -k ${dir}`, args);
    return stdout;
  }

  /** `kubectl delete -f -`; objects already gone are not an error. */
  async deleteManifest(manifest: string, options: { namespace?: string; wait?: boolean } = {}): Promise<void> {
    const args = ['delete', '-f', '-', '--ignore-not-found', `--wait=${options.wait ?? true}`, ...namespaceArgs(options.namespace)];
    await this.checked('kubectl delete', args, manifest);
  }

  /** `kubectl delete TYPE NAME...`; objects already gone are not an error. */
  async delete(resource: string, names: string[], options: { namespace?: string; wait?: boolean } = {}): Promise<void> {
    await this.checked(`kubectl delete ${resource} ${names.join(' ')}`, [
      'delete', resource, ...names, '--ignore-not-found', `--wait=${options.wait ?? true}`, ...(options.wait ?? true ? ['--timeout=180s'] : []), ...namespaceArgs(options.namespace),
    ]);
  }

  /** Creates a namespace with labels (e.g. Pod Security levels); idempotent. */
  async createNamespace(name: string, labels: Record<string, string> = {}): Promise<void> {
    const manifest = JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
    await this.apply(manifest);
  }

  async deleteNamespace(name: string, wait = false): Promise<void> {
    await this.delete('namespace', [name], { wait });
  }

  /** `kubectl label --overwrite`. */
  async label(resource: string, labels: Record<string, string>, namespace?: string): Promise<void> {
    await this.checked(`kubectl label ${resource}`, [
      'label', '--overwrite', resource, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`), ...namespaceArgs(namespace),
    ]);
  }

  /** `kubectl wait`; on timeout a UserError naming the resource and condition. */
  async wait(options: WaitOptions): Promise<void> {
    const args = ['wait', options.resource, `--for=${options.for}`, `--timeout=${options.timeoutSeconds}s`, ...namespaceArgs(options.namespace)];
    if (options.selector) args.push('--selector', options.selector);
    if (options.all) args.push('--all');
    await this.checked(`kubectl wait ${options.resource} --for=${options.for}${options.namespace ? ` -n ${options.namespace}` : ''}`, args);
  }

  /** `kubectl rollout status` of a Deployment, StatefulSet or DaemonSet. */
  async rolloutStatus(resource: string, namespace: string, timeoutSeconds: number): Promise<void> {
    await this.checked(`kubectl rollout status ${resource} -n ${namespace}`, ['rollout', 'status', resource, '--namespace', namespace, `--timeout=${timeoutSeconds}s`]);
  }

  /** `kubectl exec POD -- COMMAND...`; resolves to the result (never throws for the command's exit). */
  execIn(pod: string, namespace: string, command: string[], container?: string): Promise<ExecResult> {
    return this.run(['exec', pod, '--namespace', namespace, ...(container ? ['--container', container] : []), '--', ...command]);
  }

  /** Container logs (`previous`: the last crashed instance); empty when there are none. */
  async logs(pod: string, options: LogsOptions): Promise<string> {
    const args = ['logs', pod, '--namespace', options.namespace];
    if (options.container) args.push('--container', options.container);
    if (options.allContainers) args.push('--all-containers', '--prefix');
    if (options.previous) args.push('--previous');
    if (options.tail !== undefined) args.push('--tail', String(options.tail));
    const result = await this.run(args);
    return result.code === 0 ? result.stdout : '';
  }

  async describe(resource: string, namespace?: string): Promise<string> {
    const result = await this.run(['describe', resource, ...namespaceArgs(namespace)]);
    return result.stdout || result.stderr;
  }

  /** Events, oldest first (`namespace` undefined: all namespaces). */
  async events(namespace?: string): Promise<string> {
    const result = await this.run(['get', 'events', '--sort-by', '.lastTimestamp', ...namespaceArgs(namespace, namespace === undefined)]);
    return result.stdout || result.stderr;
  }

  /**
   * What a failed deployment needs to be understood, in one text: events, `describe` of its pods, and
   * every container's logs, current and previous. Printed before a namespace is deleted.
   */
  async diagnostics(namespace: string, options: { tail?: number } = {}): Promise<string> {
    const sections: string[] = [];
    sections.push(`--- events in ${namespace}\n${await this.events(namespace)}`);
    sections.push(`--- objects in ${namespace}\n${(await this.run(['get', 'all,pvc,networkpolicy', '--namespace', namespace, '-o', 'wide'])).stdout}`);
    let pods: KubeObject[] = [];
    try {
      pods = await this.get('pods', { namespace });
    } catch (error) {
      sections.push(`(cannot list pods: ${(error as Error).message})`);
    }
    for (const pod of pods) {
      const name = pod.metadata.name;
      sections.push(`--- describe pod/${name}\n${await this.describe(`pod/${name}`, namespace)}`);
      const containers = [
        ...(((pod.spec?.initContainers as Array<{ name: string }> | undefined) ?? [])),
        ...(((pod.spec?.containers as Array<{ name: string }> | undefined) ?? [])),
      ];
      for (const c of containers) {
        const current = await this.logs(name, { namespace, container: c.name, tail: options.tail ?? 100 });
        const previous = await this.logs(name, { namespace, container: c.name, previous: true, tail: options.tail ?? 100 });
        sections.push(`--- logs ${name}/${c.name}\n${current || '(none)'}`);
        if (previous) sections.push(`--- previous logs ${name}/${c.name}\n${previous}`);
      }
    }
    return sections.join('\n');
  }

  /**
   * `kubectl port-forward TARGET :REMOTE` on 127.0.0.1 with a port the OS picks; resolves once kubectl
   * reports the port. A long-running process, so it is spawned directly (argument array, no shell).
   */
  portForward(target: string, remotePort: number, namespace: string, timeoutMs = 30_000): Promise<PortForward> {
    const args = this.args(['port-forward', target, `:${remotePort}`, '--namespace', namespace, '--address', '127.0.0.1']);
    return new Promise((resolve, reject) => {
      const child = spawn(this.bin, args, { env: toolEnv(this.env), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      let settled = false;
      const stop = (): Promise<void> =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      const fail = (message: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new UserError(`kubectl port-forward ${target} -n ${namespace}: ${message}${output ? `: ${output.trim().split('\n').slice(-3).join(' | ')}` : ''}`));
      };
      const timer = setTimeout(() => fail(`no port within ${timeoutMs / 1000} s`), timeoutMs);
      const onData = (d: Buffer): void => {
        output += d.toString();
        const match = /Forwarding from 127\.0\.0\.1:(\d+)/.exec(output);
        if (match?.[1] && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ localPort: Number(match[1]), pid: child.pid ?? 0, stop });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (error) => fail(`cannot run ${this.bin}: ${error.message}`));
      child.on('exit', (code) => fail(`exited with ${String(code)}`));
    });
  }
}

function namespaceArgs(namespace?: string, allNamespaces = false): string[] {
  if (allNamespaces) return ['--all-namespaces'];
  return namespace ? ['--namespace', namespace] : [];
}
