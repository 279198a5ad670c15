import { createHash, randomUUID } from 'node:crypto';
import type { LlmCallOptions, LlmProvider, LlmRequest, LlmResult, LlmStreamEvent } from '@support-graph/support-agents';
import { canonicalJson, type AuditEntryDraft, type AuditLog } from '@support-graph/runtime';
import { AGENTS_AUDIT_ACTOR } from './agent-run-audit-entry.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `reply-draft/3` → `3`: callers namespace their cache entries by prompt version. */
function promptVersionOf(request: LlmRequest): string | null {
  return request.cache?.namespace?.split('/').at(-1) || null;
}

function llmCallEntry(request: LlmRequest, result: LlmResult): AuditEntryDraft {
  return {
    actor: AGENTS_AUDIT_ACTOR,
    action: 'llm.call',
    target: { type: 'llm_call', id: randomUUID() },
    details: {
      purpose: request.purpose,
      promptVersion: promptVersionOf(request),
      instructionsSha256: sha256(request.instructions),
      inputSha256: sha256(canonicalJson({ instructions: request.instructions, messages: request.messages, passages: request.passages })),
      passageIds: request.passages.map((passage) => passage.id),
      provider: result.provider,
      model: result.model,
      outputSha256: sha256(result.text),
      outputCharacters: result.text.length,
      finishReason: result.finishReason,
      citations: result.citations.length,
      cached: result.cached,
      costUsd: result.costUsd,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      failedOver: (result.failedOver ?? []).map((failure) => `${failure.provider}:${failure.code}`),
    },
  };
}

/**
 * The LLM port with every completed call written to the audit log (hashes, model, cost; never the
 * prompt or reply text). Outermost wrapper, so cache hits are recorded too, marked `cached`.
 */
export function auditedLlmProvider(provider: LlmProvider, audit: AuditLog): LlmProvider {
  return {
    name: provider.name,
    async *stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      for await (const event of provider.stream(request, options)) {
        if (event.type === 'done') await audit.append([llmCallEntry(request, event.result)]);
        yield event;
      }
    },
  };
}
