import type { PeerClient } from '@support-graph/runtime';
import { suggestedPassages } from '@support-graph/knowledge/suggested-passages';
import { PlaygroundErrors } from '../../playground-errors.js';
import type { KnowledgeRetriever, RetrievedPassage } from '@support-graph/support-agents';
import type { EvaluationEnvironment } from '../draft-item.js';

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
      const passages = await suggestedPassages(client, text, first).catch(() => {
        throw PlaygroundErrors.liveKnowledgeFailed();
      });
      return passages.map(({ articleId, externalId, ...passage }) => {
        externalIds.set(articleId, externalId ?? articleId);
        return passage;
      });
    },
    // The knowledge subgraph exposes similar resolved tickets only as Ticket.similarTickets.
    resolvedTicketsLike: async () => [],
  };
  return { knowledge, articleExternalId: (articleId) => externalIds.get(articleId) ?? articleId };
}
