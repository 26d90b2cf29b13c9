import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  booleanOption,
  stringOption
} from "./chunk-EPMUPLEO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/config/credentials.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
async function registryCredentials(options, reporter) {
  const username = stringOption(options, "username") ?? process.env.GITHUB_ACTOR;
  let password = stringOption(options, "password");
  if (booleanOption(options, "password-stdin")) password = await readStdin();
  if (password) reporter.secret(password);
  if (password && !username) throw new UserError("input username: required with a password (for GHCR: ${{ github.actor }})");
  if (username && /[\u0000-\u001f\u007f]/.test(username)) throw new UserError("input username: contains a control character (a newline?); give the user name alone");
  return password && username ? { username, password } : void 0;
}

export {
  readStdin,
  registryCredentials
};
