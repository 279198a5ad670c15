import { createAnthropicProvider } from './adapters/anthropic-provider.js';
import { createLocalGroundedResponder } from './adapters/local-grounded-responder.js';
import { createOpenAiProvider } from './adapters/openai-provider.js';
import { withResponseCache } from './caching-provider.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { LocalConcurrencyLimiter } from './concurrency-limiter.js';
import type { ModelPrice } from './cost-accounting.js';
import { guardProvider } from './guarded-provider.js';
import type { LlmConfig } from './llm-config.js';
import type { LlmProvider } from './llm-provider.js';
import { createProviderFallbackChain } from './provider-fallback-chain.js';
import { InMemoryResponseCache, type ResponseCache } from './response-cache.js';
import { TokenBucketRateLimiter } from './rate-limiter.js';

export interface LlmProviderDependencies {
  /** Default: an in-memory LRU sized by the config. Pass a shared (Redis) one in production. */
  readonly cache?: ResponseCache;
  /** Price table for cost accounting. Default: `DEFAULT_MODEL_PRICES`. */
  readonly prices?: Readonly<Record<string, ModelPrice>>;
  /** Milliseconds clock for breakers, limits and cache; tests pass a fake one. Default: `Date.now`. */
  readonly now?: () => number;
}

/**
 * The LLM port as configured: the response cache in front of a fallback chain of Anthropic (when
 * `ANTHROPIC_API_KEY` is set), OpenAI (when `OPENAI_API_KEY` is set), each behind its own circuit
 * breaker, rate limit and concurrency cap, and the local grounded responder always last, so a
 * reply is always produced.
 */
export function createLlmProvider(config: LlmConfig, dependencies: LlmProviderDependencies = {}): LlmProvider {
  const { prices, now } = dependencies;
  const guard = (provider: LlmProvider): LlmProvider =>
    guardProvider(provider, {
      circuitBreaker: new CircuitBreaker({
        failureThreshold: config.LLM_CIRCUIT_FAILURE_THRESHOLD,
        coolDownMs: config.LLM_CIRCUIT_COOL_DOWN_MS,
        ...(now ? { now } : {}),
      }),
      rateLimiter: new TokenBucketRateLimiter({
        capacity: config.LLM_BURST,
        refillPerSecond: config.LLM_REQUESTS_PER_SECOND,
        ...(now ? { now } : {}),
      }),
      concurrencyLimiter: new LocalConcurrencyLimiter({
        maxConcurrent: config.LLM_MAX_CONCURRENT,
        maxWaitMs: config.LLM_MAX_QUEUE_WAIT_MS,
      }),
    });

  const providers: LlmProvider[] = [];
  if (config.ANTHROPIC_API_KEY) {
    providers.push(
      guard(
        createAnthropicProvider({
          apiKey: config.ANTHROPIC_API_KEY,
          baseURL: config.ANTHROPIC_BASE_URL,
          model: config.ANTHROPIC_MODEL,
          timeoutMs: config.LLM_TIMEOUT_MS,
          prices,
        }),
      ),
    );
  }
  if (config.OPENAI_API_KEY) {
    providers.push(
      guard(
        createOpenAiProvider({
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          model: config.OPENAI_MODEL,
          timeoutMs: config.LLM_TIMEOUT_MS,
          prices,
        }),
      ),
    );
  }
  providers.push(createLocalGroundedResponder());

  const cache =
    dependencies.cache ??
    new InMemoryResponseCache({
      maxEntries: config.LLM_CACHE_MAX_ENTRIES,
      ttlMs: config.LLM_CACHE_TTL_MS,
      ...(now ? { now } : {}),
    });
  return withResponseCache(createProviderFallbackChain(providers), cache);
}
