import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from './llm-provider.js';
import type { ResponseCache } from './response-cache.js';
import { responseCacheKey } from './response-cache-key.js';

const NO_USAGE = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, cacheWriteInputTokens: 0 };

/**
 * Puts the response cache in front of a provider (normally the whole fallback chain), following
 * each request's `cache` policy. A hit replays the stored deltas as they were first streamed, and
 * reports no usage and no cost: nothing was called. Stored are only replies worth repeating:
 * complete (not cut at max tokens) and from the first provider in line, so an answer given while
 * the preferred provider was down is not served for an hour after it recovers.
 */
export function withResponseCache(provider: LlmProvider, cache: ResponseCache): LlmProvider {
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      const mode = request.cache?.mode ?? 'use';
      if (mode === 'bypass') {
        yield* provider.stream(request, options);
        return;
      }
      const key = responseCacheKey(request);
      const hit = mode === 'use' ? await cache.get(key) : undefined;
      if (hit) {
        for (const text of hit.deltas) yield { type: 'delta', text };
        yield { type: 'done', result: { ...hit.result, usage: NO_USAGE, costUsd: 0, cached: true } };
        return;
      }
      const deltas: string[] = [];
      for await (const event of provider.stream(request, options)) {
        if (event.type === 'delta') {
          deltas.push(event.text);
        } else if (event.result.finishReason !== 'max_tokens' && !event.result.failedOver?.length) {
          await cache.set(key, { deltas, result: event.result }, request.cache?.ttlMs);
        }
        yield event;
      }
    },
  };
}
