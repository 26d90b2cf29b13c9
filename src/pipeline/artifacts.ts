/**
 * What steps hand to later steps (digests, references, paths), by name and type. A step that needs
 * something no earlier step produced gets an error naming both, instead of an `undefined` read
 * through `!` somewhere downstream.
 */
export class Artifacts<Record extends object> {
  private readonly values: Partial<Record> = {};
  private readonly producers = new Map<keyof Record, string>();

  /** Records `value` under `key`, produced by `step` (named in later errors and `--json`). */
  set<K extends keyof Record>(key: K, value: Record[K], step = 'unknown step'): void {
    this.values[key] = value;
    this.producers.set(key, step);
  }

  has<K extends keyof Record>(key: K): boolean {
    return this.values[key] !== undefined;
  }

  /** The value, or undefined when no step produced it (for summaries written after a failure). */
  find<K extends keyof Record>(key: K): Record[K] | undefined {
    return this.values[key];
  }

  /** The value; throws a programming error naming the key when no earlier step produced it. */
  get<K extends keyof Record>(key: K, neededBy = 'a step'): Record[K] {
    const value = this.values[key];
    if (value === undefined) throw new Error(`${neededBy} needs ${String(key)}, which no earlier step produced`);
    return value as Record[K];
  }

  /** Everything recorded so far, for `--json`. */
  toJSON(): Partial<Record> {
    return { ...this.values };
  }
}
