import type { CircuitBreaker } from './circuit-breaker.js';
import type { ConcurrencyLimiter } from './concurrency-limiter.js';
import { LlmError } from './llm-error.js';
import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from './llm-provider.js';
import type { RateLimiter } from './rate-limiter.js';

export interface ProviderGuards {
  /** Fails fast with CIRCUIT_OPEN while the provider keeps failing. Default: none. */
  readonly circuitBreaker?: CircuitBreaker;
  /** Requests-per-second budget; exhausted means RATE_LIMITED (the chain falls back). Default: none. */
  readonly rateLimiter?: RateLimiter;
  /** Simultaneous-call cap; no slot in time means RATE_LIMITED. Default: none. */
  readonly concurrencyLimiter?: ConcurrencyLimiter;
}

/**
 * Wraps a paid provider with its circuit breaker and limits. Checked cheapest first: an open
 * circuit costs no rate-limit token, a spent budget takes no slot. Every refusal is a transient
 * `LlmError`, so the fallback chain answers from the next provider instead of waiting.
 */
export function guardProvider(provider: LlmProvider, guards: ProviderGuards): LlmProvider {
  const { circuitBreaker, rateLimiter, concurrencyLimiter } = guards;
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      if (circuitBreaker && !circuitBreaker.tryAcquire()) {
        throw LlmError.circuitOpen(provider.name, circuitBreaker.retryAfterMs);
      }
      let providerCalled = false;
      let healthReported = false;
      let releaseSlot: (() => void) | undefined;
      try {
        const budget = await rateLimiter?.tryAcquire();
        if (budget && !budget.allowed) {
          throw LlmError.rateLimited(provider.name, { retryAfterMs: budget.retryAfterMs });
        }
        if (concurrencyLimiter) {
          releaseSlot = await concurrencyLimiter.acquire(options?.signal);
          if (!releaseSlot) throw LlmError.rateLimited(provider.name);
        }
        providerCalled = true;
        yield* provider.stream(request, options);
        circuitBreaker?.recordSuccess();
        healthReported = true;
      } catch (error) {
        // Only the vendor's own transient failures count against it: our limits refusing, the
        // caller aborting or a bad request say nothing about its health.
        if (providerCalled && error instanceof LlmError && error.isTransient) {
          circuitBreaker?.recordFailure(error.retryAfterMs);
          healthReported = true;
        }
        throw error;
      } finally {
        releaseSlot?.();
        if (!healthReported) circuitBreaker?.release();
      }
    },
  };
}
