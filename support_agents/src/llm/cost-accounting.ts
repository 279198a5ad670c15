import type { LlmUsage } from './llm-provider.js';

/** Vendor list prices in USD per million tokens. */
export interface ModelPrice {
  readonly input: number;
  readonly output: number;
  /** Input tokens read from the vendor's prompt cache. */
  readonly cachedInput: number;
  /** Input tokens written to the vendor's prompt cache (OpenAI does not charge extra: same as input). */
  readonly cacheWriteInput: number;
}

/**
 * CONFIGURATION — vendor list prices, USD per million tokens, as published when this was written.
 * Check them against the vendors' pricing pages when adding a model or before trusting a cost
 * report; pass your own table to `computeCallCostUsd` to override. Keys are model names or
 * prefixes: a dated snapshot (`claude-haiku-4-5-20251001`) takes the price of its family.
 * Cache-write prices are the 5-minute ones. Newer models (Claude 5.x) are not listed yet: their
 * calls report `costUsd: null` until a price is added here.
 */
export const DEFAULT_MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-4-1': { input: 15, output: 75, cachedInput: 1.5, cacheWriteInput: 18.75 },
  'claude-opus-4-5': { input: 5, output: 25, cachedInput: 0.5, cacheWriteInput: 6.25 },
  'claude-opus-4-6': { input: 5, output: 25, cachedInput: 0.5, cacheWriteInput: 6.25 },
  'claude-sonnet-4-6': { input: 3, output: 15, cachedInput: 0.3, cacheWriteInput: 3.75 },
  'claude-sonnet-4-5': { input: 3, output: 15, cachedInput: 0.3, cacheWriteInput: 3.75 },
  'claude-haiku-4-5': { input: 1, output: 5, cachedInput: 0.1, cacheWriteInput: 1.25 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1, cacheWriteInput: 0.4 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5, cacheWriteInput: 2 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075, cacheWriteInput: 0.15 },
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25, cacheWriteInput: 2.5 },
  'local-grounded-responder': { input: 0, output: 0, cachedInput: 0, cacheWriteInput: 0 },
};

/** The price for `model`: an exact key, else the longest key that is a prefix of it; undefined if none. */
export function findModelPrice(
  model: string,
  prices: Readonly<Record<string, ModelPrice>> = DEFAULT_MODEL_PRICES,
): ModelPrice | undefined {
  const exact = prices[model];
  if (exact) return exact;
  let best: string | undefined;
  for (const key of Object.keys(prices)) {
    if (model.startsWith(key) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : prices[best];
}

/**
 * Cost of one call from the usage the vendor reported. `inputTokens` excludes cached and
 * cache-write tokens (both vendors' usage is normalised that way by the adapters), so each token
 * is priced once. `null` when the model has no configured price: an unknown cost is not zero.
 */
export function computeCallCostUsd(
  model: string,
  usage: LlmUsage,
  prices: Readonly<Record<string, ModelPrice>> = DEFAULT_MODEL_PRICES,
): number | null {
  const price = findModelPrice(model, prices);
  if (!price) return null;
  const microDollars =
    usage.inputTokens * price.input +
    usage.outputTokens * price.output +
    usage.cachedInputTokens * price.cachedInput +
    usage.cacheWriteInputTokens * price.cacheWriteInput;
  return microDollars / 1_000_000;
}
