export declare const VERDACCIO_BIN: string;

export interface VerdaccioUser {
  name: string;
  password: string;
  token: string;
}

/** A package pattern's rules (verdaccio's `packages:`): who may read and who may publish. */
export interface PackageRule {
  access: string;
  publish: string;
}

export interface StartVerdaccioOptions {
  /** Users to create (their tokens are in `users`). Default: one, `releaser`. */
  users?: string[];
  /** Package rules by pattern, before the default `'**'` (anyone reads, any authenticated user publishes). */
  packages?: Record<string, PackageRule>;
}

export interface TestVerdaccio {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  host: string;
  users: Record<string, VerdaccioUser>;
  /** The packument as the registry serves it (with a user's token), or undefined for a 404. */
  packument(name: string, token?: string): Promise<Record<string, unknown> | undefined>;
  /** Verdaccio's own output so far, for debugging failures. */
  output(): string;
  stop(): Promise<void>;
}

/** Fails naming the set-up script when verdaccio is not installed. */
export declare function startVerdaccio(options?: StartVerdaccioOptions): Promise<TestVerdaccio>;
