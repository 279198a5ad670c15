import { createAnthropicProvider } from '../../src/llm/adapters/anthropic-provider.js';
import { createLocalGroundedResponder } from '../../src/llm/adapters/local-grounded-responder.js';
import { LocalConcurrencyLimiter } from '../../src/llm/concurrency-limiter.js';
import { guardProvider } from '../../src/llm/guarded-provider.js';
import { createProviderFallbackChain } from '../../src/llm/provider-fallback-chain.js';
import { TokenBucketRateLimiter } from '../../src/llm/rate-limiter.js';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, replyRequest } from './llm-test-kit.js';

describe('TokenBucketRateLimiter', () => {
  it('allows a burst, then refills at the configured rate', async () => {
    let now = 0;
    const bucket = new TokenBucketRateLimiter({ capacity: 2, refillPerSecond: 4, now: () => now });
    expect(await bucket.tryAcquire()).toEqual({ allowed: true });
    expect(await bucket.tryAcquire()).toEqual({ allowed: true });
    expect(await bucket.tryAcquire()).toEqual({ allowed: false, retryAfterMs: 250 });
    now = 250;
    expect(await bucket.tryAcquire()).toEqual({ allowed: true });
  });
});

describe('LocalConcurrencyLimiter', () => {
  it('queues callers in order and gives up after the longest wait', async () => {
    const limiter = new LocalConcurrencyLimiter({ maxConcurrent: 1, maxWaitMs: 50 });
    const release = await limiter.acquire();
    const waiting = limiter.acquire();
    const late = limiter.acquire();
    release!();
    const second = await waiting;
    expect(second).toBeDefined();
    expect(limiter.inFlight).toBe(1);
    expect(await late).toBeUndefined(); // the slot was not freed within 50 ms
    second!();
    expect(limiter.inFlight).toBe(0);
  });

  it('turns callers away at once when the queue is full', async () => {
    const limiter = new LocalConcurrencyLimiter({ maxConcurrent: 1, maxQueued: 0 });
    await limiter.acquire();
    expect(await limiter.acquire()).toBeUndefined();
  });
});

describe('limits in front of a paid provider', () => {
  let anthropic: FakeVendorServer;
  beforeEach(async () => {
    anthropic = await startFakeAnthropicServer();
  });
  afterEach(() => anthropic.close());

  it('answers locally instead of exceeding the rate limit, without calling the vendor', async () => {
    const llm = createProviderFallbackChain([
      guardProvider(createAnthropicProvider({ apiKey: 'k', baseURL: anthropic.url, model: 'claude-haiku-4-5' }), {
        rateLimiter: new TokenBucketRateLimiter({ capacity: 1, refillPerSecond: 0.001 }),
      }),
      createLocalGroundedResponder(),
    ]);
    expect((await collect(llm.stream(replyRequest()))).result!.provider).toBe('anthropic');
    const second = await collect(llm.stream(replyRequest()));
    expect(second.result).toMatchObject({ provider: 'local', failedOver: [{ provider: 'anthropic', code: 'RATE_LIMITED' }] });
    expect(anthropic.requests).toHaveLength(1);
  });

  it('holds a concurrency slot for the whole stream and frees it at the end', async () => {
    const limiter = new LocalConcurrencyLimiter({ maxConcurrent: 1, maxWaitMs: 20 });
    const guarded = guardProvider(createAnthropicProvider({ apiKey: 'k', baseURL: anthropic.url, model: 'claude-haiku-4-5' }), {
      concurrencyLimiter: limiter,
    });
    anthropic.enqueue({ kind: 'stream', deltas: ['slow ', 'reply'], holdAfterFirstDelta: true });
    const iterator = guarded.stream(replyRequest())[Symbol.asyncIterator]();
    await iterator.next();
    expect(limiter.inFlight).toBe(1);
    anthropic.releaseHeldStreams();
    await collect({ [Symbol.asyncIterator]: () => iterator });
    expect(limiter.inFlight).toBe(0);
  });
});
