// Entry point: check the environment, then serve MCP over streamable HTTP.
import { loadConfig } from './config.js';
import { createMcpHttpServer } from './http.js';
import { KnowledgeBase } from './knowledge.js';
import { createMcpServer } from './mcp.js';
import { assertWritableDir } from './session-dir.js';

const log = (message: string): void => {
  console.error(`[dot-ai-reference-server] ${message}`);
};

async function main(): Promise<void> {
  const config = loadConfig();
  await assertWritableDir(config.sessionDir);

  const knowledge = new KnowledgeBase({
    url: config.qdrantUrl,
    apiKey: config.qdrantApiKey,
    textField: config.qdrantTextField,
  });
  const http = createMcpHttpServer({
    version: config.version,
    log,
    newMcpServer: () => createMcpServer({ version: config.version, knowledge, defaultCollection: config.qdrantCollection }),
  });

  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.port, () => resolve());
  });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(
    `version ${config.version} listening on port ${port} (MCP at /, health at /healthz); ` +
      `sessions in ${config.sessionDir}; Qdrant ${config.qdrantUrl ?? 'not configured'}`,
  );

  // As PID 1 in a container, node gets no default SIGTERM handling: stop cleanly so `docker stop`
  // and Kubernetes do not wait out the grace period.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, closing`);
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
