import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { RedisStreamsJobQueue } from '../src/queue/adapters/redis-streams-job-queue.js';
import { createJobQueue } from '../src/queue/create-job-queue.js';
import { openRedis } from '../src/redis/redis-connections.js';
import { jobQueueContract } from './job-queue-contract.js';
import { itUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';

const prefixes: string[] = [];
const redis = await probeRedis();
const logger = createLogger('test', 'silent');

afterAll(async () => {
  const redis = new Redis(REDIS_TEST_URL);
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

// Each run gets its own key prefix on the shared Redis, removed afterwards.
// A "restart" is a new consumer (another name) on the same stream: it takes the job over with XAUTOCLAIM.
jobQueueContract('Redis Streams', async () => {
  const prefix = `test-queue-${randomUUID()}`;
  prefixes.push(prefix);
  const connections = () => ({ commands: openRedis(REDIS_TEST_URL, { logger, purpose: 'test' }), reader: openRedis(REDIS_TEST_URL, { logger, purpose: 'test' }) });
  return async (options) => new RedisStreamsJobQueue<{ n: number }>(connections(), prefix, options);
}, redis.skipReason);

describe('Redis Streams job queue key prefix', () => {
  itUnlessSkipped('takes the prefix from REDIS_PREFIX when the configuration chooses Redis', redis.skipReason, async () => {
    const prefix = `test-queue-${randomUUID()}`;
    prefixes.push(prefix);
    const queue = createJobQueue<{ n: number }>({ DATA_DIR: '/nonexistent', REDIS_URL: REDIS_TEST_URL, REDIS_PREFIX: prefix }, logger, 'configured');
    await queue.enqueue('job-1', { n: 1 });
    await queue.close();
    const redis = new Redis(REDIS_TEST_URL);
    const keys = await redis.keys(`${prefix}:*`);
    await redis.quit();
    expect(keys.sort()).toEqual([`${prefix}:queue:configured:key:job-1`, `${prefix}:queue:configured:stream`]);
  });
});
