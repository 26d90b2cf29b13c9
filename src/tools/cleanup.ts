/**
 * One clean-up registry for every command: everything a run starts or creates for itself (smoke
 * deployments and clusters, the image step's containers, pulled images and buildah lists, temporary
 * folders holding packages or credentials) is recorded here as data, not closures, newest first, so
 * it is removed at the end of the run, on failure, on SIGINT/SIGTERM, and by the action's `post:`
 * step when the job was cancelled (the reporter saves the list as action state each time it changes).
 */
import { readFileSync } from 'node:fs';
import { Buildah, buildahBinary } from './buildah.js';
import { Compose } from './compose.js';
import { Docker } from './docker.js';
import { Git } from './git.js';
import { Helm } from './helm.js';
import { Kind } from './kind.js';
import { Kubectl } from './kubectl.js';

export type CleanupAction =
  | { kind: 'docker-container'; name: string }
  | { kind: 'docker-network'; name: string }
  | { kind: 'docker-volume'; name: string }
  | { kind: 'docker-image'; ref: string }
  /** buildah's manifest list and the images a build made (not its --layers cache). */
  | { kind: 'buildah-manifest'; name: string }
  | { kind: 'buildah-image'; id: string }
  /** `env`: the variables the files were interpolated with (paths, no secrets): v1 will not read the files without them. */
  | { kind: 'compose-project'; command: string[]; files: string[]; project: string; cwd: string; env?: Record<string, string> }
  | { kind: 'namespace'; kubeconfig: string; context: string; name: string; wait?: boolean }
  | { kind: 'cluster-object'; kubeconfig: string; context: string; resource: string; name: string; namespace?: string; wait?: boolean }
  | { kind: 'helm-release'; kubeconfig: string; context: string; name: string; namespace: string; wait?: boolean }
  | { kind: 'kind-cluster'; name: string }
  /** A helper process of ours (e.g. kubectl port-forward); `match` must appear in its command line (no stray pid is killed). */
  | { kind: 'process'; pid: number; match: string }
  | { kind: 'directory'; path: string }
  /**
   * The version edits a release made in the work tree of `root` on top of `head`: put back when the
   * run ends without moving the branch to its release commit (a dry run, a failure, a cancelled job);
   * `record` (the in-progress note of a release) goes either way.
   */
  | { kind: 'work-tree'; root: string; head: string; files: string[]; record?: string };

export function describeAction(a: CleanupAction): string {
  switch (a.kind) {
    case 'docker-container':
      return `container ${a.name}`;
    case 'docker-network':
      return `network ${a.name}`;
    case 'docker-volume':
      return `volume ${a.name}`;
    case 'docker-image':
      return `image ${a.ref}`;
    case 'buildah-manifest':
      return `buildah manifest list ${a.name}`;
    case 'buildah-image':
      return `buildah image ${a.id}`;
    case 'compose-project':
      return `compose project ${a.project}`;
    case 'namespace':
      return `namespace ${a.name}`;
    case 'cluster-object':
      return `${a.resource} ${a.name}`;
    case 'helm-release':
      return `helm release ${a.name} in ${a.namespace}`;
    case 'kind-cluster':
      return `kind cluster ${a.name}`;
    case 'process':
      return `process ${a.pid} (${a.match})`;
    case 'directory':
      return `directory ${a.path}`;
    case 'work-tree':
      return `the version edits in ${a.files.join(', ')} (git checkout ${a.head.slice(0, 12)} -- ${a.files.join(' ')})`;
  }
}

/** Puts `files` back as they are in `head`, when HEAD is still there (a release that moved the branch keeps them). */
async function restoreWorkTree(a: Extract<CleanupAction, { kind: 'work-tree' }>): Promise<void> {
  const { rmSync } = await import('node:fs');
  const path = await import('node:path');
  const git = new Git(a.root);
  if (git.headCommit() === a.head && a.files.length) {
    const tracked: string[] = [];
    for (const file of a.files) {
      if ((await git.try(['cat-file', '-e', `${a.head}:${file}`])).code === 0) tracked.push(file);
      else rmSync(path.join(a.root, file), { force: true });
    }
    if (tracked.length) await git.run('git checkout', ['checkout', a.head, '--', ...tracked]);
  }
  if (a.record) rmSync(a.record, { force: true });
}

/** SIGTERM to `pid` when its command line still contains `match` (a pid may be reused once it is gone). */
function stopProcess(pid: number, match: string): void {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return; // gone (or no /proc: nothing we can check, so nothing we kill)
  }
  if (!cmdline.includes(match)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // exited meanwhile
  }
}

