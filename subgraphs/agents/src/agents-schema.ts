import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import type { AgentsContext } from './agents-context.js';
import { agentsPermissions } from './permissions/agents-permissions.js';
import { TicketRunsPrivacyResolver } from './privacy/ticket-runs-privacy-resolver.js';
import { presentRun } from './resolvers/present-run.js';
import { AgentRunResolver } from './resolvers/agent-run-resolver.js';
import { ExperimentTallyResolver } from './resolvers/experiment-tally-resolver.js';
import { TicketInsightsResolver } from './resolvers/ticket-insights-resolver.js';
import { TriageModelVersionResolver } from './resolvers/triage-model-version-resolver.js';
import { TriageTaxonomyResolver } from './resolvers/triage-taxonomy-resolver.js';
import { AgentRunSubscriptionResolver } from './subscriptions/agent-run-subscription-resolver.js';

/** The agents subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildAgentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgentRunResolver, TicketInsightsResolver, TriageTaxonomyResolver, TriageModelVersionResolver, ExperimentTallyResolver, AgentRunSubscriptionResolver, TicketRunsPrivacyResolver], validate: false },
    {
      AgentRun: {
        __resolveReference: async (reference: { id: string }, context: AgentsContext) =>
          presentRun(await context.service.getRun(context.identity, reference.id)),
      },
      // Every field of Ticket here is computed from the id: the reference is the ticket.
      Ticket: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
    },
    agentsPermissions,
  );
}
