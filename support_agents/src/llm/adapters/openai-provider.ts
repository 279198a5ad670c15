import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
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

/** Default model: `gpt-4.1-mini`; base URL: the SDK's. */
export type OpenAiProviderOptions = VendorProviderOptions;

const PROVIDER = 'openai';

/**
 * OpenAI Chat Completions, streamed: each `choices[0].delta.content` is yielded as it arrives, and
 * `stream_options.include_usage` makes the last chunk carry the usage. The SDK's own retries are
 * off (`maxRetries: 0`): retrying one vendor would only delay the fallback chain.
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: timeoutMs,
  });
  const model = options.model ?? 'gpt-4.1-mini';

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
        const chunks = await client.chat.completions.create(
          {
            model,
            max_completion_tokens: request.maxTokens ?? LLM_REQUEST_DEFAULTS.maxTokens,
            temperature: request.temperature ?? LLM_REQUEST_DEFAULTS.temperature,
            messages: [
              { role: 'system', content: prompt.system },
              { role: 'user', content: prompt.user },
            ],
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal: deadline.signal },
        );
        for await (const chunk of chunks) {
          deadline.touch();
          reportedModel = chunk.model || reportedModel;
          const choice = chunk.choices[0];
          if (choice?.delta.content) {
            text += choice.delta.content;
            yield { type: 'delta', text: choice.delta.content };
          }
          stopReason = choice?.finish_reason ?? stopReason;
          if (chunk.usage) {
            // prompt_tokens includes the cached ones; count each token once, at its own price.
            const cached = chunk.usage.prompt_tokens_details?.cached_tokens ?? 0;
            usage.inputTokens = chunk.usage.prompt_tokens - cached;
            usage.cachedInputTokens = cached;
            usage.outputTokens = chunk.usage.completion_tokens;
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
          finishReason: stopReason === 'length' ? 'max_tokens' : 'complete',
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
