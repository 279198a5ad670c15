import type { KnowledgeRetriever, RetrievedPassage } from '@support-graph/support-agents';
import type { Logger, PeerClient } from '@support-graph/runtime';
import { suggestedPassages } from '@support-graph/knowledge/suggested-passages';

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
      const passages = await suggestedPassages(this.client, text, first);
      this.outageLogged = false;
      return passages.map(({ id, title, text: passage, score, source }) => ({ id, title, text: passage, score, source }));
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
