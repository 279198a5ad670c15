import { CircuitBreaker } from '../../src/llm/circuit-breaker.js';
import { createLlmProvider } from '../../src/llm/create-llm-provider.js';
import { loadConfig } from '@support-graph/runtime';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, replyRequest } from './llm-test-kit.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after the failure threshold, half-opens after the cool-down, closes on a good probe', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000, now: clock.now });
    for (let i = 0; i < 3; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.recordFailure();
    }
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.retryAfterMs).toBe(10_000);

    clock.advance(10_000);
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false); // one probe at a time
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
  });

  it('re-opens for a full cool-down when the probe fails', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 5_000, now: clock.now });
    breaker.tryAcquire();
    breaker.recordFailure();
    clock.advance(5_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    clock.advance(4_999);
    expect(breaker.state).toBe('open');
  });

  it('resets the count on success, so only consecutive failures open it', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
  });

  it('opens at once for as long as the vendor asked (retry-after)', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 5, now: clock.now });
    breaker.recordFailure(2_000);
    expect(breaker.state).toBe('open');
    clock.advance(2_000);
    expect(breaker.state).toBe('half-open');
  });
});

describe('circuit breaker in front of Anthropic (real SDK, fake server)', () => {
  let anthropic: FakeVendorServer;
  beforeEach(async () => {
    anthropic = await startFakeAnthropicServer();
  });
  afterEach(() => anthropic.close());

  it('stops calling a failing provider, then lets one probe through after the cool-down', async () => {
    const clock = fakeClock();
    const llm = createLlmProvider(
      loadConfig({
        ANTHROPIC_API_KEY: 'k',
        ANTHROPIC_BASE_URL: anthropic.url,
        ANTHROPIC_MODEL: 'claude-haiku-4-5',
        LLM_CIRCUIT_FAILURE_THRESHOLD: '3',
        LLM_CIRCUIT_COOL_DOWN_MS: '60000',
      }),
      { now: clock.now },
    );
    for (let i = 0; i < 3; i++) anthropic.enqueue({ kind: 'error', status: 500, errorType: 'api_error' });

    for (let i = 0; i < 5; i++) {
      const { result } = await collect(llm.stream(replyRequest()));
      expect(result!.provider).toBe('local'); // every reply still gets an answer
    }
    expect(anthropic.requests).toHaveLength(3); // calls 4 and 5 never left the process

    clock.advance(60_000);
    anthropic.enqueue({ kind: 'stream', deltas: ['Back ', 'again.'] });
    const probe = await collect(llm.stream(replyRequest()));
    expect(probe.result!.provider).toBe('anthropic');
    expect(anthropic.requests).toHaveLength(4);
  });
});
