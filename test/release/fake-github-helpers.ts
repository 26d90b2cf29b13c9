/**
 * A stand-in for the part of GitHub's REST API the release uses (GitHub itself cannot be reached
 * from here), as a real HTTP server on 127.0.0.1, so a release running in another process (the
 * CLI, killed mid-run by the fault-injection tests) talks to it. It keeps state like GitHub does:
 * releases by tag (drafts invisible to the by-tag lookup), assets with sha256 digests, 422
 * `already_exists` for a second release of a tag, 403 for a token without `contents: write`,
 * repository_dispatch to other repositories that a token may see (else 404) and write (else 403).
 * Requests are recorded for the tests to count.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FakeAsset {
  id: number;
  name: string;
  size: number;
  state: 'uploaded' | 'starter';
  digest: string;
  content_type: string;
  bytes: Buffer;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  make_latest?: string;
  target_commitish: string;
  assets: FakeAsset[];
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  token: string;
  releases: FakeRelease[];
  requests: { method: string; path: string }[];
  /** The token may not write (a job without `contents: write`). */
  readOnly: boolean;
  /** Other repositories (`owner/name`): which tokens can see them, and which may send them events. */
  repositories: Map<string, { readers: string[]; writers: string[] }>;
  /** repository_dispatch events received, with the token that sent them. */
  dispatches: { repository: string; event_type: string; client_payload: unknown; token: string }[];
  /** The next `count` requests matching `method` and `path` get `status`. */
  failNext(method: string, path: RegExp, status: number, count?: number): void;
  stop(): Promise<void>;
}

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** What git calls a well-formed tag name (the part of check-ref-format that matters here). */
function wellFormed(tag: string): boolean {
  return tag.length > 0 && !/[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$|^\.|\/\./.test(tag);
}

export async function startFakeGitHub(owner = 'acme', repo = 'demo'): Promise<FakeGitHub> {
  let nextId = 100;
  const failures: { method: string; path: RegExp; status: number; count: number }[] = [];
  const state: FakeGitHub = {
    url: '', owner, repo, token: `ghs_fake${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`,
    releases: [], requests: [], readOnly: false, repositories: new Map(), dispatches: [],
    failNext(method, path, status, count = 1) {
      failures.push({ method, path, status, count });
    },
    stop: async () => undefined,
  };
  const base = `/repos/${owner}/${repo}`;
  const view = (r: FakeRelease) => ({
    id: r.id, tag_name: r.tag_name, name: r.name, body: r.body, draft: r.draft, prerelease: r.prerelease, target_commitish: r.target_commitish,
    html_url: `https://github.com/${owner}/${repo}/releases/${r.draft ? `untagged-${r.id}` : `tag/${r.tag_name}`}`,
    upload_url: `${state.url}/uploads${base}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(({ bytes: _bytes, ...a }) => ({ ...a, browser_download_url: `https://github.com/${owner}/${repo}/releases/download/${r.tag_name}/${a.name}` })),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = await read(req);
    state.requests.push({ method, path: url.pathname });
    const send = (status: number, data?: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const failure = failures.find((f) => f.method === method && f.path.test(url.pathname) && f.count > 0);
    if (failure) {
      failure.count--;
      return send(failure.status, { message: failure.status >= 500 ? 'Server Error' : 'Injected failure' });
    }
    // A repository as such, and its repository_dispatch: the release's own, or another one with tokens of its own.
    const repository = /^\/repos\/([^/]+)\/([^/]+?)(\/dispatches)?$/.exec(url.pathname);
    if (repository && ((method === 'GET' && !repository[3]) || (method === 'POST' && repository[3]))) {
      const name = `${repository[1]}/${repository[2]}`;
      const token = String(req.headers.authorization ?? '').replace(/^token /, '');
      const access = name === `${owner}/${repo}` ? { readers: [state.token], writers: state.readOnly ? [] : [state.token] } : state.repositories.get(name);
      if (!access || !access.readers.includes(token)) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      if (method === 'GET') return send(200, { full_name: name, private: true });
      if (!access.writers.includes(token)) return send(403, { message: 'Resource not accessible by personal access token' });
      const input = JSON.parse(body.toString('utf8')) as { event_type?: string; client_payload?: Record<string, unknown> };
      if (!input.event_type) return send(422, { message: 'Invalid request.\n\n"event_type" wasn\'t supplied.' });
      if (Object.keys(input.client_payload ?? {}).length > 10) return send(422, { message: 'Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.' });
      state.dispatches.push({ repository: name, event_type: input.event_type, client_payload: input.client_payload, token });
      return send(204);
    }
    if (req.headers.authorization !== `token ${state.token}`) return send(401, { message: 'Bad credentials' });
    const writing = method !== 'GET' && !url.pathname.endsWith('/generate-notes');
    if (writing && state.readOnly) {
      res.writeHead(403, { 'content-type': 'application/json', 'x-accepted-github-permissions': 'contents=write' });
      return void res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = new RegExp(`^${base}/releases/tags/(.+)$`).exec(url.pathname))) {
      const found = state.releases.find((r) => r.tag_name === decodeURIComponent(m![1]!) && !r.draft);
      return found ? send(200, view(found)) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && url.pathname === `${base}/releases`) return send(200, [...state.releases].reverse().map(view));
    if (method === 'POST' && url.pathname === `${base}/releases/generate-notes`) {
      const input = JSON.parse(body.toString('utf8')) as { tag_name: string; target_commitish?: string };
      return send(200, { name: input.tag_name, body: `## What's Changed\n* Everything since the previous release by @someone in #1\n\n**Full Changelog**: ${input.tag_name}` });
    }
    if (method === 'POST' && url.pathname === `${base}/releases`) {
      const input = JSON.parse(body.toString('utf8')) as { tag_name: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; target_commitish?: string };
      if (!wellFormed(input.tag_name)) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' }, ...(input.draft ? [] : [{ resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' }])] });
      }
      if (state.releases.some((r) => r.tag_name === input.tag_name)) return send(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
      const release: FakeRelease = { id: nextId++, tag_name: input.tag_name, name: input.name ?? input.tag_name, body: input.body ?? '', draft: input.draft ?? false, prerelease: input.prerelease ?? false, target_commitish: input.target_commitish ?? 'main', assets: [] };
      state.releases.push(release);
      return send(201, view(release));
    }
    if (method === 'PATCH' && (m = new RegExp(`^${base}/releases/(\\d+)$`).exec(url.pathname))) {
      const release = state.releases.find((r) => r.id === Number(m![1]));
      if (!release) return send(404, { message: 'Not Found' });
      const input = JSON.parse(body.toString('utf8')) as Partial<FakeRelease>;
      Object.assign(release, input.draft === undefined ? {} : { draft: input.draft }, input.prerelease === undefined ? {} : { prerelease: input.prerelease }, input.make_latest === undefined ? {} : { make_latest: input.make_latest }, input.body === undefined ? {} : { body: input.body });
      return send(200, view(release));
    }
    if (method === 'DELETE' && (m = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(url.pathname))) {
      for (const r of state.releases) r.assets = r.assets.filter((a) => a.id !== Number(m![1]));
      return send(204);
    }
    if (method === 'DELETE' && (m = new RegExp(`^${base}/releases/(\\d+)$`).exec(url.pathname))) {
      state.releases = state.releases.filter((r) => r.id !== Number(m![1]));
      return send(204);
    }
    if (method === 'POST' && (m = new RegExp(`^/uploads${base}/releases/(\\d+)/assets$`).exec(url.pathname))) {
      const release = state.releases.find((r) => r.id === Number(m![1]));
      if (!release) return send(404, { message: 'Not Found' });
      const name = url.searchParams.get('name') ?? '';
      if (release.assets.some((a) => a.name === name)) return send(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      const asset: FakeAsset = { id: nextId++, name, size: body.length, state: 'uploaded', digest: `sha256:${createHash('sha256').update(body).digest('hex')}`, content_type: String(req.headers['content-type'] ?? ''), bytes: body };
      release.assets.push(asset);
      const { bytes: _bytes, ...shown } = asset;
      return send(201, shown);
    }
    return send(404, { message: `Not Found (fake GitHub has no ${method} ${url.pathname})` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
