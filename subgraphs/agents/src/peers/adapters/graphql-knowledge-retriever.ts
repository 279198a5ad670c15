import type { KnowledgeRetriever, RetrievedPassage } from '@support-graph/support-agents';
import type { Logger, PeerClient } from '@support-graph/runtime';

const SUGGEST_ARTICLES = `query AgentsSuggestArticles($text: String!, $first: Int!) {
  suggestArticles(text: $text, first: $first) { score chunk { id heading text } article { id title } }
}`;

/** Longest text sent to the knowledge subgraph (its `suggestArticles` limit). */
const MAX_TEXT = 20_000;

interface SuggestArticlesData {
  readonly suggestArticles: {
    readonly score: number;
    readonly chunk: { readonly id: string; readonly heading: string; readonly text: string };
    readonly article: { readonly id: string; readonly title: string };
  }[];
}

/**
 * KnowledgeRetriever over the knowledge subgraph's GraphQL API. Knowledge is an aid, never a
 * dependency: when the subgraph is absent or failing, agents get no passages (logged once per
 * outage) and the reply drafter falls back to a holding reply.
 */
export class GraphQLKnowledgeRetriever implements KnowledgeRetriever {
  private outageLogged = false;

  constructor(
    private readonly client: PeerClient | undefined,
    private readonly logger: Logger,
  ) {}

  async articlesFor(text: string, first: number): Promise<RetrievedPassage[]> {
    if (!this.client || text.trim() === '') return [];
    try {
      const data = await this.client.request<SuggestArticlesData>(SUGGEST_ARTICLES, { text: text.slice(0, MAX_TEXT), first });
      this.outageLogged = false;
      return data.suggestArticles.map((hit) => ({
        id: hit.chunk.id,
        title: hit.chunk.heading ? `${hit.article.title} — ${hit.chunk.heading}` : hit.article.title,
        text: hit.chunk.text,
        score: hit.score,
        source: 'article' as const,
      }));
    } catch (error) {
      if (!this.outageLogged) this.logger.warn({ err: error }, 'knowledge subgraph unavailable: agents continue without articles');
      this.outageLogged = true;
      return [];
    }
  }

  /** Similar resolved tickets are not retrieved yet: the knowledge subgraph exposes them only as Ticket.similarTickets. */
  async resolvedTicketsLike(): Promise<RetrievedPassage[]> {
    return [];
  }
}
