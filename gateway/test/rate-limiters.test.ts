import { Redis } from 'ioredis';
import { InProcessRateLimiter } from '../src/rate-limit/adapters/in-process-rate-limiter.js';
import { RedisRateLimiter } from '../src/rate-limit/adapters/redis-rate-limiter.js';
import { itUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';

const url = REDIS_TEST_URL;
// CI starts Redis (.ci/run); without one the Redis test is reported as skipped, with the reason.
const redis = await probeRedis();

describe('token bucket rate limiters', () => {
  it('in process: spends a burst, refuses with the seconds until refill, refills over time', async () => {
    let nowMs = 0;
    const limiter = new InProcessRateLimiter({ burst: 3, perSecond: 0.5 }, () => nowMs);
    for (let request = 0; request < 3; request += 1) expect((await limiter.take('agent:a', 1)).allowed).toBe(true);
    expect(await limiter.take('agent:a', 1)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 2 });
    expect((await limiter.take('agent:b', 1)).allowed).toBe(true);
    nowMs += 2000;
    expect((await limiter.take('agent:a', 1)).allowed).toBe(true);
    expect((await limiter.take('agent:a', 1)).allowed).toBe(false);
    // agent:b holds 3 tokens (2 left + 1 refilled): 2 more come in 4 s.
    expect((await limiter.take('agent:b', 5)).retryAfterSeconds).toBe(4);
  });

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
