import { conceptKeywords } from '../../llm/adapters/support-term-concepts.js';
import type { LlmResult, RetrievedPassage } from '../../llm/llm-provider.js';
import { wordTokens } from '../../text/word-tokens.js';
import { customerLanguage } from '../customer-language.js';
import { customerText } from '../customer-text.js';
import type { AgentReadingEarlierResults, ContextWithEarlierResults } from '../earlier-results.js';
import { DEFAULT_LANGUAGE_IDENTIFIER } from '../language/default-language-identifier.js';
import type { LanguageIdentifier } from '../language/language-identifier.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentOutput, AgentUsage } from '../support-agent.js';
import { citationMarkerFilter, withoutCitationMarkers } from './citation-markers.js';
import { conversationMessages } from './conversation-messages.js';
import { draftFrame } from './draft-framing.js';
import { quoteFor, relevance, supportedShare } from './draft-grounding.js';
import { holdingReply } from './holding-reply.js';
import { REPLY_DRAFT_PROMPT_VERSION } from './reply-draft-prompt.js';
import { DEFAULT_REPLY_TEMPLATE, type ReplyTemplate } from './reply-template.js';
import type { DraftCitation, ReplyDraftResult } from './reply-draft-result.js';

export interface ReplyDraftingAgentOptions {
  /** Knowledge-base passages retrieved for grounding. Default: 6. */
  readonly articles?: number;
  /** Similar resolved tickets retrieved for grounding. Default: 2. */
  readonly resolvedTickets?: number;
  /** Passages scoring below this are not shown to the provider. Default: 0 (the retriever already ranked them). */
  readonly minScore?: number;
  /** Upper bound on generated tokens. Default: 600 (a reply, not an essay). */
  readonly maxTokens?: number;
  /** Share of the question's words the cited passages must contain for a grounded draft. Default: 0.15. */
  readonly minRelevance?: number;
  /** Share of answer sentences the cited passages must support for a grounded draft. Default: 0.8. */
  readonly minSupportedShare?: number;
  /**
   * An article in the customer's language is preferred when its retrieval score is at least this
   * share of the best one; otherwise the best article in any language answers, with a note. Default: 0.5.
   */
  readonly ownLanguageScoreShare?: number;
  /** Identifies the language of passages. Default: the language agent's identifier. */
  readonly languageIdentifier?: LanguageIdentifier;
  /** System prompt and framing per language. Default: the built-in template (the playground labels others). */
  readonly template?: ReplyTemplate;
}

/** Share of the best passage's question match an own-language passage needs to be preferred over it. */
const OWN_LANGUAGE_RELEVANCE_SHARE = 0.8;

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

