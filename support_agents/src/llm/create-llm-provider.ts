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
import type { ModelChoice, VendorChoice } from './model-choice.js';
import { withModelSettings } from './model-settings-provider.js';
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

const CONFIGURED_CHAIN: ModelChoice = { provider: 'configuration' };

/**
 * The LLM port as configured: the response cache in front of a fallback chain of Anthropic (when
 * `ANTHROPIC_API_KEY` is set), OpenAI (when `OPENAI_API_KEY` is set), each behind its own circuit
 * breaker, rate limit and concurrency cap, and the local grounded responder always last, so a
 * reply is always produced.
 *
 * `choice` (the playground's `model` version) reorders it: the chosen vendor first with the chosen
 * model and settings, the other configured vendor after it, the local responder last; `embedded`
 * is the local responder alone. Throws when the chosen vendor has no API key configured. Each call
 * builds a new chain with its own breakers, limits and (unless one is passed) response cache.
 */
export function createLlmProvider(config: LlmConfig, dependencies: LlmProviderDependencies = {}, choice: ModelChoice = CONFIGURED_CHAIN): LlmProvider {
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

  const vendors: Record<VendorChoice['provider'], (model: string | undefined) => LlmProvider | undefined> = {
    anthropic: (model) =>
      config.ANTHROPIC_API_KEY
        ? createAnthropicProvider({ apiKey: config.ANTHROPIC_API_KEY, baseURL: config.ANTHROPIC_BASE_URL, model, timeoutMs: config.LLM_TIMEOUT_MS, prices })
        : undefined,
    openai: (model) =>
      config.OPENAI_API_KEY
        ? createOpenAiProvider({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model, timeoutMs: config.LLM_TIMEOUT_MS, prices })
        : undefined,
  };
  const configured = (provider: VendorChoice['provider']) => {
    const vendor = vendors[provider](provider === 'anthropic' ? config.ANTHROPIC_MODEL : config.OPENAI_MODEL);
    return vendor ? [guard(vendor)] : [];
  };
  const providers: LlmProvider[] = [];
  if (choice.provider === 'anthropic' || choice.provider === 'openai') {
    const chosen = vendors[choice.provider](choice.model);
    // The playground cannot see the agents' keys: a version naming a vendor without one is refused here, where they are.
    if (!chosen) throw new Error(`model: provider ${choice.provider} has no API key configured`);
    providers.push(guard(withModelSettings(chosen, choice)), ...configured(choice.provider === 'anthropic' ? 'openai' : 'anthropic'));
  } else if (choice.provider === 'configuration') {
    providers.push(...configured('anthropic'), ...configured('openai'));
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
