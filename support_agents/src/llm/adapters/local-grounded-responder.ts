import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from '../llm-provider.js';
import { redactLlmRequest } from '../redact-llm-request.js';
import { responderPhrases } from './local-responder-phrases.js';
import { selectAnswerSentences, type SentenceSelectionOptions } from './passage-sentence-selection.js';

export type LocalGroundedResponderOptions = SentenceSelectionOptions;

const PROVIDER = 'local';
const MODEL = 'local-grounded-responder-v2';

/**
 * The default provider: needs no key and no download. It answers with the sentences of the one
 * retrieved article that best matches the customer's question (and the sentences that finish
 * them), and cites the passages it used in `citations`; the prose carries no ids, since callers
 * show citations as links. With nothing relevant it refuses to guess and says a person will
 * follow up. Greeting and closing are the caller's (the reply-drafting agent frames every draft).
 *
 * It streams as it composes, one sentence per chunk, each flushed before the next is written. It
 * never quotes the customer, only passages (redacted, since a resolved ticket may hold another
 * customer's data), minus any sentence aimed at an AI.
 */
export function createLocalGroundedResponder(options: LocalGroundedResponderOptions = {}): LlmProvider {
  return {
    name: PROVIDER,
    async *stream(original: LlmRequest, callOptions?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
      const request = redactLlmRequest(original);
      const phrases = responderPhrases(request.language);
      const question = request.messages
        .filter((message) => message.author === 'customer')
        .map((message) => message.text)
        .join('\n');
      const sentences = selectAnswerSentences(question, request.passages, options);

      let text = '';
      const citations: string[] = [];
      const emit = async function* (delta: string): AsyncGenerator<LlmStreamEvent> {
        callOptions?.signal?.throwIfAborted();
        text += delta;
        yield { type: 'delta', text: delta };
        // Give the event loop a turn so each chunk can be flushed to the customer before the next.
        await nextTurn();
      };

      if (sentences.length === 0) {
        yield* emit(phrases.refusal);
      } else {
        for (const { text: sentence, passageId } of sentences) {
          if (!citations.includes(passageId)) citations.push(passageId);
          yield* emit(`${text === '' ? '' : ' '}${sentence}`);
        }
      }

      const usage = {
        inputTokens: estimateTokens(question) + request.passages.reduce((n, p) => n + estimateTokens(p.text), 0),
        outputTokens: estimateTokens(text),
        cachedInputTokens: 0,
        cacheWriteInputTokens: 0,
      };
      yield {
        type: 'done',
        result: {
          text,
          provider: PROVIDER,
          model: MODEL,
          usage,
          costUsd: 0,
          citations,
          finishReason: sentences.length === 0 ? 'refused' : 'complete',
          cached: false,
        },
      };
    },
  };
}

/** No tokenizer here: about four characters per token, the usual rule of thumb for English. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
