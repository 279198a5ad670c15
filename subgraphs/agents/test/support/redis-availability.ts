import { Redis } from 'ioredis';

export const REDIS_TEST_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** True when Redis answers; in CI (where .ci/run starts one) a missing Redis is an error, not a skip. */
export async function redisForTest(suite: string): Promise<boolean> {
  const probe = new Redis(REDIS_TEST_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    if ((await probe.ping()) === 'PONG') return true;
  } catch {
    // handled below
  } finally {
    probe.disconnect();
  }
  if (process.env['CI']) throw new Error(`Redis is required in CI but did not answer at ${REDIS_TEST_URL}`);
  process.stderr.write(`Redis did not answer at ${REDIS_TEST_URL}: ${suite} skipped\n`);
  return false;
}
