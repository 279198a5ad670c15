import { LLM_REQUEST_DEFAULTS, type LlmCallOptions, type LlmProvider, type LlmRequest, type LlmStreamEvent } from './llm-provider.js';

export interface ModelSettings {
  /** Sampling temperature for calls that set none of their own (reply drafts; triage asks for 0). */
  readonly temperature?: number;
  /** Cap on generated tokens per call: a call asking for more gets this many. */
  readonly maxTokens?: number;
}

/** A provider whose calls take the settings of the playground's `model` version (see model-choice.ts). */
export function withModelSettings(provider: LlmProvider, settings: ModelSettings): LlmProvider {
  if (settings.temperature === undefined && settings.maxTokens === undefined) return provider;
  const adjust = (request: LlmRequest): LlmRequest => ({
    ...request,
    ...(settings.temperature !== undefined && request.temperature === undefined ? { temperature: settings.temperature } : {}),
    ...(settings.maxTokens !== undefined ? { maxTokens: Math.min(request.maxTokens ?? LLM_REQUEST_DEFAULTS.maxTokens, settings.maxTokens) } : {}),
  });
  return {
    name: provider.name,
    stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      return provider.stream(adjust(request), options);
    },
  };
}
