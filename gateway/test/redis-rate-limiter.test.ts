import { itUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { Redis } from 'ioredis';
import { RedisRateLimiter } from '../src/rate-limit/adapters/redis-rate-limiter.js';

const url = REDIS_TEST_URL;
// CI starts Redis (.ci/run); without one the Redis test is reported as skipped, with the reason.
const redis = await probeRedis();

describe('token bucket rate limiter in Redis', () => {
  itUnlessSkipped('in Redis: two limiters (two gateway replicas) share one budget', redis.skipReason, async () => {
    const prefix = `rate-limit-test:${process.pid}:${Date.now()}:`;
    const settings = { burst: 5, perSecond: 0.2 };
    const first = new RedisRateLimiter(new Redis(url), settings, prefix);
    const second = new RedisRateLimiter(new Redis(url), settings, prefix);
    try {
      const decisions = await Promise.all(Array.from({ length: 8 }, (_, index) => (index % 2 === 0 ? first : second).take('partner:acme', 1)));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
      const refused = decisions.filter((decision) => !decision.allowed);
      expect(refused).toHaveLength(3);
      for (const decision of refused) expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect((await second.take('partner:other', 1)).allowed).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
