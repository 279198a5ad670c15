import type { LlmResult, RetrievedPassage } from '../../llm/llm-provider.js';
import { customerLanguage } from '../customer-language.js';
import { customerText } from '../customer-text.js';
import type { AgentReadingEarlierResults, ContextWithEarlierResults } from '../earlier-results.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentOutput, AgentUsage } from '../support-agent.js';
import { conversationMessages } from './conversation-messages.js';
import { holdingReply } from './holding-reply.js';
import { REPLY_DRAFT_INSTRUCTIONS, REPLY_DRAFT_PROMPT_VERSION } from './reply-draft-prompt.js';

export interface Citation {
  readonly id: string;
  readonly title: string;
}

export interface ReplyDraftResult {
  readonly text: string;
  readonly citations: Citation[];
  /** BCP 47 language the reply was asked for (providers that cannot write it answer in English). */
  readonly language: string;
  /** True when the reply cites retrieved passages; false for a holding or refusal reply. */
  readonly grounded: boolean;
}

export interface ReplyDraftingAgentOptions {
  /** Knowledge-base articles retrieved for grounding. Default: 4. */
  readonly articles?: number;
  /** Similar resolved tickets retrieved for grounding. Default: 2. */
  readonly resolvedTickets?: number;
  /** Passages scoring below this are not shown to the provider. Default: 0 (the retriever already ranked them). */
  readonly minScore?: number;
  /** Upper bound on generated tokens. Default: 600 (a reply, not an essay). */
  readonly maxTokens?: number;
}

/** Confidence of a reply that says a human will follow up: low, so callers never send it as an answer. */
const HOLDING_CONFIDENCE = 0.1;

function usageOf(result: LlmResult): AgentUsage {
  return {
    inputTokens: result.usage.inputTokens + result.usage.cachedInputTokens + result.usage.cacheWriteInputTokens,
    outputTokens: result.usage.outputTokens,
    costUsd: result.costUsd,
    model: result.provider === 'local' ? 'local' : `${result.provider}/${result.model}`,
  };
}

/**
 * Drafts a reply grounded in retrieved articles and similar resolved tickets, streaming it through
 * `context.onDelta`. With nothing retrieved it does not call a provider at all and returns a holding
 * reply; a provider that finds the passages irrelevant refuses the same way.
 */
export function createReplyDraftingAgent(options: ReplyDraftingAgentOptions = {}): AgentReadingEarlierResults<ReplyDraftResult> {
  const { articles = 4, resolvedTickets = 2, minScore = 0, maxTokens = 600 } = options;
  return {
    name: 'reply-drafting',
    version: `1.0.0+prompt.${REPLY_DRAFT_PROMPT_VERSION}`,
    async run(context: ContextWithEarlierResults): Promise<AgentOutput<ReplyDraftResult>> {
      const started = performance.now();
      const query = customerText(context.ticket);
      const [articlePassages, ticketPassages] = await Promise.all([
        articles > 0 ? context.knowledge.articlesFor(query, articles) : [],
        resolvedTickets > 0 ? context.knowledge.resolvedTicketsLike(query, resolvedTickets) : [],
      ]);
      const passages: RetrievedPassage[] = [
        ...articlePassages.map((p) => ({ ...p, source: 'article' as const })),
        // Resolved tickets hold another customer's words: tagged so providers treat them as data and redact them.
        ...ticketPassages.map((p) => ({ ...p, source: 'ticket' as const })),
      ].filter((p) => p.score >= minScore);
      const requested = await customerLanguage(context);
      const trace = [`retrieved ${articlePassages.length} articles and ${ticketPassages.length} resolved tickets; ${passages.length} kept`];

      if (passages.length === 0) {
        const holding = holdingReply(requested);
        context.onDelta?.(holding.text);
        return {
          result: { text: holding.text, citations: [], language: holding.language, grounded: false },
          confidence: HOLDING_CONFIDENCE,
          stage: 'holding',
          usage: LOCAL_USAGE,
          latencyMs: performance.now() - started,
          trace: [...trace, 'nothing to ground a reply in: holding reply, a human follows up'],
        };
      }

      let final: LlmResult | undefined;
      const stream = context.llm.stream(
        {
          purpose: 'reply-draft',
          instructions: REPLY_DRAFT_INSTRUCTIONS,
          messages: conversationMessages(context.ticket),
          passages,
          ...(requested ? { language: requested } : {}),
          maxTokens,
          // The cache key covers the whole request; the namespace keeps drafts of different prompt versions apart.
          cache: { namespace: `reply-draft/${REPLY_DRAFT_PROMPT_VERSION}` },
        },
        context.signal ? { signal: context.signal } : {},
      );
      for await (const event of stream) {
        if (event.type === 'delta') context.onDelta?.(event.text);
        else final = event.result;
      }
      if (!final) throw new Error(`reply drafting: provider ${context.llm.name} ended its stream without a result`);

      const citations = final.citations.flatMap((id) => {
        const passage = passages.find((p) => p.id === id);
        return passage ? [{ id, title: passage.title }] : [];
      });
      const grounded = final.finishReason !== 'refused' && citations.length > 0;
      return {
        result: { text: final.text, citations, language: requested ?? 'en', grounded },
        // More distinct sources agreeing make a draft likelier right; an uncited reply is barely better than none.
        confidence: grounded ? Math.min(0.9, 0.5 + 0.15 * citations.length) : final.finishReason === 'refused' ? HOLDING_CONFIDENCE : 0.3,
        stage: grounded ? 'grounded' : final.finishReason === 'refused' ? 'refused' : 'ungrounded',
        usage: usageOf(final),
        latencyMs: performance.now() - started,
        trace: [
          ...trace,
          `${final.provider}/${final.model}${final.cached ? ' (cached)' : ''}: ${final.finishReason}, cited ${citations.map((c) => c.id).join(', ') || 'nothing'}`,
        ],
      };
    },
  };
}
