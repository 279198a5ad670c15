import type { PeerClient } from '@support-graph/runtime';
import { PlaygroundErrors } from '../../playground-errors.js';
import type { KnowledgeRetriever, RetrievedPassage } from '@support-graph/support-agents';
import type { EvaluationEnvironment } from '../draft-item.js';

const SUGGEST_ARTICLES = `query PlaygroundSuggestArticles($text: String!, $first: Int!) {
  suggestArticles(text: $text, first: $first) { score chunk { id heading text } article { id externalId title } }
}`;

/** Longest text sent to the knowledge subgraph (its `suggestArticles` limit). */
const MAX_TEXT = 20_000;

interface SuggestArticlesData {
  readonly suggestArticles: {
    readonly score: number;
    readonly chunk: { readonly id: string; readonly heading: string; readonly text: string };
    readonly article: { readonly id: string; readonly externalId: string | null; readonly title: string };
  }[];
}

/**
 * Evaluation drafts retrieving from the knowledge subgraph as it is now (asked as the feedback
 * subgraph's `service` identity), the same query the agents use. Unlike the agents, a run does not
 * carry on without articles when the subgraph fails: the error ends the run, since a run drafted
 * on no knowledge would score as if the template were at fault. Datasets name an article by its
 * `externalId` (the id it was imported with); an article without one is named by its id.
 */
export function liveKnowledgeEnvironment(client: PeerClient): EvaluationEnvironment {
  const externalIds = new Map<string, string>();
  const knowledge: KnowledgeRetriever = {
    async articlesFor(text: string, first: number): Promise<RetrievedPassage[]> {
      if (text.trim() === '') return [];
      const data = await client.request<SuggestArticlesData>(SUGGEST_ARTICLES, { text: text.slice(0, MAX_TEXT), first }).catch(() => {
        throw PlaygroundErrors.liveKnowledgeFailed();
      });
      return data.suggestArticles.map((hit) => {
        externalIds.set(hit.article.id, hit.article.externalId ?? hit.article.id);
        return {
          id: hit.chunk.id,
          title: hit.chunk.heading ? `${hit.article.title} — ${hit.chunk.heading}` : hit.article.title,
          text: hit.chunk.text,
          score: hit.score,
          source: 'article' as const,
        };
      });
    },
    // The knowledge subgraph exposes similar resolved tickets only as Ticket.similarTickets.
    resolvedTicketsLike: async () => [],
  };
  return { knowledge, articleExternalId: (articleId) => externalIds.get(articleId) ?? articleId };
}
