import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent, RateLimiter } from '@support-graph/support-agents';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the rate budget before each call instead of being refused. The LLM port's own limit
 * refuses a call over budget and the fallback chain answers it with the embedded responder: right
 * for a customer waiting on a reply, wrong for an evaluation run, whose items past the burst would
 * silently be drafted and graded by another responder. Given a bucket with the same rate and burst
 * as the port's, calls it lets through are within the port's budget too.
 */
export function pacedProvider(provider: LlmProvider, budget: RateLimiter): LlmProvider {
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      for (;;) {
        const decision = await budget.tryAcquire();
        if (decision.allowed) break;
        if (options?.signal?.aborted) throw options.signal.reason;
        await pause(decision.retryAfterMs);
      }
      yield* provider.stream(request, options);
    },
  };
}
