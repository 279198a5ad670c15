import { createLlmProvider, TokenBucketRateLimiter, type LlmConfig, type ModelChoice, type ResponseCache } from '@support-graph/support-agents';
import type { ConfiguredLlm } from '../configured-llm.js';
import { pacedProvider } from './paced-provider.js';

/** Evaluation runs measure the vendor: a cached reply would report no cost and no latency. */
const NO_RESPONSE_CACHE: ResponseCache = {
  get: async () => undefined,
  set: async () => undefined,
};

/**
 * The feedback subgraph's own LLM port, built from the same settings as the agents' (same fallback
 * chain, breakers and limits, per process), without the response cache, and paced to the rate
 * limit (a run waits for budget rather than falling back). Undefined without a key.
 */
export function configuredLlmFromSettings(config: LlmConfig): ConfiguredLlm | undefined {
  if (!config.ANTHROPIC_API_KEY && !config.OPENAI_API_KEY) return undefined;
  return llmFor(config, { provider: 'configuration' });
}

type ChainChoice = Exclude<ModelChoice, { provider: 'embedded' }>;

function llmFor(config: LlmConfig, choice: ChainChoice): ConfiguredLlm {
  return {
    provider: pacedProvider(
      createLlmProvider(config, { cache: NO_RESPONSE_CACHE }, choice),
      new TokenBucketRateLimiter({ capacity: config.LLM_BURST, refillPerSecond: config.LLM_REQUESTS_PER_SECOND }),
    ),
    model: choice.provider === 'configuration' ? (config.ANTHROPIC_API_KEY ? `anthropic/${config.ANTHROPIC_MODEL}` : `openai/${config.OPENAI_MODEL}`) : `${choice.provider}/${choice.model}`,
    withChoice: (next) => llmFor(config, next),
  };
}
