/**
 * Each image's way through the release: where it goes (opened by preflight), its candidate (the
 * image step, or the world when it is published already), the local copy the smoke methods deploy,
 * and the tags the publish step moved. A step that needs something an earlier step should have
 * made is told which.
 */
import type { ImageContext } from '../image/context.js';
import type { IndexCheck } from '../image/verify.js';
import type { Target } from '../oci/index.js';
import type { ReleaseContext, ReleaseImage } from './types.js';

export class ImageProgress {
  /** The image steps' context (builder chosen, engine checked, logged in), opened once. */
  context?: ImageContext;
  /** The candidate's digest (the published one once published), and which step found it. */
  private candidate?: { digest: string; by: string };
  index?: IndexCheck;
  /** This machine's platform of the candidate in the Docker engine, for the smoke methods. */
  localRef?: string;
  /** The tags the publish step pointed at the candidate, and whether `latest` is one of them. */
  tags?: string[];
  latest?: boolean;

  constructor(
    readonly image: ReleaseImage,
    readonly target: Target,
  ) {}

  get name(): string {
    return this.image.job.image;
  }

  setDigest(digest: string, step: string): void {
    this.candidate = { digest, by: step };
  }

  /** The candidate digest, or undefined (summaries written after a failure). */
  get digest(): string | undefined {
    return this.candidate?.digest;
  }

  /** The candidate digest; a programming error naming the image when no earlier step found it. */
  digestFor(neededBy: string): string {
    if (!this.candidate) throw new Error(`${neededBy} needs the candidate digest of ${this.name}, which no earlier step produced`);
    return this.candidate.digest;
  }
}

/** The progress of every image, in order (set by preflight). */
export function imagesOf(ctx: ReleaseContext, neededBy: string): ImageProgress[] {
  return ctx.inputs.images.length ? ctx.artifacts.get('images', neededBy) : [];
}

/** `1 of 2` style position of an image, for lines that name several. */
export function position(index: number, count: number): string {
  return count > 1 ? ` (${index + 1} of ${count})` : '';
}
