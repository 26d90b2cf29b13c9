#!/usr/bin/env node
// Entry point: check the environment, discover the plugins, then serve MCP over streamable HTTP.
import { loadConfig } from './config.js';
import { createMcpHttpServer } from './http.js';
import { KnowledgeBase } from './knowledge.js';
import { createMcpServer } from './mcp.js';
import { PluginRegistry, readPluginsFile } from './plugins.js';
import { assertWritableDir } from './session-dir.js';

const log = (message: string): void => {
  console.error(`[dot-ai-reference-server] ${message}`);
};

async function main(): Promise<void> {
  const config = loadConfig();
  await assertWritableDir(config.sessionDir);

  // This server sends no telemetry at all; it reads dot-ai's switch so deployments can be checked for it.
  log(`telemetry ${config.telemetry ? 'on (DOT_AI_TELEMETRY unset or true; this reference server sends none)' : 'off (DOT_AI_TELEMETRY)'}`);
  if (!config.authToken) {
    log('DOT_AI_AUTH_TOKEN is not set: every MCP request will be refused with 401 (generate one with `openssl rand -hex 32`)');
  }

  const entries = readPluginsFile(config.pluginsFile);
  let plugins: PluginRegistry | undefined;
  if (entries === undefined) {
    log(`no plugins configured (mount plugins.json at ${config.pluginsFile} to enable); the version tool reports the vector DB as unreachable`);
  } else {
    plugins = new PluginRegistry(entries, log);
    await plugins.discoverAtStart();
  }

  const knowledge = new KnowledgeBase({
    url: config.qdrantUrl,
    apiKey: config.qdrantApiKey,
    textField: config.qdrantTextField,
  });
  const http = createMcpHttpServer({
    version: config.version,
    authToken: config.authToken,
    externalUrl: config.externalUrl,
    log,
    newMcpServer: () => createMcpServer({ version: config.version, knowledge, defaultCollection: config.qdrantCollection, plugins }),
  });

  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.port, () => resolve());
  });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(
    `version ${config.version} listening on port ${port} (MCP at /, health at /healthz); ` +
      `sessions in ${config.sessionDir}; auth ${config.authToken ? 'Bearer token' : 'NOT CONFIGURED'}; ` +
      `plugins ${plugins ? `${plugins.plugins().length}/${plugins.entries.length} discovered` : 'none'}; Qdrant ${config.qdrantUrl ?? 'not configured'}`,
  );

  // As PID 1 in a container, node gets no default SIGTERM handling: stop cleanly so `docker stop`
  // and Kubernetes do not wait out the grace period.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, closing`);
    plugins?.stop();
    http.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  log(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
