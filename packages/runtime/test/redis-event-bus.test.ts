import { createDomainEvent, createLogger, openRedis, RedisEventBus, type DomainEvent } from '@support-graph/runtime';
import { Redis } from 'ioredis';
import { itUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';

const url = REDIS_TEST_URL;
// CI starts Redis (.ci/run); without one the Redis test is reported as skipped, with the reason.
const redis = await probeRedis();

function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error('timed out'));
      }
    }, 10);
  });
}

describe('Redis event bus', () => {
  itUnlessSkipped('delivers every event to subscribers in every process, filtered by type prefix', redis.skipReason, async () => {
    const prefix = `test-${Date.now()}`;
    const logger = createLogger('test', 'silent');
    const connections = () => ({ publisher: openRedis(url, { logger, purpose: 'test' }), subscriber: openRedis(url, { logger, purpose: 'test' }) });
    const replicaA = new RedisEventBus(connections(), prefix);
    const replicaB = new RedisEventBus(connections(), prefix);
    const seenA: DomainEvent[] = [];
    const seenB: DomainEvent[] = [];
    await replicaA.subscribe('ticket.', (event) => {
      seenA.push(event);
    });
    await replicaB.subscribe('ticket.status', (event) => {
      seenB.push(event);
    });
    await replicaA.publish(createDomainEvent('ticket.created', 't1', { n: 1 }));
    await replicaB.publish(createDomainEvent('ticket.status_changed', 't1', { to: 'OPEN' }));
    await replicaB.publish(createDomainEvent('article.published', 'a1', {}));
    await waitFor(() => seenA.length === 2 && seenB.length === 1);
    expect(seenA.map((event) => event.type)).toEqual(['ticket.created', 'ticket.status_changed']);
    expect(seenB[0]?.payload).toEqual({ to: 'OPEN' });
    await replicaA.close();
    await replicaB.close();
  });
});
