import { createHash } from 'node:crypto';
import type { LlmRequest } from './llm-provider.js';
import { LLM_REQUEST_DEFAULTS } from './llm-provider.js';
import { redactLlmRequest } from './redact-llm-request.js';

/**
 * SHA-256 of everything that shapes a reply, taken from the redacted request: the key holds no
 * personal data, and two requests differing only in a redacted value share a reply (which cannot
 * contain that value anyway). Passage scores are left out: they rank, they are not content.
 */
export function responseCacheKey(request: LlmRequest): string {
  const redacted = redactLlmRequest(request);
  const canonical = JSON.stringify([
    redacted.cache?.namespace ?? '',
    redacted.purpose,
    redacted.instructions,
    redacted.messages.map((m) => [m.author, m.text]),
    redacted.passages.map((p) => [p.id, p.title, p.text, p.source ?? '']),
    redacted.language ?? '',
    redacted.maxTokens ?? LLM_REQUEST_DEFAULTS.maxTokens,
    redacted.temperature ?? LLM_REQUEST_DEFAULTS.temperature,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
