// Container health probe (the Dockerfile's HEALTHCHECK): node, since the base has no curl.
// Exit 0 when GET /health answers 200 within 2 s, else 1.
import { get } from 'node:http';

const port = Number(process.env.PORT ?? '') || 8080;
const request = get({ host: '127.0.0.1', port, path: '/health', timeout: 2000 }, (res) => {
  res.resume();
  process.exit(res.statusCode === 200 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', () => process.exit(1));
