import { LlmError } from '../../src/llm/llm-error.js';
import type { LlmRequest, LlmResult, LlmStreamEvent, RetrievedPassage } from '../../src/llm/llm-provider.js';

export const REFUND_PASSAGES: readonly RetrievedPassage[] = [
  {
    id: 'kb-refunds',
    title: 'Refund policy',
    text:
      'You can request a refund within 30 days of purchase. Refunds are paid back to the original payment method within 5 business days. ' +
      'Gift cards cannot be refunded.',
    score: 0.91,
    source: 'article',
  },
  {
    id: 'kb-shipping',
    title: 'Shipping times',
    text: 'Standard shipping takes 3 to 5 business days. Express shipping arrives the next business day.',
    score: 0.42,
    source: 'article',
  },
];

/** A reply-drafting request; override what a test is about. */
export function replyRequest(overrides: Partial<LlmRequest> = {}): LlmRequest {
  return {
    purpose: 'reply-draft',
    instructions: 'You are a support agent for Acme. Be brief and kind.',
    messages: [{ author: 'customer', text: 'How long does a refund take to reach my card after I request it?' }],
    passages: REFUND_PASSAGES,
    language: 'en',
    cache: { mode: 'bypass' },
    ...overrides,
  };
}

export interface CollectedStream {
  readonly deltas: string[];
  readonly result: LlmResult | undefined;
  readonly error: unknown;
}

/** Drains a provider stream, keeping what arrived before any failure. */
export async function collect(stream: AsyncIterable<LlmStreamEvent>): Promise<CollectedStream> {
  const deltas: string[] = [];
  let result: LlmResult | undefined;
  let error: unknown;
  try {
    for await (const event of stream) {
      if (event.type === 'delta') deltas.push(event.text);
      else result = event.result;
    }
  } catch (caught) {
    error = caught;
  }
  return { deltas, result, error };
}

/** The `LlmError` a collected stream failed with (fails the test when it did not fail that way). */
export function llmErrorOf(collected: CollectedStream): LlmError {
  if (!(collected.error instanceof LlmError)) {
    throw new Error(`expected an LlmError, got ${String(collected.error)}`);
  }
  return collected.error;
}