/** Removes one thing; a thing already gone is fine. Never throws. */
export async function perform(a: CleanupAction): Promise<string | undefined> {
  try {
    switch (a.kind) {
      case 'docker-container':
        await new Docker().removeContainer(a.name);
        return;
      case 'docker-network':
        await new Docker().removeNetwork(a.name);
        return;
      case 'docker-volume':
        await new Docker().removeVolume(a.name);
        return;
      case 'docker-image':
        await new Docker().removeImage(a.ref);
        return;
      case 'buildah-manifest':
        await new Buildah(buildahBinary()).removeManifest(a.name);
        return;
      case 'buildah-image':
        await new Buildah(buildahBinary()).removeImage(a.id);
        return;
      case 'compose-project': {
        const [bin, ...pre] = a.command as [string, ...string[]];
        const compose = new Compose({ command: [bin, ...pre], version: '', major: pre[0] === 'compose' ? 2 : 1 }, a.files, a.project, { ...process.env, ...a.env });
        const down = await compose.try(['down', '--volumes', '--remove-orphans', '--timeout', '5'], { timeoutMs: 180_000 });
        if (down.code === 0) return;
        const why = down.timedOut ? 'timed out after 180 s' : (down.stderr.trim().split('\n').at(-1) || `exit ${down.code}`);
        return `${describeAction(a)}: compose down failed: ${why}`;
      }
      case 'namespace':
        await new Kubectl({ kubeconfig: a.kubeconfig, context: a.context }).deleteNamespace(a.name, a.wait ?? false);
        return;
      case 'cluster-object':
        await new Kubectl({ kubeconfig: a.kubeconfig, context: a.context }).delete(a.resource, [a.name], { namespace: a.namespace, wait: a.wait ?? false });
        return;
      case 'helm-release':
        await new Helm().uninstall({ kubeconfig: a.kubeconfig, context: a.context }, a.name, a.namespace, a.wait ?? false);
        return;
      case 'kind-cluster':
        await new Kind().deleteCluster(a.name);
        return;
      case 'process':
        stopProcess(a.pid, a.match);
        return;
      case 'directory': {
        const { rmSync } = await import('node:fs');
        rmSync(a.path, { recursive: true, force: true });
        return;
      }
      case 'work-tree':
        await restoreWorkTree(a);
        return;
    }
  } catch (err) {
    return `${describeAction(a)}: ${(err as Error).message}`;
  }
}

interface Entry {
  owner: string;
  action: CleanupAction;
}

/** The entries every view of one registry shares, and who is told of changes. */
interface Store {
  entries: Entry[];
  persist: (actions: CleanupAction[]) => void;
}

/**
 * The run's list of things to remove, newest first, each with its owner (a method's name, or `run`
 * for what outlives one method). `persist` is told every change (on Actions the reporter saves it as
 * state for `post:`). A `child` view sees only its own part (the smoke gate inside a release removes
 * its deployments without touching the release's package or credentials).
 */
export class CleanupRegistry {
  private readonly store: Store;
  private readonly prefix: string;

  constructor(persist: (actions: CleanupAction[]) => void = () => undefined, store?: Store, prefix = '') {
    this.store = store ?? { entries: [], persist };
    this.prefix = prefix;
  }

  /** A view of this registry for one part of the run: its owners are its own, its runAll removes only them. */
  child(name: string): CleanupRegistry {
    return new CleanupRegistry(undefined, this.store, `${this.prefix}${name}/`);
  }

  private changed(): void {
    this.store.persist(this.store.entries.map((e) => e.action));
  }

  private mine(owner?: string): Entry[] {
    return this.store.entries.filter((e) => (owner === undefined ? e.owner.startsWith(this.prefix) : e.owner === this.prefix + owner));
  }

  add(action: CleanupAction, owner = 'run'): void {
    this.store.entries.unshift({ owner: this.prefix + owner, action });
    this.changed();
  }

  /** What `owner` (or every owner of this view) still has to remove. */
  pending(owner?: string): CleanupAction[] {
    return this.mine(owner).map((e) => e.action);
  }

  /** Removes what `owner` (or every owner of this view) made, newest first; returns what could not be removed (one line each). */
  async runAll(owner?: string): Promise<string[]> {
    const problems: string[] = [];
    for (const entry of this.mine(owner)) {
      const problem = await perform(entry.action);
      if (problem) problems.push(problem);
      this.store.entries.splice(this.store.entries.indexOf(entry), 1);
      this.changed();
    }
    return problems;
  }

  /** Forgets what `owner` (or every owner of this view) registered without removing it: kept running on purpose (smoke --keep). */
  release(owner?: string): CleanupAction[] {
    const kept = this.mine(owner);
    for (const entry of kept) this.store.entries.splice(this.store.entries.indexOf(entry), 1);
    if (kept.length) this.changed();
    return kept.map((e) => e.action);
  }

  /** A view for one owner: what a method registers is removed with `runAll()` of that view. */
  scope(owner: string): ScopedCleanup {
    return { add: (action) => this.add(action, owner), addForRun: (action) => this.add(action, 'run'), runAll: () => this.runAll(owner), pending: () => this.pending(owner) };
  }
}

export interface ScopedCleanup {
  add(action: CleanupAction): void;
  /** For what outlives the method (a cluster-wide operator it installed): removed when the run ends. */
  addForRun(action: CleanupAction): void;
  runAll(): Promise<string[]>;
  pending(): CleanupAction[];
}
