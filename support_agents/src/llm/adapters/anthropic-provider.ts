import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { computeCallCostUsd } from '../cost-accounting.js';
import { LlmError } from '../llm-error.js';
import {
  LLM_REQUEST_DEFAULTS,
  type LlmCallOptions,
  type LlmProvider,
  type LlmRequest,
  type LlmStreamEvent,
} from '../llm-provider.js';
import { redactLlmRequest } from '../redact-llm-request.js';
import { extractCitations } from './citation-extraction.js';
import { buildGroundedPrompt } from './grounded-prompt.js';
import { StreamDeadline } from './stream-deadline.js';
import { llmErrorFromVendorFailure } from './vendor-failure.js';
import type { VendorProviderOptions } from './vendor-provider-options.js';

/** Default model: `claude-sonnet-4-6`; base URL: the SDK's. */
export type AnthropicProviderOptions = VendorProviderOptions;

const PROVIDER = 'anthropic';

/**
 * Claude through the Messages API, streamed: each `text_delta` is yielded as it arrives. The SDK's
 * own retries are off (`maxRetries: 0`): retrying one vendor would only delay the fallback chain,
 * which decides what happens after a failure. `temperature` is not sent: the Messages API of the
 * SDK in use (1.x) has no sampling parameters.
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): LlmProvider {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const client = new Anthropic({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: timeoutMs,
  });
  const model = options.model ?? 'claude-sonnet-4-6';

  return {
    name: PROVIDER,
    async *stream(original: LlmRequest, callOptions?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      const request = redactLlmRequest(original);
      const prompt = buildGroundedPrompt(request);
      const deadline = new StreamDeadline(timeoutMs, callOptions?.signal);
      let text = '';
      let reportedModel = model;
      let stopReason: string | null = null;
      const usage = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, cacheWriteInputTokens: 0 };
      try {
        const events = await client.messages.create(
          {
            model,
            max_tokens: request.maxTokens ?? LLM_REQUEST_DEFAULTS.maxTokens,
            system: prompt.system,
            messages: [{ role: 'user', content: prompt.user }],
            stream: true,
          },
          { signal: deadline.signal },
        );
        for await (const event of events) {
          deadline.touch();
          switch (event.type) {
            case 'message_start':
              reportedModel = event.message.model;
              usage.inputTokens = event.message.usage.input_tokens;
              usage.cachedInputTokens = event.message.usage.cache_read_input_tokens ?? 0;
              usage.cacheWriteInputTokens = event.message.usage.cache_creation_input_tokens ?? 0;
              break;
            case 'content_block_delta':
              if (event.delta.type === 'text_delta' && event.delta.text) {
                text += event.delta.text;
                yield { type: 'delta', text: event.delta.text };
              }
              break;
            case 'message_delta':
              // Counts in message_delta are cumulative, so the last one is the total.
              usage.outputTokens = event.usage.output_tokens;
              usage.inputTokens = event.usage.input_tokens ?? usage.inputTokens;
              stopReason = event.delta.stop_reason ?? stopReason;
              break;
            default:
              break;
          }
        }
        // The SDK ends the iteration quietly when its signal aborts; find out whether that happened.
        if (deadline.signal.aborted) throw deadline.signal.reason;
      } catch (error) {
        throw toLlmError(error, deadline, callOptions?.signal);
      } finally {
        deadline.dispose();
      }
      yield {
        type: 'done',
        result: {
          text,
          provider: PROVIDER,
          model: reportedModel,
          usage,
          costUsd: computeCallCostUsd(reportedModel, usage, options.prices),
          citations: extractCitations(text, request.passages),
          finishReason: stopReason === 'max_tokens' ? 'max_tokens' : 'complete',
          cached: false,
        },
      };
    },
  };
}

/** The caller's abort is passed through as is; anything else becomes an `LlmError`. */
function toLlmError(error: unknown, deadline: StreamDeadline, callerSignal: AbortSignal | undefined): unknown {
  if (error instanceof LlmError) return error;
  if (deadline.timedOut || error instanceof APIConnectionTimeoutError) {
    return LlmError.timeout(PROVIDER, deadline.silenceMs, error);
  }
  if (callerSignal?.aborted) return callerSignal.reason;
  if (error instanceof APIConnectionError) return LlmError.upstreamError(PROVIDER, 'connection failed', { cause: error });
  if (error instanceof APIError) return llmErrorFromVendorFailure(PROVIDER, error, error);
  return LlmError.upstreamError(PROVIDER, 'unexpected failure', { cause: error });
}
