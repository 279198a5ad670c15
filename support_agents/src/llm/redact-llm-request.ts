import { redactPii } from '@support-graph/runtime';
import type { LlmRequest } from './llm-provider.js';

/**
 * The request with personal data in every free-text field replaced by placeholders. Paid
 * providers call this themselves before building a prompt, so no caller can forget it, and the
 * response cache hashes the redacted form, so its keys hold no personal data either.
 */
export function redactLlmRequest(request: LlmRequest): LlmRequest {
  return {
    ...request,
    instructions: redactPii(request.instructions),
    messages: request.messages.map((message) => ({ ...message, text: redactPii(message.text) })),
    passages: request.passages.map((passage) => ({
      ...passage,
      title: redactPii(passage.title),
      text: redactPii(passage.text),
    })),
  };
}
