import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger, openRedis } from '@support-graph/runtime';
import { RedisStreamsJobQueue } from '../src/queue/adapters/redis-streams-job-queue.js';
import { jobQueueContract } from './job-queue-contract.js';
import { REDIS_TEST_URL, redisForTest } from '../../../packages/runtime/test/support/redis-availability.js';

const prefixes: string[] = [];

afterAll(async () => {
  const redis = new Redis(REDIS_TEST_URL);
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

// A "restart" is a new consumer (another name) on the same stream: it takes the job over with XAUTOCLAIM.
jobQueueContract('Redis Streams', async () => {
  if (!(await redisForTest('Redis Streams job queue contract'))) return undefined;
  const prefix = `test-queue-${randomUUID()}`;
  prefixes.push(prefix);
  const logger = createLogger('test', 'silent');
  const connections = () => ({ commands: openRedis(REDIS_TEST_URL, { logger, purpose: 'test' }), reader: openRedis(REDIS_TEST_URL, { logger, purpose: 'test' }) });
  return async (options) => new RedisStreamsJobQueue<{ n: number }>(connections(), prefix, options);
});
