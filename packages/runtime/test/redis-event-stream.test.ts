import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { createDomainEvent } from '../src/domain-event.js';
import { RedisEventStream } from '../src/event-stream/adapters/redis-event-stream.js';
import { startDurableConsumer } from '../src/event-stream/durable-consumer.js';
import { openRedis } from '../src/redis/redis-connections.js';
import { eventStreamContract } from './event-stream-contract.js';
import { probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';

const silent = createLogger('test', 'silent');
// Without a Redis the suite is reported as skipped, with the reason (in CI a missing Redis fails).
const redis = await probeRedis();
const describeWithRedis = redis.skipReason ? describe.skip : describe;
if (redis.skipReason) process.stderr.write(`skipped Redis event stream contract: ${redis.skipReason}\n`);

/** Every key of a run under its own prefix on the shared server; removed afterwards (never FLUSHDB). */
async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_TEST_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

function openStream(prefix: string): RedisEventStream {
  return new RedisEventStream(openRedis(REDIS_TEST_URL, { logger: silent, purpose: 'test' }), openRedis(REDIS_TEST_URL, { logger: silent, purpose: 'test' }), {
    prefix,
    logger: silent,
  });
}

if (!redis.skipReason) {
  eventStreamContract('Redis Streams', () => {
    const prefix = `test-stream-${randomUUID()}`;
    return { open: () => openStream(prefix), dispose: () => deleteKeys(prefix) };
  });
} else {
  describe.skip('DurableEventStream contract: Redis Streams (Redis not reachable)', () => {
    it('runs when Redis answers', () => {});
  });
}

describeWithRedis('Redis event stream after Redis lost its data', () => {
  it('creates a missing consumer group again and keeps delivering (NOGROUP)', async () => {
    const prefix = `test-stream-${randomUUID()}`;
    const stream = openStream(prefix);
    const handled: string[] = [];
    const consumer = startDurableConsumer({
      stream,
      group: 'indexing',
      types: ['ticket.'],
      logger: silent,
      waitMs: 50,
      retryDelayMs: 10,
      handler: async (events) => {
        handled.push(...events.map((event) => event.aggregateId));
      },
    });
    await stream.append([createDomainEvent('ticket.created', 't-1', {})]);
    await waitFor(() => handled.includes('t-1'));
    // What a Redis restarted without persistence looks like to this consumer: stream and group gone.
    await deleteKeys(prefix);
    await stream.append([createDomainEvent('ticket.created', 't-2', {})]);
    await waitFor(() => handled.includes('t-2'));
    expect(handled).toEqual(['t-1', 't-2']);
    await consumer.stop();
    await stream.close();
    await deleteKeys(prefix);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
