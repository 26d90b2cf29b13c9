/**
 * The release candidate as the smoke methods deploy it: the image the engine (and the cluster,
 * through `kind load`) holds, under a local tag made for the run when it came by digest, so every
 * method runs exactly those bytes; and the chart (directory or package).
 */
import { UserError } from '../errors.js';
import { parseImageReference, splitImageName } from '../oci/reference.js';
import { Docker } from '../tools/docker.js';
import { goArchitecture } from '../tools/host.js';
import { quoteInput, redactInput } from './redact.js';
import type { Candidate, CandidateImage } from './types.js';

export interface CandidateInput {
  /** The server's image: `name:tag` or `name@sha256:...` (a registry reference or a local image). */
  image: string;
  /** The repository the user's files name it by (e.g. ghcr.io/vfarcic/dot-ai), for overrides. */
  repository: string;
  /** The release's other images (e.g. the plugin), each with the repository the files name it by. */
  others?: Array<{ repository: string; image: string }>;
  /** images[].valuesPath by repository, from dot-ai-release.yaml. */
  valuesPaths?: Record<string, string>;
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
    if (!from || !to || rest.length) throw new UserError(`${what}: ${quoteInput(entry)} must be REPOSITORY=IMAGE (e.g. qdrant/qdrant=my/qdrant:1.15)`);
    map[from] = to;
  }
  return map;
}

/** The image a `map` says to use instead of `image` (matched by repository, with or without a tag). */
export function mappedImage(image: string, map: Record<string, string>): string {
  const { repository } = splitImageName(image);
  return map[image] ?? map[repository] ?? image;
}

/** The candidate image deployed for `image` (matched by repository), if it is one of the release's. */
export function candidateFor(candidate: Pick<Candidate, 'images'>, image: string): CandidateImage | undefined {
  const { repository } = splitImageName(image);
  return candidate.images.find((c) => c.repository === repository);
}

/** Whether an image is one of the release's (its repository is a candidate's). */
export function isReleased(candidate: Pick<Candidate, 'images'>, image: string): boolean {
  return candidateFor(candidate, image) !== undefined;
}

/**
 * Makes sure the engine holds one image (pulling it once when it does not) and gives it a local
 * tag when it came by digest: `kind load` and compose need a tag, and the tag names the digest.
 */
async function prepareImage(image: string, repositoryInFiles: string, what: string, docker: Docker, made: (ref: string) => void): Promise<CandidateImage> {
  // A local image (no registry host) is fine here: it is only ever an argument to docker and kind.
  let parsed;
  try {
    parsed = parseImageReference(image);
  } catch (err) {
    throw new UserError(`${what}: ${redactInput((err as Error).message)} (expected NAME[:TAG] or NAME@sha256:DIGEST)`);
  }
  const { tag, digest } = parsed;
  const repository = parsed.registry ? `${parsed.registry}/${parsed.repository}` : parsed.repository;
  if (!(await docker.imageId(image))) {
    await docker.pull(image, `linux/${goArchitecture()}`);
    made(image);
  }
  let localTag = tag ?? 'latest';
  let ref = image;
  if (digest) {
    localTag = `smoke-${digest.replace(/^sha256:/, '').slice(0, 12)}`;
    ref = `${repository}:${localTag}`;
    await docker.tag(image, ref);
    made(ref);
  }
  const id = await docker.imageId(ref);
  if (!id) throw new UserError(`${what}: ${quoteInput(image)} is not in the local Docker engine after pulling it`);
  return { repository: repositoryInFiles, ref, localRepository: repository, localTag, id, ...(digest ? { digest } : {}) };
}

/**
 * Every released image prepared (the server first), and the rest of the candidate as given.
 * `made` hears of every image reference this put in the engine (a pull, a local tag), for the clean-up.
 */
export async function prepareCandidate(input: CandidateInput, docker = new Docker(), made: (ref: string) => void = () => undefined): Promise<Candidate> {
  const images = [await prepareImage(input.image, input.repository, 'input image', docker, made)];
  for (const other of input.others ?? []) images.push(await prepareImage(other.image, other.repository, `input image (${other.repository})`, docker, made));
  for (const image of images) {
    const valuesPath = input.valuesPaths?.[image.repository];
    if (valuesPath) image.valuesPath = valuesPath;
  }
  return {
    version: input.version,
    image: images[0] as CandidateImage,
    images,
    chart: input.chart,
    imageMap: input.imageMap,
    qdrantImage: mappedImage(input.qdrantImage, input.imageMap),
    probeImage: input.probeImage,
    ...(input.toolhive ? { toolhive: input.toolhive } : {}),
  };
}
