import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  problems;
  constructor(problems, options) {
    const list = typeof problems === "string" ? [problems] : [...problems];
    super(list.join("\n"), options);
    this.problems = list;
  }
};
function isUserError(err) {
  return err instanceof UserError;
}
var Problems = class {
  list = [];
  add(problem) {
    this.list.push(problem);
  }
  /** Runs `fn`; a UserError it throws is recorded (and `undefined` returned) instead of ending the check. */
  attempt(fn) {
    try {
      return fn();
    } catch (err) {
      if (!isUserError(err)) throw err;
      this.list.push(...err.problems);
      return void 0;
    }
  }
  get count() {
    return this.list.length;
  }
  throwIfAny() {
    if (this.list.length) throw new UserError(this.list);
  }
};

export {
  UserError,
  isUserError,
  Problems
};
