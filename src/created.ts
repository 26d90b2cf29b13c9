import { UserError } from './errors.js';

/**
 * The `org.opencontainers.image.created` time of what is released (image labels, index and chart
 * annotations): SOURCE_DATE_EPOCH when the build pins one (reproducible builds), else now. RFC 3339
 * in UTC without fractions, as `helm push` and buildx write it.
 */
export function createdTimestamp(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} is not a number of seconds since 1970`);
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
