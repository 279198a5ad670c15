import { Redis } from 'ioredis';
import type { ServerProbe } from './server-probe.js';

/** The Redis the suites use: REDIS_URL, or a local default. */
export const REDIS_TEST_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** True when Redis answers a PING at `url` within a second; never throws. */
export async function redisAnswers(url: string = REDIS_TEST_URL): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** The Redis at `url` when it answers. In CI (where .ci/run starts Redis) a missing Redis is an error, not a skip. */
export async function probeRedis(url: string = REDIS_TEST_URL): Promise<ServerProbe> {
  if (await redisAnswers(url)) return { url };
  if (process.env['CI']) throw new Error(`Redis is required in CI but did not answer at ${url}`);
  return { skipReason: `Redis did not answer at ${url}` };
}
