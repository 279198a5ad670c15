import type { SubscriptionSource } from '@support-graph/runtime';
import { AGENT_RUN_UPDATED, type AgentRunUpdatedPayload } from '../../events/agents-events.js';

/** `agentRun(id)`: every status change of one run, with the run itself from the agents subgraph. */
export const agentRunSource: SubscriptionSource = {
  field: 'agentRun',
  typePrefix: AGENT_RUN_UPDATED,
  accepts: (event, args) => String(args['id']).toLowerCase() === (event.payload as AgentRunUpdatedPayload).runId,
  payload: (event) => {
    const { runId, ticketId, agent, status } = event.payload as AgentRunUpdatedPayload;
    return { runId, ticketId, agent, status };
  },
  entities: { run: { queryField: 'agentRun', id: (payload) => String(payload['runId']) } },
};
