// Container health probe (the Dockerfile's HEALTHCHECK): the base images have no curl, but node.
// Exit 0 when GET /healthz answers 200 within 2 s, else 1.
import { get } from 'node:http';

const port = Number(process.env.PORT ?? '') || 3456;
const request = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
  res.resume();
  process.exit(res.statusCode === 200 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', () => process.exit(1));
