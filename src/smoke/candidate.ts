/**
 * The release candidate as the smoke methods deploy it: the image the engine (and the cluster,
 * through `kind load`) holds, under a local tag made for the run when it came by digest, so every
 * method runs exactly those bytes; and the chart (directory or package).
 */
import { UserError } from '../errors.js';
import { parseImageReference, splitImageName } from '../oci/reference.js';
import { Docker } from '../tools/docker.js';
import { goArchitecture } from '../tools/host.js';
import type { Candidate } from './types.js';

export interface CandidateInput {
  /** `name:tag` or `name@sha256:...` (a registry reference or a local image). */
  image: string;
  /** The repository the user's files name (e.g. ghcr.io/vfarcic/dot-ai), for overrides. */
  repository: string;
  version: string;
  chart?: Candidate['chart'];
  imageMap: Record<string, string>;
  qdrantImage: string;
  probeImage: string;
  toolhive?: Candidate['toolhive'];
}

/** `FROM=TO` entries (e.g. qdrant/qdrant=local/qdrant-standin:test); `what` names the input. */
export function parseImageMap(entries: string[], what: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const [from, to, ...rest] = entry.split('=').map((s) => s.trim());
    if (!from || !to || rest.length) throw new UserError(`${what}: ${JSON.stringify(entry)} must be REPOSITORY=IMAGE (e.g. qdrant/qdrant=my/qdrant:1.15)`);
    map[from] = to;
  }
  return map;
}

/** The image a `map` says to use instead of `image` (matched by repository, with or without a tag). */
export function mappedImage(image: string, map: Record<string, string>): string {
  const { repository } = splitImageName(image);
  return map[image] ?? map[repository] ?? image;
}

/**
 * Makes sure the engine holds the candidate (pulling it once when it does not) and gives it a local
 * tag when it came by digest: `kind load` and compose need a tag, and the tag names the digest.
 */
export async function prepareCandidate(input: CandidateInput, docker = new Docker()): Promise<Candidate> {
  // A local image (no registry host) is fine here: it is only ever an argument to docker and kind.
  let parsed;
  try {
    parsed = parseImageReference(input.image);
  } catch (err) {
    throw new UserError(`input image: ${(err as Error).message} (expected NAME[:TAG] or NAME@sha256:DIGEST)`);
  }
  const { tag, digest } = parsed;
  const repository = parsed.registry ? `${parsed.registry}/${parsed.repository}` : parsed.repository;
  if (!(await docker.imageId(input.image))) await docker.pull(input.image, `linux/${goArchitecture()}`);
  let localRepository = repository;
  let localTag = tag ?? 'latest';
  let ref = input.image;
  if (digest) {
    localRepository = repository;
    localTag = `smoke-${digest.replace(/^sha256:/, '').slice(0, 12)}`;
    ref = `${localRepository}:${localTag}`;
    await docker.tag(input.image, ref);
  }
  const id = await docker.imageId(ref);
  if (!id) throw new UserError(`input image: ${input.image} is not in the local Docker engine after pulling it`);
  return {
    version: input.version,
    image: { repository: input.repository, ref, localRepository, localTag, id, ...(digest ? { digest } : {}) },
    chart: input.chart,
    imageMap: input.imageMap,
    qdrantImage: mappedImage(input.qdrantImage, input.imageMap),
    probeImage: input.probeImage,
    ...(input.toolhive ? { toolhive: input.toolhive } : {}),
  };
}
