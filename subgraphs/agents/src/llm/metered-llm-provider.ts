import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from '@support-graph/support-agents';
import { cacheLookups, inSpan, llmCostUsd, llmErrors, llmRequests, llmTokens, SERVICE_ATTRIBUTE, SpanKind, type Span } from '@support-graph/runtime';

/**
 * The LLM port with every call measured and traced: calls, tokens, cost and failures by provider,
 * response-cache hits, and one `llm.call` span (provider, model, tokens: never prompt or reply text).
 */
export function meteredLlmProvider(provider: LlmProvider): LlmProvider {
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      // A generator cannot run inside startActiveSpan's callback: the span is collected and ended here.
      const events: LlmStreamEvent[] = [];
      let wake: (() => void) | undefined;
      let finished = false;
      let failure: unknown;
      const call = inSpan('llm.call', { kind: SpanKind.CLIENT, attributes: { [SERVICE_ATTRIBUTE]: 'agents', 'llm.purpose': request.purpose } }, async (span: Span) => {
        try {
          for await (const event of provider.stream(request, options)) {
            if (event.type === 'done') record(span, event.result);
            events.push(event);
            wake?.();
          }
        } catch (error) {
          llmErrors.inc({ provider: provider.name, code: 'FAILED' });
          failure = error;
        } finally {
          finished = true;
          wake?.();
        }
      });
      for (;;) {
        const next = events.shift();
        if (next) {
          yield next;
          continue;
        }
        if (finished) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      await call;
      if (failure) throw failure;
    },
  };
}

type LlmResultOf = Extract<LlmStreamEvent, { type: 'done' }>['result'];

function record(span: Span, result: LlmResultOf): void {
  llmRequests.inc({ provider: result.provider, model: result.model, cached: String(result.cached) });
  cacheLookups.inc({ cache: 'llm-response', result: result.cached ? 'hit' : 'miss' });
  for (const failure of result.failedOver ?? []) llmErrors.inc({ provider: failure.provider, code: failure.code });
  if (!result.cached) {
    llmTokens.inc({ provider: result.provider, direction: 'input' }, result.usage.inputTokens);
    llmTokens.inc({ provider: result.provider, direction: 'output' }, result.usage.outputTokens);
    llmCostUsd.inc({ provider: result.provider }, result.costUsd ?? 0);
  }
  span.setAttributes({
    'llm.provider': result.provider,
    'llm.model': result.model,
    'llm.cached': result.cached,
    'llm.usage.input_tokens': result.usage.inputTokens,
    'llm.usage.output_tokens': result.usage.outputTokens,
  });
}
