import { randomUUID } from 'node:crypto';
import { probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { Redis } from 'ioredis';
import { RedisStreamsJobQueue } from '../src/queue/adapters/redis-streams-job-queue.js';
import { jobQueueContract } from './job-queue-contract.js';

// CI starts Redis (.ci/run); without one the contract is reported as skipped, with the reason.
const redis = await probeRedis();
const prefixes: string[] = [];

afterAll(async () => {
  if (prefixes.length === 0) return;
  const client = new Redis(REDIS_TEST_URL);
  for (const prefix of prefixes) {
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
  }
  await client.quit();
});

// A "restart" is a new consumer (another name) on the same stream: it takes the job over with XAUTOCLAIM.
jobQueueContract('Redis Streams', async () => {
  const prefix = `test-queue-${randomUUID()}`;
  prefixes.push(prefix);
  return async (options) => new RedisStreamsJobQueue<{ n: number }>(REDIS_TEST_URL, prefix, options);
}, redis.skipReason);
