/**
 * A REAL npm registry for tests: verdaccio with its own config and storage in a temp dir, htpasswd
 * auth, no uplinks, on 127.0.0.1 at a port chosen at run time, users created through its adduser API.
 * The starter is scripts/lib/verdaccio.mjs, shared with `npm run demo`; it fails loudly, naming the
 * set-up script, when verdaccio is not installed.
 */
export { startVerdaccio, VERDACCIO_BIN } from '../../scripts/lib/verdaccio.mjs';
export type { PackageRule, StartVerdaccioOptions, TestVerdaccio, VerdaccioUser } from '../../scripts/lib/verdaccio.mjs';
