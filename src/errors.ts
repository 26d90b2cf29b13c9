/**
 * An error caused by the user's input, configuration or repository content.
 * Each problem is one line that names the input, file and field; the CLI and the action print
 * them as they are (no stack trace) and exit non-zero. Most errors carry one problem; checks
 * that find several at once (every configuration error) report them together.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[], options?: ErrorOptions) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(list.join('\n'), options);
    this.problems = list;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

/** Collects problems so that a check can report every one of them at once, then throws them together. */
export class Problems {
  private readonly list: string[] = [];

  add(problem: string): void {
    this.list.push(problem);
  }

  /** Runs `fn`; a UserError it throws is recorded (and `undefined` returned) instead of ending the check. */
  attempt<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      if (!isUserError(err)) throw err;
      this.list.push(...err.problems);
      return undefined;
    }
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(): void {
    if (this.list.length) throw new UserError(this.list);
  }
}
