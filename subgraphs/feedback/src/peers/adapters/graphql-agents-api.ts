import { PeerRequestError, type PeerClient } from '@support-graph/runtime';
import type { AgentsApi, DraftRun } from '../agents-api.js';

const DRAFT_RUN = `query FeedbackDraftRun($id: ID!) { agentRun(id: $id) { id ticketId agent draft { text } experiment { id arm } } }`;

interface AgentRunData {
  readonly id: string;
  readonly ticketId: string;
  readonly agent: string;
  readonly draft: { readonly text: string } | null;
  readonly experiment: { readonly id: string; readonly arm: string } | null;
}

/** AgentsApi over the agents subgraph's GraphQL API, as `service`. */
export class GraphQLAgentsApi implements AgentsApi {
  constructor(private readonly client: PeerClient) {}

  async draftRun(runId: string): Promise<DraftRun | null> {
    try {
      const { agentRun } = await this.client.request<{ agentRun: AgentRunData | null }>(DRAFT_RUN, { id: runId });
      return agentRun
        ? { runId: agentRun.id, ticketId: agentRun.ticketId, agent: agentRun.agent, text: agentRun.draft?.text ?? null, experiment: agentRun.experiment ?? null }
        : null;
    } catch (error) {
      if (error instanceof PeerRequestError && (error.codes.includes('NOT_FOUND') || error.codes.includes('BAD_USER_INPUT'))) return null;
      throw error;
    }
  }
}
