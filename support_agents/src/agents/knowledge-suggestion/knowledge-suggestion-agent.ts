import { customerText } from '../customer-text.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentContext, AgentOutput, SupportAgent } from '../support-agent.js';
import type { KnowledgeSuggestionResult } from './knowledge-suggestion-result.js';

export interface KnowledgeSuggestionAgentOptions {
  /** Most articles suggested. Default: 5. */
  readonly first?: number;
  /** Articles scoring below this are left out. Default: 0 (keep everything the retriever returned). */
  readonly minScore?: number;
}

/** Suggestions for free text (an agent typing a question) instead of the ticket's own text. */
export interface KnowledgeSuggestionContext extends AgentContext {
  readonly query?: string;
}

export interface KnowledgeSuggestionAgent extends SupportAgent<KnowledgeSuggestionResult> {
  run(context: KnowledgeSuggestionContext): Promise<AgentOutput<KnowledgeSuggestionResult>>;
}

/** Articles for the ticket (or a free-text query), straight from the knowledge retriever, best first. */
export function createKnowledgeSuggestionAgent(options: KnowledgeSuggestionAgentOptions = {}): KnowledgeSuggestionAgent {
  const { first = 5, minScore = 0 } = options;
  return {
    name: 'knowledge-suggestion',
    version: '1.0.0',
    async run(context: KnowledgeSuggestionContext): Promise<AgentOutput<KnowledgeSuggestionResult>> {
      const started = performance.now();
      const query = context.query?.trim() || customerText(context.ticket);
      const passages = await context.knowledge.articlesFor(query, first);
      const articles = passages
        .filter((passage) => passage.score >= minScore)
        .slice(0, first)
        .map(({ id, title, score }) => ({ id, title, score }));
      return {
        result: { articles },
        // The retriever's scale is its own, so the only honest confidence is whether anything came back.
        confidence: articles.length > 0 ? 1 : 0,
        stage: 'retrieval',
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `${context.query?.trim() ? 'free-text query' : 'ticket text'} sent to the knowledge retriever (first ${first})`,
          `${passages.length} returned, ${articles.length} kept (min score ${minScore})`,
        ],
      };
    },
  };
}
