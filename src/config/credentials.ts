import { UserError } from '../errors.js';
import type { Credentials } from '../oci/auth.js';
import type { Reporter } from '../report/reporter.js';
import { booleanOption, stringOption, type Options } from './options.js';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * Registry credentials from the inputs shared by the commands that push: `username` (default
 * GITHUB_ACTOR), `password` (action input, masked at once) or `--password-stdin` (CLI). The
 * password is registered as a secret before anything else can print it.
 */
export async function registryCredentials(options: Options, reporter: Reporter): Promise<Credentials | undefined> {
  const username = stringOption(options, 'username') ?? process.env.GITHUB_ACTOR;
  let password = stringOption(options, 'password');
  if (booleanOption(options, 'password-stdin')) password = await readStdin();
  if (password) reporter.secret(password);
  if (password && !username) throw new UserError('input username: required with a password (for GHCR: ${{ github.actor }})');
  // eslint-disable-next-line no-control-regex
  if (username && /[\u0000-\u001f\u007f]/.test(username)) throw new UserError('input username: contains a control character (a newline?); give the user name alone');
  return password && username ? { username, password } : undefined;
}