function articleIdOf(chunkId: string): string {
  const hash = chunkId.lastIndexOf('#');
  return hash > 0 ? chunkId.slice(0, hash) : chunkId;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Drafts a reply a person would send: greeting and acknowledgement in the customer's language, the
 * answer from the best-matching article (in the customer's language when one matches, otherwise
 * with a note), and a closing; streamed through `context.onDelta`. With nothing retrieved, or when
 * the provider refuses, it sends an honest holding reply. `grounded` is set only when the cited
 * passages match the question and support every sentence of the answer: the check an answer must
 * pass before it may be sent to the customer automatically.
 */
export function createReplyDraftingAgent(options: ReplyDraftingAgentOptions = {}): AgentReadingEarlierResults<ReplyDraftResult> {
  const {
    articles = 6,
    resolvedTickets = 2,
    minScore = 0,
    maxTokens = 600,
    minRelevance = 0.15,
    minSupportedShare = 0.8,
    ownLanguageScoreShare = 0.5,
    languageIdentifier = DEFAULT_LANGUAGE_IDENTIFIER,
    template = DEFAULT_REPLY_TEMPLATE,
  } = options;
  // The built-in template keeps the historical version string, so earlier drafts stay comparable.
  const promptVersion = template === DEFAULT_REPLY_TEMPLATE ? REPLY_DRAFT_PROMPT_VERSION : `${REPLY_DRAFT_PROMPT_VERSION}+template.${template.version}`;

  /**
   * Passages in the customer's language when one matches the question about as well as the best,
   * else English ones on the same terms, else all; and whether the answer comes from another
   * language (the draft then says so).
   */
  async function preferLanguage(passages: RetrievedPassage[], language: string | undefined, question: string) {
    if (!language || passages.length === 0) return { passages, otherLanguage: false };
    const languages = await Promise.all(passages.map((p) => languageIdentifier.identify(`${p.title}. ${p.text}`)));
    const top = Math.max(...passages.map((p) => p.score));
    const bestRelevance = Math.max(...passages.map((p) => relevance(question, [p])));
    // Passages in `wanted` win when one matches about as well as the best passage in any language.
    const matchingIn = (wanted: string) => {
      const own = passages.filter((_, i) => languages[i]!.language === wanted);
      const matches = own.some((p) => {
        const matched = relevance(question, [p]);
        return p.score >= top * ownLanguageScoreShare && matched >= minRelevance && matched >= bestRelevance * OWN_LANGUAGE_RELEVANCE_SHARE;
      });
      return matches ? own : undefined;
    };
    const own = matchingIn(language);
    if (own) return { passages: own, otherLanguage: false };
    // Without one in the customer's language, English is the fallback most customers read.
    const english = language === 'en' ? undefined : matchingIn('en');
    return { passages: english ?? passages, otherLanguage: true };
  }

  return {
    name: 'reply-drafting',
    version: `2.0.0+prompt.${promptVersion}`,
    async run(context: ContextWithEarlierResults): Promise<AgentOutput<ReplyDraftResult>> {
      const started = performance.now();
      const query = customerText(context.ticket);
      const requested = await customerLanguage(context);
      // For a question in another language the concepts it names, in English, find English articles too.
      const keywords = requested && requested !== 'en' ? conceptKeywords(query, wordTokens) : '';
      const [articlePassages, ticketPassages] = await Promise.all([
        articles > 0 ? context.knowledge.articlesFor(keywords ? `${query}\n${keywords}` : query, articles) : [],
        resolvedTickets > 0 ? context.knowledge.resolvedTicketsLike(query, resolvedTickets) : [],
      ]);
      const preferred = await preferLanguage(articlePassages.filter((p) => p.score >= minScore), requested, query);
      const passages: RetrievedPassage[] = [
        ...preferred.passages.map((p) => ({ ...p, source: 'article' as const })),
        // Resolved tickets hold another customer's words: tagged so providers treat them as data and redact them.
        ...ticketPassages.filter((p) => p.score >= minScore).map((p) => ({ ...p, source: 'ticket' as const })),
      ];
      const frame = draftFrame(requested, context.ticket.customer.name, query, template.languages);
      const trace = [
        `retrieved ${articlePassages.length} article passages and ${ticketPassages.length} resolved tickets; ${passages.length} kept` +
          (preferred.otherLanguage ? ` (none in ${requested}: answering from another language)` : ''),
      ];

      const holding = (reason: string, usage: AgentUsage, alreadySent: string): AgentOutput<ReplyDraftResult> => {
        const reply = holdingReply(frame.language);
        const text = `${frame.opening.split('\n\n')[0]}\n\n${reply.text}\n\n${frame.signOff}`;
        // What was streamed already cannot be taken back: the holding reply follows it as a correction.
        context.onDelta?.(alreadySent === '' ? text : `\n\n${reply.text}\n\n${frame.signOff}`);
        return {
          result: { text, citations: [], language: reply.language, grounded: false, confidence: HOLDING_CONFIDENCE },
          confidence: HOLDING_CONFIDENCE,
          stage: 'holding',
          usage,
          latencyMs: performance.now() - started,
          trace: [...trace, reason],
        };
      };
      if (passages.length === 0) return holding('nothing to ground a reply in: holding reply, a human follows up', LOCAL_USAGE, '');

      const knownIds = new Set(passages.map((p) => p.id));
      const filter = citationMarkerFilter(knownIds);
      let streamed = '';
      const send = (delta: string) => {
        if (delta === '') return;
        streamed += delta;
        context.onDelta?.(delta);
      };
      let final: LlmResult | undefined;
      let answerStarted = false;
      const stream = context.llm.stream(
        {
          purpose: 'reply-draft',
          instructions: template.instructions,
          messages: conversationMessages(context.ticket),
          passages,
          ...(requested ? { language: requested } : {}),
          maxTokens,
          // The cache key covers the whole request; the namespace keeps drafts of different prompt versions apart.
          cache: { namespace: `reply-draft/${promptVersion}` },
        },
        context.signal ? { signal: context.signal } : {},
      );
      for await (const event of stream) {
        if (event.type === 'done') {
          final = event.result;
          continue;
        }
        // The opening goes out with the first words of an answer, so a refusal never follows a greeting twice.
        if (!answerStarted) {
          answerStarted = true;
          send(`${frame.opening}\n\n${preferred.otherLanguage ? `${frame.otherLanguageNote}\n\n` : ''}`);
        }
        send(filter.push(event.text));
      }
      if (!final) throw new Error(`reply drafting: provider ${context.llm.name} ended its stream without a result`);
      if (final.finishReason === 'refused') return holding(`${final.provider}: nothing relevant, holding reply`, usageOf(final), streamed);
      send(filter.flush());

      const answer = withoutCitationMarkers(final.text, knownIds).trim();
      const cited = final.citations.flatMap((id) => passages.filter((p) => p.id === id));
      const matched = relevance(query, cited);
      const supported = supportedShare(answer, cited);
      const grounded = cited.length > 0 && matched >= minRelevance && supported >= minSupportedShare;
      send(`\n\n${frame.closing}`);
      const text = `${frame.opening}\n\n${preferred.otherLanguage ? `${frame.otherLanguageNote}\n\n` : ''}${answer}\n\n${frame.closing}`;
      const confidence = grounded ? round(Math.min(0.95, 0.4 + 0.6 * matched + (preferred.otherLanguage ? 0 : 0.1))) : 0.2;
      return {
        result: {
          text,
          citations: cited.map((p) => ({ chunkId: p.id, articleId: articleIdOf(p.id), title: p.title, quote: quoteFor(p, answer) })),
          language: frame.language,
          grounded,
          confidence,
        },
        confidence,
        stage: grounded ? 'grounded' : 'ungrounded',
        usage: usageOf(final),
        latencyMs: performance.now() - started,
        trace: [
          ...trace,
          `${final.provider}/${final.model}${final.cached ? ' (cached)' : ''}: ${final.finishReason}, cited ${cited.map((p) => p.id).join(', ') || 'nothing'}`,
          `relevance ${round(matched)} (min ${minRelevance}), supported sentences ${round(supported)} (min ${minSupportedShare})`,
        ],
      };
    },
  };
}
