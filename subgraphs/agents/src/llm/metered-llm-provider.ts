import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from '@support-graph/support-agents';
import { cacheLookups, llmCostUsd, llmErrors, llmRequests, llmTokens, openSpan, SERVICE_ATTRIBUTE, SpanKind, SpanStatusCode, type Span } from '@support-graph/runtime';

/**
 * The LLM port with every call measured and traced: calls, tokens, cost and failures by provider,
 * response-cache hits, and one `llm.call` span (provider, model, tokens: never prompt or reply text).
 * The stream passes through untouched: pulled one event at a time, closed when the caller stops early.
 */
export function meteredLlmProvider(provider: LlmProvider): LlmProvider {
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      const { span, within } = openSpan('llm.call', { kind: SpanKind.CLIENT, attributes: { [SERVICE_ATTRIBUTE]: 'agents', 'llm.purpose': request.purpose } });
      // The provider's own work (HTTP calls, retries) runs in the span's context, piece by piece.
      const events = within(() => provider.stream(request, options)[Symbol.asyncIterator]());
      let finished = false;
      try {
        for (;;) {
          const next = await within(() => events.next());
          if (next.done) break;
          if (next.value.type === 'done') record(span, next.value.result);
          yield next.value;
        }
        finished = true;
      } catch (error) {
        finished = true;
        llmErrors.inc({ provider: provider.name, code: 'FAILED' });
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
        throw error;
      } finally {
        if (!finished) await events.return?.();
        span.end();
      }
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
