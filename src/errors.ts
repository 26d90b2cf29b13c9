/**
 * An error caused by the user's input, configuration or repository content.
 * Its message is one line that names the input, file and field; the CLI and the action
 * print it as is (no stack trace) and exit non-zero.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
