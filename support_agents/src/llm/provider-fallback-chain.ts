import { LlmError } from './llm-error.js';
import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from './llm-provider.js';

/**
 * Tries providers in order (typically Anthropic, OpenAI, then the local responder, each paid one
 * behind its guards) and streams the first that answers.
 *
 * It moves to the next provider on transient failures only (TIMEOUT, RATE_LIMITED, OVERLOADED,
 * UPSTREAM_ERROR, CIRCUIT_OPEN). A BAD_REQUEST is thrown at once: the same request would be
 * rejected anywhere, and hiding it behind a fallback would hide our bug. A caller's abort is
 * thrown as is.
 *
 * The rule once text has flowed: a provider that fails AFTER yielding its first delta is not
 * replaced. Its deltas are already on their way to the customer; a second provider would start
 * its own, different reply after them (duplicated or contradicting text), and there is no way to
 * take chunks back. The chain throws that provider's `LlmError` instead, and the caller marks the
 * reply incomplete (an agent then finishes it). Failing over is therefore only ever invisible.
 */
export function createProviderFallbackChain(providers: readonly LlmProvider[]): LlmProvider {
  if (providers.length === 0) throw new TypeError('a fallback chain needs at least one provider');
  return {
    name: `fallback(${providers.map((p) => p.name).join(',')})`,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      const failures: LlmError[] = [];
      for (const provider of providers) {
        options?.signal?.throwIfAborted();
        let yieldedText = false;
        try {
          for await (const event of provider.stream(request, options)) {
            if (event.type === 'delta') {
              yieldedText = true;
              yield event;
            } else {
              const failedOver = failures.map((f) => ({ provider: f.provider ?? provider.name, code: f.code }));
              yield { type: 'done', result: { ...event.result, failedOver } };
            }
          }
          return;
        } catch (error) {
          if (!(error instanceof LlmError) || !error.isTransient || yieldedText) throw error;
          failures.push(error);
        }
      }
      throw LlmError.allProvidersFailed(failures);
    },
  };
}
