import { UserError } from '../errors.js';
import type { Host } from '../tools/host.js';

/** A build platform as the tools spell it: `os/arch[/variant]`, e.g. `linux/arm64`, `linux/arm/v7`. */
export interface BuildPlatform {
  os: string;
  architecture: string;
  variant?: string;
  /** Canonical `os/arch[/variant]`. */
  id: string;
}

/** Platforms Docker/BuildKit and buildah build for (the Linux set of the official images). */
const KNOWN: Record<string, { variants: string[]; defaultVariant?: string }> = {
  amd64: { variants: ['v2', 'v3', 'v4'] },
  arm64: { variants: ['v8'] },
  arm: { variants: ['v5', 'v6', 'v7'], defaultVariant: 'v7' },
  '386': { variants: [] },
  ppc64le: { variants: [] },
  s390x: { variants: [] },
  riscv64: { variants: [] },
  mips64le: { variants: [] },
  loong64: { variants: [] },
};

export const KNOWN_PLATFORMS = Object.keys(KNOWN).map((a) => `linux/${a}`);

/** Parses one platform; an unknown os, arch or variant is a UserError naming `what`. */
export function parsePlatform(value: string, what = 'input platforms'): BuildPlatform {
  const parts = value.trim().split('/');
  const [os = '', architecture = '', variant] = parts;
  const known = KNOWN[architecture];
  if (parts.length < 2 || parts.length > 3 || os !== 'linux' || !known || (variant !== undefined && !known.variants.includes(variant))) {
    throw new UserError(`${what}: ${JSON.stringify(value)} is not a known platform (expected os/arch[/variant], e.g. ${KNOWN_PLATFORMS.slice(0, 3).join(', ')}, linux/arm/v7)`);
  }
  // arm64 is v8 unless said otherwise: `linux/arm64/v8` and `linux/arm64` are the same platform.
  const v = architecture === 'arm64' && variant === 'v8' ? undefined : (variant ?? known.defaultVariant);
  return { os, architecture, ...(v ? { variant: v } : {}), id: [os, architecture, v].filter(Boolean).join('/') };
}

/** Comma or newline separated platforms, de-duplicated, order kept. */
export function parsePlatforms(values: string[], what = 'input platforms'): BuildPlatform[] {
  if (values.length === 0) throw new UserError(`${what}: no platform given`);
  const seen = new Map<string, BuildPlatform>();
  for (const value of values) {
    const platform = parsePlatform(value, what);
    if (!seen.has(platform.id)) seen.set(platform.id, platform);
  }
  return [...seen.values()];
}

/** Does an index/manifest platform satisfy a requested one? (arm64's v8 variant is optional.) */
export function platformMatches(requested: BuildPlatform, found: { os?: string; architecture?: string; variant?: string }): boolean {
  if (found.os !== requested.os || found.architecture !== requested.architecture) return false;
  const variant = found.variant ?? KNOWN[requested.architecture]?.defaultVariant;
  if (requested.architecture === 'arm64') return (variant ?? 'v8') === (requested.variant ?? 'v8');
  return (variant ?? '') === (requested.variant ?? '');
}

/**
 * Foreign platforms need QEMU registered with binfmt_misc, or every RUN step (and the image at
 * run time) fails with "exec format error". Checked before building so the message names the fix.
 */
export function missingEmulation(platforms: BuildPlatform[], host: Host): BuildPlatform[] {
  const native = (arch: string): boolean => arch === host.architecture || (host.architecture === 'amd64' && arch === '386') || (host.architecture === 'arm64' && arch === 'arm');
  return platforms.filter((p) => !native(p.architecture) && !host.emulates(p.architecture));
}
