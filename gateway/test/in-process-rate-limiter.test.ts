import { InProcessRateLimiter } from '../src/rate-limit/adapters/in-process-rate-limiter.js';

describe('token bucket rate limiter in process', () => {
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
});
